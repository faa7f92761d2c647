/**
 * The repeatable requirement rows of an interested party: what they require,
 * whether the AIMS addresses it, and how (marked required once addressed; the
 * API says so when it is missing).
 */
import { LongTextInput } from '../../components/long-text-input.js';
import { ActionIcon, Button, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FieldGroup } from '../../components/prework-field-group.js';
import { PlusIcon, RemoveIcon } from '../../components/prework-icons.js';
import { newRequirementRow, type PartyForm } from './party-form-values.js';

export const PartyRequirementsField = ({ form }: { form: PartyForm }) => {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const rows = form.values.requirements;
  const addressed = rows.filter((row) => row.isAddressed).length;
  const add = () => {
    const row = newRequirementRow();
    setAddedKey(row.key);
    form.insertListItem('requirements', row);
  };
  return (
    <FieldGroup
      label="Requirements"
      description={
        rows.length === 0
          ? 'What this party needs or expects from the AIMS'
          : `What this party needs or expects from the AIMS · ${addressed} of ${rows.length} addressed`
      }
      error={form.errors.requirements}
    >
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            No requirements listed.
          </Text>
        )}
        {rows.map((row, index) => (
          <Paper key={row.key} p="sm" bg="gray.0" withBorder={false}>
            <Stack gap="xs">
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={`Requirement ${index + 1}`}
                  placeholder="e.g. Explain automated decisions on request"
                  withAsterisk
                  autoFocus={row.key === addedKey}
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
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={25}
                  aria-label={`Remove requirement ${index + 1}`}
                  onClick={() => form.removeListItem('requirements', index)}
                >
                  <RemoveIcon />
                </ActionIcon>
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
        ))}
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon />}
          onClick={add}
          style={{ alignSelf: 'flex-start' }}
        >
          Add requirement
        </Button>
      </Stack>
    </FieldGroup>
  );
};
