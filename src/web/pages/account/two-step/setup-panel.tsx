/**
 * Setting up: scan the QR code (or type the key), then confirm with the
 * password and the code the app shows. The QR code is the server's SVG,
 * shown as an image so nothing in it can run.
 */
import { Button, Group, Image, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { CopyBox } from '../../../components/copy-box.js';
import { applyApiError } from '../../../components/form-errors.js';
import type { FieldLabels } from '../../../components/form-errors.js';
import { FormAlert } from '../../../components/form-alert.js';
import { useConfirmSetup } from './second-factor-queries.js';
import type { SecondFactorSetup } from './second-factor-queries.js';
import { OneTimeCodeInput } from '../../../components/one-time-code-input.js';

interface FormValues extends Record<string, unknown> {
  currentPassword: string;
  code: string;
}

const LABELS: FieldLabels<FormValues> = { currentPassword: 'Current password', code: 'Code' };

export const SetupPanel = ({
  setup,
  onConfirmed,
  onCancel,
}: {
  setup: SecondFactorSetup;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) => {
  const confirm = useConfirmSetup();
  const form = useForm<FormValues>({ initialValues: { currentPassword: '', code: '' } });
  const [alert, setAlert] = useState<string | null>(null);
  const qrSource = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`;

  const submit = form.onSubmit((values) => {
    setAlert(null);
    confirm.mutate(values, {
      onSuccess: (answer) => onConfirmed(answer.recoveryCodes),
      onError: (error) => setAlert(applyApiError(form, error, LABELS)),
    });
  });

  return (
    <Stack maw={520}>
      <Text size="sm">
        1. Scan this code with an authenticator app (such as a password manager or an app on your
        phone).
      </Text>
      <Image
        src={qrSource}
        alt="QR code to scan with your authenticator app"
        w={200}
        h={200}
        fit="contain"
      />
      <Text size="sm">Cannot scan it? Type this key into the app instead:</Text>
      <CopyBox value={setup.secret} label="Key for manual entry" />
      <Text size="sm">2. Enter your password and the six-digit code the app now shows.</Text>
      <form onSubmit={submit} noValidate>
        <Stack maw={420}>
          <FormAlert message={alert} />
          <PasswordInput
            label={LABELS.currentPassword}
            autoComplete="current-password"
            withAsterisk
            {...form.getInputProps('currentPassword')}
          />
          <OneTimeCodeInput label={LABELS.code} withAsterisk {...form.getInputProps('code')} />
          <Group>
            <Button type="submit" loading={confirm.isPending}>
              Turn on two-step sign-in
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
};
