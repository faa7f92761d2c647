/** Small badges for an AI system's scope and EU AI Act risk class, shared by the register and the page. */
import { Badge } from '@mantine/core';
import {
  EU_RISK_CLASS_COLORS,
  EU_RISK_CLASS_LABELS,
  EU_RISK_CLASS_SHORT,
  type EuRiskClass,
} from '../../labels/ai-classification.js';

export const ScopeBadge = ({ isInScope }: { isInScope: boolean }) =>
  isInScope ? <Badge color="teal">In scope</Badge> : <Badge color="gray">Out of scope</Badge>;

export const RiskClassBadge = ({
  riskClass,
  long = false,
}: {
  riskClass: EuRiskClass | null;
  long?: boolean;
}) =>
  riskClass === null ? (
    <Badge color="gray" variant="outline">
      Not classified
    </Badge>
  ) : (
    <Badge color={EU_RISK_CLASS_COLORS[riskClass]}>
      {(long ? EU_RISK_CLASS_LABELS : EU_RISK_CLASS_SHORT)[riskClass]}
    </Badge>
  );
