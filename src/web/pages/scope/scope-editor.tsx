/** The draft's editor: every part of the scope, saved together; the API's objections at each field. */
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { AI_ROLE_LABELS, optionsOf } from '../../labels/ai-classification.js';
import { allAiSystemsQuery } from '../ai-systems/ai-system-queries.js';
import { applyScopeError, scopeBodyOf, scopeFormValuesOf } from './scope-form-values.js';
import type { ScopeFormValues } from './scope-form-values.js';
import { SCOPE_FIELD_LABELS } from './scope-labels.js';
import { ConsideredFields } from './scope-considered-fields.js';
import { ExclusionsEditor, SitesEditor, TextListEditor } from './scope-list-editors.js';
import { useSaveScopeDraft } from './scope-queries.js';
import type { ScopeVersion } from './scope-queries.js';

interface ScopeEditorProps {
  readonly orgId: string;
  readonly draft: ScopeVersion;
  /** Issues already known, such as what approval found missing. */
  readonly initialErrors: Record<string, string>;
  readonly onDone: () => void;
}

const useAiSystemOptions = (orgId: string) => {
  const systems = useQuery(allAiSystemsQuery(orgId));
  return {
    isLoading: systems.isPending,
    options: (systems.data ?? []).map((system) => ({
      value: system.id,
      label: system.isInScope ? system.name : `${system.name} (marked out of scope)`,
    })),
  };
};

export const ScopeEditor = ({ orgId, draft, initialErrors, onDone }: ScopeEditorProps) => {
  const form = useForm<ScopeFormValues>({
    initialValues: scopeFormValuesOf(draft),
    initialErrors,
  });
  const [alert, setAlert] = useState<string | null>(null);
  const save = useSaveScopeDraft(orgId, draft.id);
  const aiSystems = useAiSystemOptions(orgId);

  const submit = form.onSubmit((values) => {
    setAlert(null);
    save.mutate(scopeBodyOf(values), {
      onSuccess: () => {
        notifySuccess(`Draft version ${draft.version} of the scope was saved.`);
        onDone();
      },
      onError: (error) => setAlert(applyScopeError(form, error)),
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit draft version ${draft.version}`}>
      <Stack gap="md">
        <FormAlert message={alert} />
        <Fieldset legend="Statement and roles">
          <Stack gap="md">
            <Textarea
              label={SCOPE_FIELD_LABELS.statement}
              description="What the AI management system covers, in a few sentences an auditor can quote"
              withAsterisk
              autosize
              minRows={4}
              maxRows={14}
              data-autofocus
              {...form.getInputProps('statement')}
            />
            <Checkbox.Group
              label={SCOPE_FIELD_LABELS.aiRoles}
              description="The roles the organization takes with respect to AI systems (clause 4.1)"
              withAsterisk
              {...form.getInputProps('aiRoles')}
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt={8}>
                {optionsOf(AI_ROLE_LABELS).map((option) => (
                  <Checkbox key={option.value} value={option.value} label={option.label} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Fieldset>
        <ConsideredFields orgId={orgId} form={form} />
        <Fieldset legend="Boundaries">
          <Stack gap="lg">
            <TextListEditor
              form={form}
              field="organizationalUnits"
              description="Departments, teams or legal entities inside the scope"
            />
            <SitesEditor form={form} />
            <TextListEditor
              form={form}
              field="processes"
              description="The business processes the AIMS covers"
            />
          </Stack>
        </Fieldset>
        <Fieldset legend="AI systems, interfaces and exclusions">
          <Stack gap="lg">
            <MultiSelect
              label={SCOPE_FIELD_LABELS.aiSystemIds}
              description="Choose from the AI system inventory: an approved scope names at least one"
              withAsterisk
              placeholder={aiSystems.isLoading ? 'Loading the inventory…' : 'Search AI systems'}
              data={aiSystems.options}
              searchable
              hidePickedOptions
              nothingFoundMessage="No AI system with this name in the inventory"
              {...form.getInputProps('aiSystemIds')}
            />
            <TextListEditor
              form={form}
              field="interfaces"
              description="Where the scope meets activities outside it: suppliers, shared services, other management systems"
            />
            <ExclusionsEditor form={form} />
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
