/**
 * Scoring a risk again on the scales of the risk criteria in force, after
 * newer criteria were approved: its scores then belong to that version.
 * Mount it only while open.
 */
import { Stack, Text } from '@mantine/core';
import type { Schemas } from '../../api/client.js';
import { notifySuccess } from '../../components/notify.js';
import { RegisterFormModal } from '../../registers/register-form-modal.js';
import { RISK_LABELS } from './risk-labels.js';
import type { Risk } from './risk-labels.js';
import { scoreOf } from './risk-form-values.js';
import { useReassess } from './risk-queries.js';
import type { ReassessBody } from './risk-queries.js';
import { ScorePair } from './risk-score-fields.js';

interface ReassessValues extends Record<string, unknown> {
  likelihood: string | null;
  consequence: string | null;
  residualLikelihood: string | null;
  residualConsequence: string | null;
}

const text = (score: number | null) => (score === null ? null : String(score));

export const ReassessModal = ({
  orgId,
  risk,
  criteria,
  onClose,
}: {
  orgId: string;
  risk: Risk;
  criteria: Schemas['RiskCriteriaVersion'];
  onClose: () => void;
}) => {
  const save = useReassess(orgId, risk.id);
  return (
    <RegisterFormModal<ReassessValues, ReassessBody, Risk>
      title={`Re-assess against version ${criteria.version}`}
      submitLabel="Re-assess"
      initialValues={{
        likelihood: text(risk.likelihood),
        consequence: text(risk.consequence),
        residualLikelihood: text(risk.residualLikelihood),
        residualConsequence: text(risk.residualConsequence),
      }}
      labels={RISK_LABELS}
      bodyOf={(values) => ({
        likelihood: scoreOf(values.likelihood),
        consequence: scoreOf(values.consequence),
        residualLikelihood: scoreOf(values.residualLikelihood),
        residualConsequence: scoreOf(values.residualConsequence),
      })}
      save={save}
      onSaved={() => notifySuccess(`The risk was re-assessed against version ${criteria.version}.`)}
      onClose={onClose}
    >
      {(form) => (
        <Stack gap="md">
          <Text size="sm">
            The scales of version {criteria.version} may differ from those the risk was scored on:
            check each score before saving.
          </Text>
          <ScorePair
            form={form}
            criteria={criteria.criteria}
            likelihoodField="likelihood"
            consequenceField="consequence"
            likelihoodLabel={RISK_LABELS.likelihood}
            consequenceLabel={RISK_LABELS.consequence}
            levelLabel="Inherent level"
          />
          <ScorePair
            form={form}
            criteria={criteria.criteria}
            likelihoodField="residualLikelihood"
            consequenceField="residualConsequence"
            likelihoodLabel={RISK_LABELS.residualLikelihood}
            consequenceLabel={RISK_LABELS.residualConsequence}
            levelLabel="Residual level"
          />
        </Stack>
      )}
    </RegisterFormModal>
  );
};
