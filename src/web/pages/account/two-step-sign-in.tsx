/**
 * Two-step sign-in on the account page: set it up with an authenticator app,
 * see the recovery codes once, make new ones, or turn it off.
 */
import { Badge, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { AccountCard } from './account-card.js';
import { ProofForm } from './two-step/proof-form.js';
import { RecoveryCodesView } from './two-step/recovery-codes-view.js';
import {
  secondFactorQuery,
  useNewRecoveryCodes,
  useStartSetup,
  useTurnOff,
} from './two-step/second-factor-queries.js';
import type { SecondFactorSetup } from './two-step/second-factor-queries.js';
import { SetupPanel } from './two-step/setup-panel.js';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'setup'; readonly setup: SecondFactorSetup }
  | { readonly kind: 'codes'; readonly codes: string[] }
  | { readonly kind: 'regenerate' }
  | { readonly kind: 'turn-off' };

const IDLE: Step = { kind: 'idle' };

export const TwoStepSignIn = () => {
  const status = useQuery(secondFactorQuery);
  const startSetup = useStartSetup();
  const newCodes = useNewRecoveryCodes();
  const turnOff = useTurnOff();
  const [step, setStep] = useState<Step>(IDLE);
  const data = status.data;

  const content = () => {
    if (status.isError)
      return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
    if (!data) return <Skeleton h={60} />;
    switch (step.kind) {
      case 'setup':
        return (
          <SetupPanel
            setup={step.setup}
            onConfirmed={(codes) => {
              notifySuccess('Two-step sign-in is on.');
              setStep({ kind: 'codes', codes });
            }}
            onCancel={() => setStep(IDLE)}
          />
        );
      case 'codes':
        return <RecoveryCodesView codes={step.codes} onDone={() => setStep(IDLE)} />;
      case 'regenerate':
        return (
          <ProofForm
            submitLabel="Make new recovery codes"
            isPending={newCodes.isPending}
            onCancel={() => setStep(IDLE)}
            onSubmit={(proof, failed) =>
              newCodes.mutate(proof, {
                onSuccess: (answer) => setStep({ kind: 'codes', codes: answer.recoveryCodes }),
                onError: failed,
              })
            }
          />
        );
      case 'turn-off':
        return (
          <ProofForm
            submitLabel="Turn off two-step sign-in"
            danger
            isPending={turnOff.isPending}
            onCancel={() => setStep(IDLE)}
            onSubmit={(proof, failed) =>
              turnOff.mutate(proof, {
                onSuccess: () => {
                  notifySuccess('Two-step sign-in is off. Your password alone signs you in.');
                  setStep(IDLE);
                },
                onError: failed,
              })
            }
          />
        );
      case 'idle':
        break;
    }
    if (!data.enabled) {
      return (
        <Stack gap="sm" align="flex-start">
          <Badge color="gray">Off</Badge>
          <Button
            loading={startSetup.isPending}
            onClick={() =>
              startSetup.mutate(undefined, {
                onSuccess: (setup) => setStep({ kind: 'setup', setup }),
                onError: (error) => notifyFailure('Could not start the setup', error),
              })
            }
          >
            Set up two-step sign-in
          </Button>
        </Stack>
      );
    }
    return (
      <Stack gap="sm">
        <Group gap="xs">
          <Badge color="teal">On</Badge>
          {data.enabledAt !== null && (
            <Text size="sm" c="dimmed">
              since <DateTime value={data.enabledAt} />
            </Text>
          )}
        </Group>
        <Text size="sm">
          {data.recoveryCodesLeft} of 10 recovery codes left.
          {data.recoveryCodesLeft <= 3 && ' Make new ones before they run out.'}
        </Text>
        <Group>
          <Button variant="light" onClick={() => setStep({ kind: 'regenerate' })}>
            Make new recovery codes
          </Button>
          <Button variant="light" color="red" onClick={() => setStep({ kind: 'turn-off' })}>
            Turn off
          </Button>
        </Group>
      </Stack>
    );
  };

  return (
    <AccountCard
      title="Two-step sign-in"
      description="After your password, sign-in asks for a code from an authenticator app. Organizations may require it."
    >
      {content()}
    </AccountCard>
  );
};
