/** The form to add an AI system to the inventory, with the API's objections shown at each field. */
import { Button, Group, Modal, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError, type FieldLabels } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import {
  LIFECYCLE_STAGE_OPTIONS,
  isLifecycleStage,
  type LifecycleStage,
} from '../../labels/lifecycle-stages.js';
import { useCreateAiSystem } from './ai-system-queries.js';

interface FormValues extends Record<string, unknown> {
  name: string;
  purpose: string;
  lifecycleStage: LifecycleStage;
  isInScope: boolean;
}

const LABELS: FieldLabels<FormValues> = {
  name: 'Name',
  purpose: 'Purpose',
  lifecycleStage: 'Life-cycle stage',
  isInScope: 'In AIMS scope',
};

const INITIAL: FormValues = {
  name: '',
  purpose: '',
  lifecycleStage: 'inception',
  isInScope: true,
};

interface AddAiSystemModalProps {
  readonly orgId: string;
  readonly opened: boolean;
  readonly onClose: () => void;
}

export const AddAiSystemModal = ({ orgId, opened, onClose }: AddAiSystemModalProps) => {
  const form = useForm<FormValues>({ initialValues: INITIAL });
  const [alert, setAlert] = useState<string | null>(null);
  const create = useCreateAiSystem(orgId);

  const close = () => {
    form.reset();
    setAlert(null);
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setAlert(null);
    create.mutate(values, {
      onSuccess: (system) => {
        notifySuccess(`“${system.name}” was added to the AI system inventory.`);
        close();
      },
      onError: (error) => setAlert(applyApiError(form, error, LABELS)),
    });
  });

  return (
    <Modal opened={opened} onClose={close} title="Add AI system" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={alert} />
          <TextInput
            label={LABELS.name}
            description="How people in the organization refer to the system"
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label={LABELS.purpose}
            description="What the system is for and who uses it"
            withAsterisk
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('purpose')}
          />
          <Select
            label={LABELS.lifecycleStage}
            description="ISO/IEC 22989 life-cycle stage the system is in now"
            data={LIFECYCLE_STAGE_OPTIONS}
            allowDeselect={false}
            withAsterisk
            value={form.values.lifecycleStage}
            onChange={(value) => {
              if (isLifecycleStage(value)) form.setFieldValue('lifecycleStage', value);
            }}
            error={form.errors.lifecycleStage}
          />
          <Switch
            label="Inside the AIMS scope"
            description="Systems in scope are covered by risk and impact assessment and by the audits"
            {...form.getInputProps('isInScope', { type: 'checkbox' })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add AI system
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
