/**
 * Adding or changing an interested party (clause 4.2): name, kind, notes and
 * the list of requirements. The API's objections appear next to the fields
 * they concern, including those of one requirement row. Mount it only while open.
 */
import { Button, Group, Modal, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { CONTEXT_KIND_LABELS, type ContextKind } from '../../labels/context.js';
import { useSaveInterestedParty, type InterestedParty } from './context-queries.js';
import {
  partyBodyOf,
  partyFieldLabels,
  partyFormValuesOf,
  type PartyFormValues,
} from './party-form-values.js';
import { PartyRequirementsField } from './party-requirements-field.js';

interface PartyFormModalProps {
  readonly orgId: string;
  /** The party to change; none to add one. */
  readonly party?: InterestedParty | undefined;
  readonly onClose: () => void;
}

export const PartyFormModal = ({ orgId, party, onClose }: PartyFormModalProps) => {
  const form = useForm<PartyFormValues>({ initialValues: partyFormValuesOf(party) });
  const [alert, setAlert] = useState<string | null>(null);
  const save = useSaveInterestedParty(orgId, party?.id);

  const submit = form.onSubmit((values) => {
    setAlert(null);
    save.mutate(partyBodyOf(values), {
      onSuccess: (saved) => {
        notifySuccess(party ? `“${saved.name}” was saved.` : `“${saved.name}” was added.`);
        onClose();
      },
      onError: (error) => setAlert(applyApiError(form, error, partyFieldLabels(values))),
    });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={party ? `Edit ${party.name}` : 'Add interested party'}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={alert} />
          <Group grow align="flex-start">
            <TextInput
              label="Name"
              description="Who they are, e.g. “Data protection authority”, “Loan applicants”"
              withAsterisk
              data-autofocus
              {...form.getInputProps('name')}
            />
            <Radio.Group
              label="Kind"
              description="Inside or outside the organization"
              withAsterisk
              {...form.getInputProps('kind')}
            >
              <Group mt={10} gap="lg">
                {(Object.keys(CONTEXT_KIND_LABELS) as ContextKind[]).map((kind) => (
                  <Radio key={kind} value={kind} label={CONTEXT_KIND_LABELS[kind]} />
                ))}
              </Group>
            </Radio.Group>
          </Group>
          <Textarea
            label="Notes"
            description="Their stake in the AIMS, how you stay in touch with them"
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('notes')}
          />
          <PartyRequirementsField form={form} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {party ? 'Save changes' : 'Add party'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
