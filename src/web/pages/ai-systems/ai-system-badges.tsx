/**
 * Small badges for an AI system's scope and EU AI Act classification (risk
 * class, route, derogation, general-purpose AI model, Art. 50), shared by the
 * register and the system's page.
 */
import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Schemas } from '../../api/client.js';
import { useChoiceLabels } from '../../registers/use-register.js';

type AiSystem = Schemas['AiSystem'];
type EuRiskClass = NonNullable<AiSystem['euRiskClass']>;

/** Short names of the risk classes for tables, badges and the list's filter. */
export const EU_RISK_CLASS_SHORT: Readonly<Record<EuRiskClass, string>> = {
  prohibited: 'Prohibited',
  high_risk: 'High-risk',
  minimal: 'Minimal',
};

const EU_RISK_CLASS_COLORS: Readonly<Record<EuRiskClass, string>> = {
  prohibited: 'red',
  high_risk: 'orange',
  minimal: 'gray',
};

/**
 * A light badge with dark text: the tint carries the colour, and the text
 * stays readable on every tint (the tinted text of orange or yellow is not, by WCAG AA).
 */
const Tinted = ({ color, children }: { color: string; children: ReactNode }) => (
  <Badge color={color} c="dark.7">
    {children}
  </Badge>
);

export const ScopeBadge = ({ isInScope }: { isInScope: boolean }) =>
  isInScope ? <Tinted color="teal">In scope</Tinted> : <Tinted color="gray">Out of scope</Tinted>;

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
    <Tinted color={EU_RISK_CLASS_COLORS[riskClass]}>
      {long ? labelOf('euRiskClass', riskClass) : EU_RISK_CLASS_SHORT[riskClass]}
    </Tinted>
  );
};

type Classified = Pick<
  AiSystem,
  | 'euRiskClass'
  | 'euHighRiskRoute'
  | 'euDerogation'
  | 'isGeneralPurposeModel'
  | 'hasSystemicRisk'
  | 'hasTransparencyObligations'
>;

/** The short badges beside the class: what kind of entry it is, its route, Art. 50. */
const classificationNotes = (system: Classified): { label: string; color: string }[] => {
  if (system.isGeneralPurposeModel) {
    return [
      { label: 'GPAI model', color: 'grape' },
      ...(system.hasSystemicRisk ? [{ label: 'Systemic risk', color: 'red' }] : []),
    ];
  }
  const route = system.euHighRiskRoute;
  return [
    ...(route === 'annex_i' ? [{ label: 'Annex I', color: 'orange' }] : []),
    ...(route === 'annex_iii' ? [{ label: 'Annex III', color: 'orange' }] : []),
    ...(system.euDerogation !== null ? [{ label: 'Art. 6(3) derogation', color: 'yellow' }] : []),
    ...(system.hasTransparencyObligations ? [{ label: 'Art. 50', color: 'blue' }] : []),
  ];
};

/**
 * The whole EU AI Act classification as badges: the class (a general-purpose
 * AI model has none), then the route, a claimed derogation and Art. 50.
 */
export const EuClassificationBadges = ({ system }: { system: Classified }) => (
  <Group gap={4} component="span" wrap="wrap">
    {!system.isGeneralPurposeModel && <RiskClassBadge riskClass={system.euRiskClass} />}
    {classificationNotes(system).map((note) => (
      <Tinted key={note.label} color={note.color}>
        {note.label}
      </Tinted>
    ))}
  </Group>
);
