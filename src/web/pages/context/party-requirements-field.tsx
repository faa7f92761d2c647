/**
 * The repeatable requirement rows of an interested party: what they require,
 * whether the AIMS addresses it, and how (marked required once addressed; the
 * API says so when it is missing).
 */
import { LongTextInput } from '../../components/long-text-input.js';
import { Group, Paper, Stack, Switch, TextInput } from '@mantine/core';
import { ListEditor, RemoveRowButton } from '../../components/list-editor.js';
import { newRequirementRow } from './party-form-values.js';
import type { PartyForm } from './party-form-values.js';

export const PartyRequirementsField = ({ form }: { form: PartyForm }) => {
  const rows = form.values.requirements;
  const addressed = rows.filter((row) => row.isAddressed).length;
  return (
    <ListEditor
      label="Requirements"
      description={
        rows.length === 0
          ? 'What this party needs or expects from the AIMS'
          : `What this party needs or expects from the AIMS · ${addressed} of ${rows.length} addressed`
      }
      error={form.errors.requirements}
      rows={rows}
      emptyText="No requirements listed."
      addLabel="Add requirement"
      newRow={() => newRequirementRow()}
      onAdd={(row) => form.insertListItem('requirements', row)}
    >
      {(row, index, { isAdded }) => (
        <Paper p="sm" bg="gray.0" withBorder={false}>
          <Stack gap="xs">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={`Requirement ${index + 1}`}
                placeholder="e.g. Explain automated decisions on request"
                withAsterisk
                autoFocus={isAdded}
                {...form.getInputProps(`requirements.${index}.requirement`)}
              />
              <Switch
                mt={30}
                label="Addressed"
                aria-label={`Addressed: requirement ${index + 1}`}
                {...form.getInputProps(`requirements.${index}.isAddressed`, {
                  type: 'checkbox',
                })}
              />
              <Switch
                mt={30}
                label="Climate-related"
                aria-label={`Climate-related: requirement ${index + 1}`}
                {...form.getInputProps(`requirements.${index}.isClimateRelated`, {
                  type: 'checkbox',
                })}
              />
              <RemoveRowButton
                mt={25}
                label={`Remove requirement ${index + 1}`}
                onClick={() => form.removeListItem('requirements', index)}
              />
            </Group>
            <LongTextInput
              label={`How requirement ${index + 1} is addressed`}
              description={
                row.isAddressed
                  ? 'The procedure, control or contract clause that meets it'
                  : 'Optional: what is planned'
              }
              withAsterisk={row.isAddressed}
              minRows={1}
              maxRows={4}
              {...form.getInputProps(`requirements.${index}.how`)}
            />
          </Stack>
        </Paper>
      )}
    </ListEditor>
  );
};
