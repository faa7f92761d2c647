/**
 * Accepting a risk's residual level until a date, with the reason it is
 * acceptable. Whether this person may accept it (their role for the level,
 * not the owner, not the one who asked) is the API's decision: its refusal
 * is shown as it words it. Mount it only while open.
 */
import { Stack, Text, TextInput } from '@mantine/core';
import { LongTextInput } from '../../components/long-text-input.js';
import { notifySuccess } from '../../components/notify.js';
import { RegisterFormModal } from '../../registers/register-form-modal.js';
import type { Risk } from './risk-labels.js';
import { useAcceptRisk } from './risk-queries.js';
import type { AcceptanceBody } from './risk-queries.js';

interface AcceptValues extends Record<string, unknown> {
  rationale: string;
  expiresOn: string;
}

const LABELS = { rationale: 'Rationale', expiresOn: 'Expires on' };

export const AcceptRiskModal = ({
  orgId,
  risk,
  onClose,
}: {
  orgId: string;
  risk: Risk;
  onClose: () => void;
}) => {
  const save = useAcceptRisk(orgId, risk.id);
  const level = risk.residual ?? risk.inherent;
  return (
    <RegisterFormModal<AcceptValues, AcceptanceBody, Risk>
      title="Accept residual risk"
      submitLabel="Accept residual risk"
      initialValues={{ rationale: '', expiresOn: '' }}
      labels={LABELS}
      bodyOf={(values) => values}
      save={save}
      onSaved={() => notifySuccess('The residual risk was accepted.')}
      onClose={onClose}
    >
      {(form) => (
        <Stack gap="sm">
          <Text size="sm">
            {level
              ? `You accept the risk at level ${level.label} as it stands, until the date below.`
              : 'You accept the risk as it stands, until the date below.'}{' '}
            The risk criteria say whose role may accept each level.
          </Text>
          <LongTextInput
            label={LABELS.rationale}
            description="Why the residual risk is acceptable"
            withAsterisk
            data-autofocus
            {...form.getInputProps('rationale')}
          />
          <TextInput
            type="date"
            label={LABELS.expiresOn}
            description="The first day the acceptance no longer holds"
            withAsterisk
            {...form.getInputProps('expiresOn')}
          />
        </Stack>
      )}
    </RegisterFormModal>
  );
};
