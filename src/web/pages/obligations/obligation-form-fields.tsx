/** Every field of an obligation: what it is, where it applies, who owns it, how it stands. */
import { LongTextInput } from '../../components/long-text-input.js';
import { Fieldset, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import { OwnerField } from '../../components/prework-owner-select.js';
import { DeclaredSelect } from '../../registers/declared-inputs.js';
import { useAiSystemNames } from '../../registers/use-ai-system-names.js';
import { useDeclaredFields } from '../../registers/use-register.js';
import type { ObligationForm } from './obligation-form-values.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';

const KIND_DESCRIPTIONS =
  'Legal: laws. Regulatory: regulators’ rules such as the EU AI Act. Contractual: customer or supplier contracts. Voluntary: commitments you choose, such as an ethics code.';

export const ObligationFormFields = ({ form, orgId }: { form: ObligationForm; orgId: string }) => {
  const systems = useAiSystemNames(orgId);
  const field = useDeclaredFields('obligations');
  return (
    <Stack gap="md">
      <Fieldset legend="The obligation">
        <Stack gap="sm">
          <DeclaredSelect
            field={field('kind')}
            description={KIND_DESCRIPTIONS}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('kind')}
          />
          <Group grow align="flex-start">
            <LeadTextInput
              form={form}
              field="source"
              label={field('source').label}
              description="Where it comes from"
              placeholder="e.g. EU AI Act"
            />
            <TextInput
              label={field('reference').label}
              description="Article, clause or section"
              placeholder="e.g. Art. 9"
              withAsterisk
              {...form.getInputProps('reference')}
            />
          </Group>
          <LongTextInput
            label={field('requirement').label}
            description="What it requires, in your own words"
            withAsterisk
            maxRows={8}
            {...form.getInputProps('requirement')}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend="Where it applies and who owns it">
        <Stack gap="sm">
          <MultiSelect
            label={field('aiSystemIds').label}
            description={
              systems.canRead
                ? 'The AI systems it applies to'
                : 'Your roles do not let you read the AI system inventory'
            }
            placeholder={form.values.aiSystemIds.length === 0 ? 'Choose systems' : undefined}
            data={systems.options}
            disabled={!systems.canRead}
            searchable
            nothingFoundMessage="No AI system with this name"
            {...form.getInputProps('aiSystemIds')}
          />
          <OwnerField orgId={orgId} form={form} description="The member who keeps track of it" />
        </Stack>
      </Fieldset>
      <Fieldset legend="Compliance">
        <Stack gap="sm">
          <Group grow align="flex-start">
            <DeclaredSelect
              field={field('complianceStatus')}
              allowDeselect={false}
              {...form.getInputProps('complianceStatus')}
            />
            <TextInput
              type="date"
              label={field('nextReviewDate').label}
              description="When to check it again"
              {...form.getInputProps('nextReviewDate')}
            />
          </Group>
          <LongTextInput
            label={field('notes').label}
            description="Evidence, open points, links to documents"
            {...form.getInputProps('notes')}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
};
