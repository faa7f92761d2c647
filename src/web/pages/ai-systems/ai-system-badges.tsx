/** Small badges for an AI system's scope and EU AI Act risk class, shared by the register and the page. */
import { Badge } from '@mantine/core';
import type { Schemas } from '../../api/client.js';
import { useChoiceLabels } from '../../registers/use-register.js';

type EuRiskClass = NonNullable<Schemas['AiSystem']['euRiskClass']>;

/** Short names of the risk classes for tables, badges and the list's filter. */
export const EU_RISK_CLASS_SHORT: Readonly<Record<EuRiskClass, string>> = {
  prohibited: 'Prohibited',
  high_risk: 'High-risk',
  transparency: 'Transparency',
  minimal: 'Minimal',
};

const EU_RISK_CLASS_COLORS: Readonly<Record<EuRiskClass, string>> = {
  prohibited: 'red',
  high_risk: 'orange',
  transparency: 'blue',
  minimal: 'gray',
};

export const ScopeBadge = ({ isInScope }: { isInScope: boolean }) =>
  isInScope ? <Badge color="teal">In scope</Badge> : <Badge color="gray">Out of scope</Badge>;

export const RiskClassBadge = ({
  riskClass,
  long = false,
}: {
  riskClass: EuRiskClass | null;
  long?: boolean;
}) => {
  const labelOf = useChoiceLabels('ai-systems');
  return riskClass === null ? (
    <Badge color="gray" variant="outline">
      Not classified
    </Badge>
  ) : (
    <Badge color={EU_RISK_CLASS_COLORS[riskClass]}>
      {long ? labelOf('euRiskClass', riskClass) : EU_RISK_CLASS_SHORT[riskClass]}
    </Badge>
  );
};
