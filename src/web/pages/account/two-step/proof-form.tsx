/** The password and a code (or a recovery code), for the changes that need both. */
import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError } from '../../../components/form-errors.js';
import type { FieldLabels } from '../../../components/form-errors.js';
import { FormAlert } from '../../../components/form-alert.js';
import type { Proof } from './second-factor-queries.js';
import { OneTimeCodeInput } from '../../../components/one-time-code-input.js';

interface FormValues extends Record<string, unknown> {
  currentPassword: string;
  code: string;
  recoveryCode: string;
}

const LABELS: FieldLabels<FormValues> = {
  currentPassword: 'Current password',
  code: 'Code',
  recoveryCode: 'Recovery code',
};

export const ProofForm = ({
  submitLabel,
  danger = false,
  isPending,
  onSubmit,
  onCancel,
}: {
  submitLabel: string;
  danger?: boolean;
  isPending: boolean;
  /** Calls back with an error to show, or nothing once it worked. */
  onSubmit: (proof: Proof, failed: (error: unknown) => void) => void;
  onCancel: () => void;
}) => {
  const form = useForm<FormValues>({
    initialValues: { currentPassword: '', code: '', recoveryCode: '' },
  });
  const [useRecovery, setUseRecovery] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = form.onSubmit(({ currentPassword, code, recoveryCode }) => {
    setAlert(null);
    onSubmit(useRecovery ? { currentPassword, recoveryCode } : { currentPassword, code }, (error) =>
      setAlert(applyApiError(form, error, LABELS)),
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        <FormAlert message={alert} />
        <PasswordInput
          label={LABELS.currentPassword}
          autoComplete="current-password"
          withAsterisk
          {...form.getInputProps('currentPassword')}
        />
        {useRecovery ? (
          <TextInput
            label={LABELS.recoveryCode}
            autoComplete="off"
            withAsterisk
            {...form.getInputProps('recoveryCode')}
          />
        ) : (
          <OneTimeCodeInput
            label={LABELS.code}
            description="The six digits your authenticator app shows now"
            withAsterisk
            {...form.getInputProps('code')}
          />
        )}
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setUseRecovery(!useRecovery)}
        >
          {useRecovery ? 'Use the code from my app instead' : 'Use a recovery code'}
        </Anchor>
        <Group>
          <Button type="submit" color={danger ? 'red' : 'indigo'} loading={isPending}>
            {submitLabel}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
