/**
 * Every field of an AI system, grouped as on its page: identity, ISO/IEC
 * 22989 roles, EU AI Act classification, components and data, oversight,
 * scope. Used by the add and the edit dialog.
 */
import { LongTextInput } from '../../components/long-text-input.js';
import { Fieldset, Group, Stack, Switch } from '@mantine/core';
import { OwnerField } from '../../components/prework-owner-select.js';
import { fieldOf } from '../../registers/declaration.js';
import { DeclaredCheckboxGroup, DeclaredSelect } from '../../registers/declared-inputs.js';
import { useRegister } from '../../registers/use-register.js';
import { fieldLabelsOf } from '../../registers/form-labels.js';
import { AI_SYSTEM_FORM_WORDING, exclusiveDataCategories } from './ai-system-form-values.js';
import { EuAiActFields } from './ai-system-eu-fields.js';
import { AiRoleFields } from './ai-system-role-fields.js';
import type { AiSystemForm } from './ai-system-form-values.js';
import { ThirdPartyComponentsField } from './third-party-components-field.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';

type Form = AiSystemForm;

/** The declared labels (as the form words them) and choices of the AI system fields. */
const useFields = () => {
  const { register } = useRegister('ai-systems');
  const field = (name: string) => fieldOf(register, name);
  return {
    LABELS: fieldLabelsOf(register, AI_SYSTEM_FORM_WORDING),
    field,
    choices: (name: string) => field(name).choices ?? [],
  };
};

const IdentityFields = ({ form, orgId }: { form: Form; orgId: string }) => {
  const { LABELS, field } = useFields();
  return (
    <Fieldset legend="Identity">
      <Stack gap="sm">
        <LeadTextInput
          form={form}
          field="name"
          label={LABELS.name}
          description="How people in the organization refer to the system"
        />
        <LongTextInput
          label={LABELS.purpose}
          description="What the system is for and who uses it"
          withAsterisk
          {...form.getInputProps('purpose')}
        />
        <LongTextInput
          label={LABELS.description}
          description="How it works, where it runs, what it connects to"
          maxRows={8}
          {...form.getInputProps('description')}
        />
        <Group grow align="flex-start">
          <OwnerField
            orgId={orgId}
            form={form}
            description="The member accountable for the system"
          />
          <DeclaredSelect
            field={field('lifecycleStage')}
            description="ISO/IEC 22989 life-cycle stage it is in now"
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('lifecycleStage')}
          />
        </Group>
      </Stack>
    </Fieldset>
  );
};

const ComponentsAndDataFields = ({ form }: { form: Form }) => {
  const { field } = useFields();
  return (
    <Fieldset legend="Components & data">
      <Stack gap="md">
        <ThirdPartyComponentsField form={form} />
        <DeclaredCheckboxGroup
          field={field('dataCategories')}
          description="The data the system processes; no personal data excludes the others"
          value={[...form.values.dataCategories]}
          onChange={(next) =>
            form.setFieldValue(
              'dataCategories',
              exclusiveDataCategories(form.values.dataCategories, next),
            )
          }
          error={form.errors.dataCategories}
        />
      </Stack>
    </Fieldset>
  );
};

const OversightFields = ({ form }: { form: Form }) => {
  const { LABELS, field } = useFields();
  return (
    <Fieldset legend="Oversight">
      <Stack gap="sm">
        <DeclaredSelect
          field={field('automationLevel')}
          placeholder="Not determined"
          clearable
          {...form.getInputProps('automationLevel')}
        />
        <LongTextInput
          label={LABELS.humanOversight}
          description="Who can intervene, how, and when"
          {...form.getInputProps('humanOversight')}
        />
      </Stack>
    </Fieldset>
  );
};

const ScopeFields = ({ form }: { form: Form }) => {
  const { LABELS } = useFields();
  return (
    <Fieldset legend="Scope">
      <Stack gap="sm">
        <Switch
          label="Inside the AIMS scope"
          description="Systems in scope are covered by risk and impact assessment and by the audits"
          {...form.getInputProps('isInScope', { type: 'checkbox' })}
        />
        {!form.values.isInScope && (
          <LongTextInput
            label={LABELS.outOfScopeReason}
            description="Auditors ask why a system is left out"
            withAsterisk
            {...form.getInputProps('outOfScopeReason')}
          />
        )}
      </Stack>
    </Fieldset>
  );
};

export const AiSystemFormFields = ({ form, orgId }: { form: Form; orgId: string }) => (
  <Stack gap="md">
    <IdentityFields form={form} orgId={orgId} />
    <AiRoleFields form={form} />
    <EuAiActFields form={form} />
    <ComponentsAndDataFields form={form} />
    <OversightFields form={form} />
    <ScopeFields form={form} />
  </Stack>
);
