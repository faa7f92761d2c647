/** A risk level as a badge in its own colour, with text that stays readable on it. */
import { Badge } from '@mantine/core';
import { textColourOn } from './risk-matrix-grid.js';

export const RiskLevelBadge = ({ label, colour }: { label: string; colour: string }) => (
  <Badge
    radius="sm"
    variant="filled"
    style={{ backgroundColor: colour, color: textColourOn(colour), textTransform: 'none' }}
  >
    {label}
  </Badge>
);
