/**
 * How a risk stands at a glance: its level in the criteria's own colour
 * (with text that stays readable on it), its status, and the opportunity
 * mark. Badges are never cut short: their columns leave them room.
 */
import { Badge, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { readableTextOn } from './risk-level.js';
import type { LevelLook } from './risk-level.js';
import { STATUS_COLOURS, STATUS_LABELS } from './risk-labels.js';
import type { RiskStatus } from './risk-labels.js';

/** Mantine cuts a badge's label with an ellipsis; these keep it whole. */
export const WHOLE_BADGE = {
  root: { maxWidth: 'none', overflow: 'visible', flexShrink: 0 } satisfies CSSProperties,
  label: { overflow: 'visible', textOverflow: 'clip' } satisfies CSSProperties,
};

export const LevelBadge = ({
  level,
  notScored = 'Not scored',
}: {
  level: LevelLook | null;
  notScored?: string;
}) =>
  level === null ? (
    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      {notScored}
    </Text>
  ) : (
    <Badge
      variant="filled"
      styles={WHOLE_BADGE}
      style={{ backgroundColor: level.colour, color: readableTextOn(level.colour) }}
    >
      {level.label}
    </Badge>
  );

export const StatusBadge = ({ status }: { status: RiskStatus }) => (
  <Badge
    color={STATUS_COLOURS[status]}
    variant={status === 'identified' ? 'outline' : 'light'}
    styles={WHOLE_BADGE}
  >
    {STATUS_LABELS[status]}
  </Badge>
);

export const OpportunityBadge = () => (
  <Badge color="teal" variant="outline" size="sm" styles={WHOLE_BADGE}>
    Opportunity
  </Badge>
);
