/**
 * The dialog around the AI system form: adds a system or saves changes, and
 * puts the API's objections next to the fields they concern.
 */
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import type { AiSystem, AiSystemBody } from './ai-system-queries.js';
import { AiSystemFormFields } from './ai-system-form-fields.js';
import {
  aiSystemFieldLabels,
  requestBodyOf,
  type AiSystemFormValues,
} from './ai-system-form-values.js';

interface AiSystemFormModalProps {
  readonly orgId: string;
  readonly title: string;
  readonly submitLabel: string;
  readonly initialValues: AiSystemFormValues;
  readonly isSaving: boolean;
  readonly save: (
    body: AiSystemBody,
    callbacks: { onSuccess: (system: AiSystem) => void; onError: (error: unknown) => void },
  ) => void;
  readonly onSaved: (system: AiSystem) => void;
  readonly onClose: () => void;
}

/** Mount it only while open, so each opening starts from the current values. */
export const AiSystemFormModal = (props: AiSystemFormModalProps) => {
  const form = useForm<AiSystemFormValues>({ initialValues: props.initialValues });
  const [alert, setAlert] = useState<string | null>(null);

  const submit = form.onSubmit((values) => {
    setAlert(null);
    props.save(requestBodyOf(values), {
      onSuccess: props.onSaved,
      onError: (error) => setAlert(applyApiError(form, error, aiSystemFieldLabels(values))),
    });
  });

  return (
    <Modal opened onClose={props.onClose} title={props.title} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={alert} />
          <AiSystemFormFields form={form} orgId={props.orgId} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={props.isSaving}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
