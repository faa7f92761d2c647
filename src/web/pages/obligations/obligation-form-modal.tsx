/**
 * Adding or changing an obligation; the API's objections appear next to the
 * fields they concern. Mount it only while open.
 */
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { ObligationFormFields } from './obligation-form-fields.js';
import {
  foldAiSystemErrors,
  obligationBodyOf,
  obligationFieldLabels,
  obligationFormValuesOf,
  type ObligationFormValues,
} from './obligation-form-values.js';
import { useSaveObligation, type Obligation } from './obligation-queries.js';

interface ObligationFormModalProps {
  readonly orgId: string;
  /** The obligation to change; none to add one. */
  readonly obligation?: Obligation | undefined;
  readonly onClose: () => void;
}

export const ObligationFormModal = ({ orgId, obligation, onClose }: ObligationFormModalProps) => {
  const form = useForm<ObligationFormValues>({
    initialValues: obligationFormValuesOf(obligation),
  });
  const [alert, setAlert] = useState<string | null>(null);
  const save = useSaveObligation(orgId, obligation?.id);

  const submit = form.onSubmit((values) => {
    setAlert(null);
    save.mutate(obligationBodyOf(values), {
      onSuccess: (saved) => {
        const name = `${saved.source} ${saved.reference}`;
        notifySuccess(
          obligation ? `“${name}” was saved.` : `“${name}” was added to the obligations.`,
        );
        onClose();
      },
      onError: (error) => {
        const target = {
          setErrors: (errors: Record<string, string>) => form.setErrors(foldAiSystemErrors(errors)),
        };
        setAlert(applyApiError(target, error, obligationFieldLabels(values)));
      },
    });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={obligation ? `Edit ${obligation.source} ${obligation.reference}` : 'Add obligation'}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={alert} />
          <ObligationFormFields form={form} orgId={orgId} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {obligation ? 'Save changes' : 'Add obligation'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
