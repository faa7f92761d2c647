/**
 * The EU AI Act classification in the AI system form. Exclusive choices
 * exclude each other as they are made: a general-purpose AI model has no risk
 * class, route or Art. 50 flags and only a model's roles; a claimed Art. 6(3)
 * derogation makes the system minimal risk and choosing high-risk withdraws
 * it; only the chosen route's questions are shown.
 */
import { Checkbox, Fieldset, Group, Radio, Stack, Switch, TextInput } from '@mantine/core';
import { LongTextInput } from '../../components/long-text-input.js';
import { fieldOf } from '../../registers/declaration.js';
import {
  DeclaredCheckboxGroup,
  DeclaredRadioGroup,
  DeclaredSelect,
} from '../../registers/declared-inputs.js';
import { declaredChoice, declaredChoices } from '../../registers/form-labels.js';
import { useRegister } from '../../registers/use-register.js';
import { isOnRoute, showsRoute } from './ai-system-form-values.js';
import type { AiSystemForm, AiSystemFormValues } from './ai-system-form-values.js';

type Form = AiSystemForm;
type V = AiSystemFormValues;

/** The roles the Act gives a general-purpose AI model's operators (Art. 53 and 54). */
const MODEL_ROLES: readonly string[] = ['provider', 'authorised_representative'];

const useEuFields = () => {
  const { register } = useRegister('ai-systems');
  return (name: string) => fieldOf(register, name);
};

const KindAndRoles = ({ form }: { form: Form }) => {
  const field = useEuFields();
  const isModel = form.values.isGeneralPurposeModel;
  const roles = (field('euAiActRoles').choices ?? []).filter(
    (choice) => !isModel || MODEL_ROLES.includes(choice.value),
  );
  return (
    <>
      <Radio.Group
        label="The entry is"
        value={isModel ? 'model' : 'system'}
        onChange={(kind) => {
          const model = kind === 'model';
          form.setFieldValue('isGeneralPurposeModel', model);
          if (model)
            form.setFieldValue(
              'euAiActRoles',
              form.values.euAiActRoles.filter((role) => MODEL_ROLES.includes(role)),
            );
        }}
      >
        <Group mt={6} gap="lg">
          <Radio value="system" label="An AI system (Art. 3(1))" />
          <Radio value="model" label="A general-purpose AI model (Art. 3(63))" />
        </Group>
      </Radio.Group>
      <DeclaredCheckboxGroup
        field={{ ...field('euAiActRoles'), choices: roles }}
        description="Our operator roles under Art. 3(8); several are common, such as provider and deployer"
        value={[...form.values.euAiActRoles]}
        onChange={(next) =>
          form.setFieldValue(
            'euAiActRoles',
            declaredChoices<V['euAiActRoles'][number]>(roles, next),
          )
        }
        error={form.errors.euAiActRoles}
      />
      {isModel ? (
        <Switch
          label="Systemic risk (Art. 51)"
          description="High-impact capabilities, or so designated by the Commission"
          {...form.getInputProps('hasSystemicRisk', { type: 'checkbox' })}
        />
      ) : (
        <Switch
          label="Built on a general-purpose AI model"
          description="The system integrates a general-purpose AI model, its own or a supplier's"
          {...form.getInputProps('isBuiltOnGeneralPurposeModel', { type: 'checkbox' })}
        />
      )}
    </>
  );
};

const AnnexIFields = ({ form }: { form: Form }) => {
  const field = useEuFields();
  return (
    <Stack gap="sm">
      <DeclaredRadioGroup
        field={field('euAnnexIRelation')}
        description="Art. 6(1)(a): covered by the Union harmonisation legislation of Annex I"
        withAsterisk
        {...form.getInputProps('euAnnexIRelation')}
      />
      <TextInput
        label={field('euAnnexILegislation').label}
        description="Such as Regulation (EU) 2017/745 on medical devices"
        withAsterisk
        {...form.getInputProps('euAnnexILegislation')}
      />
      <Checkbox
        label="The product must undergo a third-party conformity assessment under that legislation (Art. 6(1)(b))"
        {...form.getInputProps('isThirdPartyAssessmentRequired', { type: 'checkbox' })}
      />
    </Stack>
  );
};

const AnnexIiiFields = ({ form }: { form: Form }) => {
  const field = useEuFields();
  const hasDerogation = form.values.euDerogation !== null;
  return (
    <Stack gap="sm">
      <DeclaredSelect
        field={field('euAnnexIiiArea')}
        placeholder="Choose the area"
        withAsterisk
        clearable
        {...form.getInputProps('euAnnexIiiArea')}
      />
      <DeclaredSelect
        field={field('euDerogation')}
        description="When the provider considers the system not high-risk; the system is then minimal risk"
        placeholder="No derogation claimed"
        clearable
        value={form.values.euDerogation}
        onChange={(value) => {
          const derogation = declaredChoice<NonNullable<V['euDerogation']>>(
            field('euDerogation').choices,
            value,
          );
          form.setFieldValue('euDerogation', derogation);
          form.setFieldValue('euRiskClass', derogation === null ? 'high_risk' : 'minimal');
        }}
        error={form.errors.euDerogation}
      />
      {hasDerogation && (
        <LongTextInput
          label={field('euDerogationReasoning').label}
          description="Why the system poses no significant risk of harm; it does not profile people"
          withAsterisk
          {...form.getInputProps('euDerogationReasoning')}
        />
      )}
    </Stack>
  );
};

const RiskFields = ({ form }: { form: Form }) => {
  const field = useEuFields();
  const classes = field('euRiskClass').choices;
  return (
    <>
      <Group grow align="flex-start">
        <DeclaredSelect
          field={field('euRiskClass')}
          placeholder="Not classified"
          clearable
          value={form.values.euRiskClass}
          onChange={(value) => {
            const riskClass = declaredChoice<NonNullable<V['euRiskClass']>>(classes, value);
            form.setFieldValue('euRiskClass', riskClass);
            if (riskClass === 'high_risk') form.setFieldValue('euDerogation', null);
          }}
          error={form.errors.euRiskClass}
        />
        {showsRoute(form.values) && (
          <DeclaredSelect
            field={field('euHighRiskRoute')}
            description={
              form.values.euRiskClass === 'high_risk'
                ? 'Why it is high-risk: an Annex I product (or its safety component), or an Annex III use'
                : 'Only for an Annex III system under a claimed derogation'
            }
            placeholder="Not recorded"
            clearable
            {...form.getInputProps('euHighRiskRoute')}
          />
        )}
      </Group>
      {isOnRoute(form.values, 'annex_i') && <AnnexIFields form={form} />}
      {isOnRoute(form.values, 'annex_iii') && <AnnexIiiFields form={form} />}
    </>
  );
};

const TransparencyFields = ({ form }: { form: Form }) => {
  const field = useEuFields();
  return (
    <>
      <Switch
        label="Transparency obligations apply (Art. 50)"
        description="On top of any risk class"
        checked={form.values.hasTransparencyObligations}
        onChange={(event) => {
          const { checked } = event.currentTarget;
          form.setFieldValue('hasTransparencyObligations', checked);
          if (!checked) form.setFieldValue('euTransparencyObligations', []);
        }}
      />
      {form.values.hasTransparencyObligations && (
        <DeclaredCheckboxGroup
          field={field('euTransparencyObligations')}
          description="Which provisions of Art. 50 apply"
          {...form.getInputProps('euTransparencyObligations')}
        />
      )}
    </>
  );
};

export const EuAiActFields = ({ form }: { form: Form }) => (
  <Fieldset legend="EU AI Act">
    <Stack gap="sm">
      <KindAndRoles form={form} />
      {!form.values.isGeneralPurposeModel && (
        <>
          <RiskFields form={form} />
          <TransparencyFields form={form} />
        </>
      )}
    </Stack>
  </Fieldset>
);
