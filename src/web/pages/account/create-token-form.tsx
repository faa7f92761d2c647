/** Create a token by name; its secret is shown once, with a way to copy it. */
import { Alert, Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { CopyBox } from '../../components/copy-box.js';
import { applyApiError } from '../../components/form-errors.js';
import type { FieldLabels } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { useCreateToken } from './token-queries.js';

interface FormValues extends Record<string, unknown> {
  name: string;
}

const LABELS: FieldLabels<FormValues> = { name: 'Token name' };

interface Created {
  readonly name: string;
  readonly token: string;
}

export const CreateTokenForm = () => {
  const form = useForm<FormValues>({ initialValues: { name: '' } });
  const [alert, setAlert] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const create = useCreateToken();
  const reveal = useRef<HTMLDivElement>(null);
  // Move focus to the new secret, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (created) reveal.current?.focus();
  }, [created]);

  const submit = form.onSubmit(({ name }) => {
    setAlert(null);
    create.mutate(name, {
      onSuccess: (token) => {
        form.reset();
        setCreated({ name: token.name, token: token.token });
      },
      onError: (error) => setAlert(applyApiError(form, error, LABELS)),
    });
  });

  return (
    <Stack gap="md">
      {created && (
        <Alert
          ref={reveal}
          tabIndex={-1}
          color="yellow"
          variant="light"
          title={`Copy the token “${created.name}” now`}
          role="status"
        >
          <Stack gap="sm">
            <Text size="sm">
              This is the only time the token is shown. Store it in a password manager or your
              integration’s secret store; anyone who has it can act as you. Send it as{' '}
              <code>Authorization: Bearer &lt;token&gt;</code>.
            </Text>
            <CopyBox value={created.token} label="New API token" />
            <Group justify="flex-end">
              <CloseButton aria-label="Hide the token" onClick={() => setCreated(null)} />
            </Group>
          </Stack>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <FormAlert message={alert} />
          <Group align="flex-start" gap="sm">
            <TextInput
              label={LABELS.name}
              description="What it is for, e.g. “CI export” or “Laptop CLI”"
              w={320}
              {...form.getInputProps('name')}
            />
            <Button type="submit" loading={create.isPending} mt={46}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
};
