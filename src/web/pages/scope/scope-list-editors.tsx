/**
 * The scope editor's repeatable rows: plain text lists (units, processes,
 * interfaces), sites with their head count, and exclusions with their
 * justification. Enter in a text row adds the next row instead of submitting.
 */
import { Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { ListEditor, RemoveRowButton } from '../../components/list-editor.js';
import { SCOPE_ENTRY_LABELS, SCOPE_FIELD_LABELS } from './scope-labels.js';
import { newExclusionRow, newSiteRow, newTextRow } from './scope-form-values.js';
import type { ScopeForm, TextListField } from './scope-form-values.js';

const errorOf = (form: ScopeForm, path: string): ReactNode => form.errors[path];

export const TextListEditor = ({
  form,
  field,
  description,
}: {
  form: ScopeForm;
  field: TextListField;
  description: string;
}) => {
  const entry = SCOPE_ENTRY_LABELS[field];
  return (
    <ListEditor
      label={SCOPE_FIELD_LABELS[field]}
      description={description}
      error={errorOf(form, field)}
      rows={form.values[field]}
      emptyText="None listed."
      addLabel={`Add ${entry.toLowerCase()}`}
      newRow={newTextRow}
      onAdd={(row) => form.insertListItem(field, row)}
    >
      {(row, index, { isAdded, addNext }) => (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${entry} ${index + 1}`}
            autoFocus={isAdded}
            {...form.getInputProps(`${field}.${index}.value`)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addNext();
              }
            }}
          />
          <RemoveRowButton
            label={`Remove ${entry.toLowerCase()} ${index + 1}`}
            onClick={() => form.removeListItem(field, index)}
          />
        </Group>
      )}
    </ListEditor>
  );
};

/** The headings of the site rows' inputs, which screen readers hear from each input's own name. */
const SiteHeadings = () => (
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
);

export const SitesEditor = ({ form }: { form: ScopeForm }) => (
  <ListEditor
    label={SCOPE_FIELD_LABELS.sites}
    description="Each place the AIMS covers, with the number of people working there within the scope"
    error={errorOf(form, 'sites')}
    withAsterisk
    rows={form.values.sites}
    emptyText="No sites yet. An approved scope names at least one."
    header={<SiteHeadings />}
    addLabel="Add site"
    newRow={newSiteRow}
    onAdd={(row) => form.insertListItem('sites', row)}
  >
    {(row, index, { isAdded }) => (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          style={{ flex: 2 }}
          aria-label={`Name of site ${index + 1}`}
          placeholder="e.g. Head office"
          autoFocus={isAdded}
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
        <RemoveRowButton
          label={`Remove site ${index + 1}`}
          onClick={() => form.removeListItem('sites', index)}
        />
      </Group>
    )}
  </ListEditor>
);

export const ExclusionsEditor = ({ form }: { form: ScopeForm }) => (
  <ListEditor
    label={SCOPE_FIELD_LABELS.exclusions}
    description="What is deliberately left out of the AIMS, and why leaving it out does not affect its ability to meet its outcomes"
    error={errorOf(form, 'exclusions')}
    rows={form.values.exclusions}
    emptyText="No exclusions."
    gap="sm"
    addLabel="Add exclusion"
    newRow={newExclusionRow}
    onAdd={(row) => form.insertListItem('exclusions', row)}
  >
    {(row, index, { isAdded }) => (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={6} style={{ flex: 1 }}>
          <TextInput
            label={`Excluded item ${index + 1}`}
            autoFocus={isAdded}
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
        <RemoveRowButton
          label={`Remove exclusion ${index + 1}`}
          onClick={() => form.removeListItem('exclusions', index)}
        />
      </Group>
    )}
  </ListEditor>
);
