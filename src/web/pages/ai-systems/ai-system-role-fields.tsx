/**
 * The organization's ISO/IEC 22989 roles for a system: the role families,
 * and the sub-roles offered under the families chosen (removing a family
 * removes its sub-roles).
 */
import { Fieldset, MultiSelect, Stack } from '@mantine/core';
import { choiceLabel, fieldOf } from '../../registers/declaration.js';
import { declaredChoices, fieldLabelsOf } from '../../registers/form-labels.js';
import { useRegister } from '../../registers/use-register.js';
import { AI_SYSTEM_FORM_WORDING, subRolesUnder } from './ai-system-form-values.js';
import type { AiSystemForm, AiSystemFormValues } from './ai-system-form-values.js';

type Form = AiSystemForm;

export const AiRoleFields = ({ form }: { form: Form }) => {
  const { register } = useRegister('ai-systems');
  const LABELS = fieldLabelsOf(register, AI_SYSTEM_FORM_WORDING);
  const families = fieldOf(register, 'aiRoles').choices ?? [];
  const subRoles = fieldOf(register, 'aiSubRoles').choices ?? [];
  const chosen = form.values.aiRoles;
  const grouped = chosen.map((family) => ({
    group: choiceLabel(families, family),
    items: subRoles
      .filter((choice) => choice.group === family)
      .map(({ value, label }) => ({ value, label })),
  }));
  return (
    <Fieldset legend="Roles (ISO/IEC 22989)">
      <Stack gap="sm">
        <MultiSelect
          label={LABELS.aiRoles}
          description="The organization's roles for this system (clause 4.1)"
          placeholder={chosen.length === 0 ? 'Choose one or more' : undefined}
          data={families}
          value={[...chosen]}
          onChange={(next) => {
            const roles = declaredChoices<AiSystemFormValues['aiRoles'][number]>(families, next);
            form.setFieldValue('aiRoles', roles);
            form.setFieldValue(
              'aiSubRoles',
              subRolesUnder(roles, form.values.aiSubRoles, subRoles),
            );
          }}
          error={form.errors.aiRoles}
        />
        <MultiSelect
          label={LABELS.aiSubRoles}
          description={
            chosen.length === 0
              ? 'Choose a role first: its sub-roles are offered under it'
              : 'Where the organization holds a more specific role under a family'
          }
          placeholder={
            chosen.length === 0 || form.values.aiSubRoles.length > 0 ? undefined : 'None recorded'
          }
          disabled={chosen.length === 0}
          data={grouped}
          {...form.getInputProps('aiSubRoles')}
        />
      </Stack>
    </Fieldset>
  );
};
