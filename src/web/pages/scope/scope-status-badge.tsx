/** Draft, approved or superseded. */
import { Badge } from '@mantine/core';
import { SCOPE_STATUS_COLORS, SCOPE_STATUS_LABELS } from './scope-labels.js';
import type { ScopeVersion } from './scope-queries.js';

export const ScopeStatusBadge = ({ status }: { status: ScopeVersion['status'] }) => (
  <Badge color={SCOPE_STATUS_COLORS[status]} size="lg">
    {SCOPE_STATUS_LABELS[status]}
  </Badge>
);
