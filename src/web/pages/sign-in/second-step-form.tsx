/** The second step of a sign-in: the code from the authenticator app, or a recovery code. */
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { OneTimeCodeInput } from '../../components/one-time-code-input.js';

export interface SecondStepValues {
  readonly code?: string;
  readonly recoveryCode?: string;
}

export const SecondStepForm = ({
  error,
  isPending,
  onSubmit,
  onCancel,
}: {
  error: string | null;
  isPending: boolean;
  onSubmit: (values: SecondStepValues) => void;
  onCancel: () => void;
}) => {
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(useRecovery ? { recoveryCode } : { code });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Two-step sign-in">
      <Stack>
        <Text size="sm">
          {useRecovery
            ? 'Enter one of the recovery codes you saved when you set up two-step sign-in. Each works once.'
            : 'Enter the six-digit code your authenticator app shows for AIMS Workbench.'}
        </Text>
        {error !== null && (
          <Alert color="red" variant="light" role="alert" title="Not signed in yet">
            {error}
          </Alert>
        )}
        {useRecovery ? (
          <TextInput
            label="Recovery code"
            autoComplete="off"
            autoFocus
            placeholder="ABCD-EFGH-IJKL-MNOP"
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.currentTarget.value)}
          />
        ) : (
          <OneTimeCodeInput
            label="Code"
            autoFocus
            placeholder="123456"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
        )}
        <Button type="submit" loading={isPending} fullWidth mt="xs">
          Verify and sign in
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setUseRecovery(!useRecovery)}
        >
          {useRecovery ? 'Use the code from my app instead' : 'Use a recovery code'}
        </Anchor>
        <Anchor component="button" type="button" size="sm" c="dimmed" onClick={onCancel}>
          Start again with another account
        </Anchor>
      </Stack>
    </form>
  );
};
