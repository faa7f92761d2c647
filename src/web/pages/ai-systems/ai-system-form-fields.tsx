/**
 * Every field of an AI system, grouped as on its page: identity,
 * classification, components and data, oversight, scope. Used by the add and
 * the edit dialog.
 */
import { LongTextInput } from '../../components/long-text-input.js';
import { Fieldset, Group, MultiSelect, Stack, Switch } from '@mantine/core';
import { OwnerField } from '../../components/prework-owner-select.js';
import { fieldOf } from '../../registers/declaration.js';
import { DeclaredCheckboxGroup, DeclaredSelect } from '../../registers/declared-inputs.js';
import { useRegister } from '../../registers/use-register.js';
import { declaredChoice, fieldLabelsOf } from '../../registers/form-labels.js';
import { AI_SYSTEM_FORM_WORDING, isHighRisk } from './ai-system-form-values.js';
import type { AiSystemForm } from './ai-system-form-values.js';
import { ThirdPartyComponentsField } from './third-party-components-field.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';

type Form = AiSystemForm;
type RiskClass = NonNullable<Form['values']['euRiskClass']>;

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

const ClassificationFields = ({ form }: { form: Form }) => {
  const highRisk = isHighRisk(form.values);
  const { LABELS, field, choices } = useFields();
  return (
    <Fieldset legend="Classification">
      <Stack gap="sm">
        <MultiSelect
          label={LABELS.aiRoles}
          description="The organization's roles for this system (ISO/IEC 22989, clause 4.1)"
          placeholder={form.values.aiRoles.length === 0 ? 'Choose one or more' : undefined}
          data={choices('aiRoles')}
          {...form.getInputProps('aiRoles')}
        />
        <Group grow align="flex-start">
          <DeclaredSelect
            field={field('euAiActRole')}
            placeholder="Not determined"
            clearable
            {...form.getInputProps('euAiActRole')}
          />
          <DeclaredSelect
            field={field('euRiskClass')}
            placeholder="Not classified"
            clearable
            value={form.values.euRiskClass}
            onChange={(value) => {
              form.setFieldValue(
                'euRiskClass',
                declaredChoice<RiskClass>(choices('euRiskClass'), value),
              );
              if (value !== 'high_risk') form.setFieldValue('euAnnexIiiArea', null);
            }}
            error={form.errors.euRiskClass}
          />
        </Group>
        <DeclaredSelect
          field={field('euAnnexIiiArea')}
          description={
            highRisk
              ? 'The Annex III area that makes the system high-risk'
              : 'Only for a high-risk system'
          }
          placeholder={highRisk ? 'Choose the area' : 'Not applicable'}
          disabled={!highRisk}
          clearable
          {...form.getInputProps('euAnnexIiiArea')}
        />
        <Switch
          label="General-purpose AI model"
          description="The system is, or is built on, a general-purpose AI model (EU AI Act, Chapter V)"
          {...form.getInputProps('isGeneralPurposeModel', { type: 'checkbox' })}
        />
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
          description="The data the system processes"
          {...form.getInputProps('dataCategories')}
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
    <ClassificationFields form={form} />
    <ComponentsAndDataFields form={form} />
    <OversightFields form={form} />
    <ScopeFields form={form} />
  </Stack>
);
