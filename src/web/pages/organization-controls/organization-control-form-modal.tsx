/**
 * Adding or changing one of the organization's own controls: its reference
 * (the API proposes the next free ORG-n when it is left empty), title,
 * description, owner, and the Annex A objective and control it relates to —
 * a control chosen sets its objective, an objective chosen narrows the
 * controls. The API's objections appear next to the fields they concern.
 * Mount it only while open.
 */
import { Group, Select, Stack, TextInput } from '@mantine/core';
import { LongTextInput } from '../../components/long-text-input.js';
import { OwnerField } from '../../components/prework-owner-select.js';
import { fieldLabelsOf } from '../../registers/form-labels.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';
import { RecordFormModal } from '../../registers/record-form-modal.js';
import type { RecordFormProps } from '../../registers/register-form-modal.js';
import { useRegister } from '../../registers/use-register.js';
import type {
  OrganizationControl,
  OrganizationControlBody,
} from './organization-control-queries.js';

interface ControlFormValues extends Record<string, unknown> {
  controlId: string;
  title: string;
  description: string;
  ownerUserId: string | null;
  annexAObjectiveId: string | null;
  annexAControlId: string | null;
}

const valuesOf = (control: OrganizationControl | undefined): ControlFormValues => ({
  controlId: control?.controlId ?? '',
  title: control?.title ?? '',
  description: control?.description ?? '',
  ownerUserId: control?.ownerUserId ?? null,
  annexAObjectiveId: control?.annexAObjectiveId ?? null,
  annexAControlId: control?.annexAControlId ?? null,
});

/** An empty reference is left out, so that the API proposes the next free one. */
const bodyOf = (values: ControlFormValues): OrganizationControlBody => {
  const { controlId, ...rest } = values;
  const reference = controlId.trim();
  return reference === '' ? rest : { ...rest, controlId: reference };
};

export const OrganizationControlFormModal = (props: RecordFormProps<OrganizationControl>) => {
  const { register } = useRegister('organization-controls');
  const labels = fieldLabelsOf(register);
  const field = (name: string) => register.fields.find((entry) => entry.field === name);
  const objectives = field('annexAObjectiveId')?.choices ?? [];
  const controls = field('annexAControlId')?.choices ?? [];
  const groupOf = (controlId: string | null) =>
    controls.find((choice) => choice.value === controlId)?.group ?? null;
  return (
    <RecordFormModal
      {...props}
      registerKey="organization-controls"
      addLabel="Add control"
      addedTo="the organization controls"
      initialValues={valuesOf(props.record)}
      labels={labels}
      bodyOf={bodyOf}
    >
      {(form) => {
        const objective = form.values.annexAObjectiveId;
        const controlChoices = controls
          .filter((choice) => objective === null || choice.group === objective)
          .map(({ value, label }) => ({ value, label }));
        return (
          <Stack gap="sm">
            <Group grow align="flex-start">
              <TextInput
                label={labels.controlId}
                description={
                  props.record
                    ? 'Capital letters, a hyphen and a number'
                    : 'Leave empty for the next free ORG-n'
                }
                placeholder={props.record ? undefined : 'Proposed by the register'}
                maw={220}
                {...form.getInputProps('controlId')}
              />
              <LeadTextInput form={form} field="title" label={labels.title} />
            </Group>
            <LongTextInput
              label={labels.description}
              description="What the control does and how it is carried out"
              minRows={3}
              maxRows={10}
              {...form.getInputProps('description')}
            />
            <OwnerField orgId={props.orgId} form={form} description="The member who runs it" />
            <Select
              label={labels.annexAObjectiveId}
              description="The Annex A control objective it serves"
              placeholder="None"
              data={objectives.map(({ value, label }) => ({ value, label }))}
              searchable
              clearable
              nothingFoundMessage="No objective with this number or title"
              {...form.getInputProps('annexAObjectiveId')}
              onChange={(value: string | null) => {
                form.setFieldValue('annexAObjectiveId', value);
                const control = form.values.annexAControlId;
                if (value !== null && control !== null && groupOf(control) !== value)
                  form.setFieldValue('annexAControlId', null);
              }}
            />
            <Select
              label={labels.annexAControlId}
              description="The Annex A control it carries out or supports"
              placeholder="None"
              data={controlChoices}
              searchable
              clearable
              nothingFoundMessage="No control with this number or title"
              {...form.getInputProps('annexAControlId')}
              onChange={(value: string | null) => {
                form.setFieldValue('annexAControlId', value);
                const group = groupOf(value);
                if (group !== null) form.setFieldValue('annexAObjectiveId', group);
              }}
            />
          </Stack>
        );
      }}
    </RecordFormModal>
  );
};
