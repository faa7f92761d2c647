/**
 * The scope editor's repeatable rows: plain text lists (units, processes,
 * interfaces), sites with their head count, and exclusions with their
 * justification. Enter in a text row adds the next row instead of submitting.
 */
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { FieldGroup } from '../../components/prework-field-group.js';
import { PlusIcon, RemoveIcon } from '../../components/prework-icons.js';
import { SCOPE_ENTRY_LABELS, SCOPE_FIELD_LABELS } from './scope-labels.js';
import {
  newExclusionRow,
  newSiteRow,
  newTextRow,
  type ScopeForm,
  type TextListField,
} from './scope-form-values.js';

const errorOf = (form: ScopeForm, path: string): ReactNode => form.errors[path];

const AddButton = ({ children, onClick }: { children: string; onClick: () => void }) => (
  <Button
    variant="light"
    size="xs"
    leftSection={<PlusIcon />}
    onClick={onClick}
    style={{ alignSelf: 'flex-start' }}
  >
    {children}
  </Button>
);

const RemoveButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <ActionIcon variant="subtle" color="red" size="lg" aria-label={label} onClick={onClick}>
    <RemoveIcon />
  </ActionIcon>
);

/** Focus goes to the first input of a row the user just added. */
const useAddedRow = () => {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  return { addedKey, markAdded: setAddedKey };
};

export const TextListEditor = ({
  form,
  field,
  description,
}: {
  form: ScopeForm;
  field: TextListField;
  description: string;
}) => {
  const { addedKey, markAdded } = useAddedRow();
  const entry = SCOPE_ENTRY_LABELS[field];
  const add = () => {
    const row = newTextRow();
    markAdded(row.key);
    form.insertListItem(field, row);
  };
  return (
    <FieldGroup
      label={SCOPE_FIELD_LABELS[field]}
      description={description}
      error={errorOf(form, field)}
    >
      <Stack gap="xs">
        {form.values[field].length === 0 && (
          <Text size="sm" c="dimmed">
            None listed.
          </Text>
        )}
        {form.values[field].map((row, index) => (
          <Group key={row.key} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              style={{ flex: 1 }}
              aria-label={`${entry} ${index + 1}`}
              autoFocus={row.key === addedKey}
              {...form.getInputProps(`${field}.${index}.value`)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
            <RemoveButton
              label={`Remove ${entry.toLowerCase()} ${index + 1}`}
              onClick={() => form.removeListItem(field, index)}
            />
          </Group>
        ))}
        <AddButton onClick={add}>{`Add ${entry.toLowerCase()}`}</AddButton>
      </Stack>
    </FieldGroup>
  );
};

export const SitesEditor = ({ form }: { form: ScopeForm }) => {
  const { addedKey, markAdded } = useAddedRow();
  const add = () => {
    const row = newSiteRow();
    markAdded(row.key);
    form.insertListItem('sites', row);
  };
  return (
    <FieldGroup
      label={SCOPE_FIELD_LABELS.sites}
      description="Each place the AIMS covers, with the number of people working there within the scope"
      error={errorOf(form, 'sites')}
      withAsterisk
    >
      <Stack gap="xs">
        {form.values.sites.length === 0 ? (
          <Text size="sm" c="dimmed">
            No sites yet. An approved scope names at least one.
          </Text>
        ) : (
          <Group gap="xs" wrap="nowrap" aria-hidden>
            <Text size="xs" fw={700} c="dimmed" style={{ flex: 2 }}>
              Site
            </Text>
            <Text size="xs" fw={700} c="dimmed" style={{ flex: 2 }}>
              Location
            </Text>
            <Text size="xs" fw={700} c="dimmed" w={150}>
              People in scope
            </Text>
            <span style={{ width: 34 }} />
          </Group>
        )}
        {form.values.sites.map((row, index) => (
          <Group key={row.key} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              style={{ flex: 2 }}
              aria-label={`Name of site ${index + 1}`}
              placeholder="e.g. Head office"
              autoFocus={row.key === addedKey}
              {...form.getInputProps(`sites.${index}.name`)}
            />
            <TextInput
              style={{ flex: 2 }}
              aria-label={`Location of site ${index + 1}`}
              placeholder="e.g. Berlin, Germany"
              {...form.getInputProps(`sites.${index}.location`)}
            />
            <NumberInput
              w={150}
              aria-label={`People in scope at site ${index + 1}`}
              min={0}
              max={1_000_000}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=" "
              {...form.getInputProps(`sites.${index}.peopleInScope`)}
            />
            <RemoveButton
              label={`Remove site ${index + 1}`}
              onClick={() => form.removeListItem('sites', index)}
            />
          </Group>
        ))}
        <AddButton onClick={add}>Add site</AddButton>
      </Stack>
    </FieldGroup>
  );
};

export const ExclusionsEditor = ({ form }: { form: ScopeForm }) => {
  const { addedKey, markAdded } = useAddedRow();
  const add = () => {
    const row = newExclusionRow();
    markAdded(row.key);
    form.insertListItem('exclusions', row);
  };
  return (
    <FieldGroup
      label={SCOPE_FIELD_LABELS.exclusions}
      description="What is deliberately left out of the AIMS, and why leaving it out does not affect its ability to meet its outcomes"
      error={errorOf(form, 'exclusions')}
    >
      <Stack gap="sm">
        {form.values.exclusions.length === 0 && (
          <Text size="sm" c="dimmed">
            No exclusions.
          </Text>
        )}
        {form.values.exclusions.map((row, index) => (
          <Group key={row.key} gap="xs" wrap="nowrap" align="flex-start">
            <Stack gap={6} style={{ flex: 1 }}>
              <TextInput
                label={`Excluded item ${index + 1}`}
                autoFocus={row.key === addedKey}
                {...form.getInputProps(`exclusions.${index}.item`)}
              />
              <Textarea
                label={`Justification of exclusion ${index + 1}`}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps(`exclusions.${index}.justification`)}
              />
            </Stack>
            <RemoveButton
              label={`Remove exclusion ${index + 1}`}
              onClick={() => form.removeListItem('exclusions', index)}
            />
          </Group>
        ))}
        <AddButton onClick={add}>Add exclusion</AddButton>
      </Stack>
    </FieldGroup>
  );
};
