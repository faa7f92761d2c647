/** Internal / external, as a small badge; and the climate-relevance marker of an issue. */
import { Badge, Tooltip } from '@mantine/core';
import {
  CONTEXT_KIND_COLORS,
  CONTEXT_KIND_LABELS,
  type ContextKind,
} from '../../labels/context.js';

export const ContextKindBadge = ({ kind }: { kind: ContextKind }) => (
  <Badge color={CONTEXT_KIND_COLORS[kind]}>{CONTEXT_KIND_LABELS[kind]}</Badge>
);

export const ClimateBadge = () => (
  <Tooltip label="Climate change is relevant to this issue (clause 4.1)">
    <Badge color="green" variant="outline" tabIndex={0}>
      Climate-relevant
    </Badge>
  </Tooltip>
);
