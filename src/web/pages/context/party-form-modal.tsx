/**
 * Adding or changing an interested party (clause 4.2): name, kind, notes and
 * the list of requirements. The API's objections appear next to the fields
 * they concern, including those of one requirement row. Mount it only while open.
 */
import { LongTextInput } from '../../components/long-text-input.js';
import { Group } from '@mantine/core';
import { DeclaredRadioGroup } from '../../registers/declared-inputs.js';
import { fieldLabelsOf, withRowLabels } from '../../registers/form-labels.js';
import { RecordFormModal } from '../../registers/record-form-modal.js';
import type { RecordFormProps } from '../../registers/register-form-modal.js';
import { useRegister } from '../../registers/use-register.js';
import type { InterestedParty } from './context-queries.js';
import { partyBodyOf, partyFormValuesOf } from './party-form-values.js';
import type { PartyFormValues } from './party-form-values.js';
import { PartyRequirementsField } from './party-requirements-field.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';

/** The form's own words, which the API's objections start with too. */
const WORDING = { name: 'Name' };

export const PartyFormModal = (props: RecordFormProps<InterestedParty>) => {
  const { register } = useRegister('interested-parties');
  const labels = fieldLabelsOf(register, WORDING);
  const labelsOf = (values: PartyFormValues) =>
    withRowLabels(labels, 'requirements', values.requirements.length, {
      requirement: 'Requirement',
      isAddressed: 'Addressed',
      how: 'How',
    });
  const kind = register.fields.find((entry) => entry.field === 'kind');
  return (
    <RecordFormModal
      {...props}
      registerKey="interested-parties"
      addLabel="Add party"
      size="xl"
      initialValues={partyFormValuesOf(props.record)}
      labels={labelsOf}
      bodyOf={partyBodyOf}
    >
      {(form) => (
        <>
          <Group grow align="flex-start">
            <LeadTextInput
              form={form}
              field="name"
              label={labels.name}
              description="Who they are, e.g. “Data protection authority”, “Loan applicants”"
            />
            {kind && (
              <DeclaredRadioGroup
                field={kind}
                description="Inside or outside the organization"
                withAsterisk
                mt={10}
                {...form.getInputProps('kind')}
              />
            )}
          </Group>
          <LongTextInput
            label={labels.notes}
            description="Their stake in the AIMS, how you stay in touch with them"
            {...form.getInputProps('notes')}
          />
          <PartyRequirementsField form={form} />
        </>
      )}
    </RecordFormModal>
  );
};
