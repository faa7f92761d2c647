/**
 * The repeatable rows of an impact assessment: the interested parties
 * affected (with whether they are a vulnerable group), the impacts with their
 * ratings, and the measures with the impact they address, an owner, a due
 * date and the Annex A controls they put in place. A new impact or measure gets a fresh UUID, kept from version to version.
 */
import {
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ListEditor, RemoveRowButton } from '../../components/list-editor.js';
import { OwnerSelect } from '../../components/prework-owner-select.js';
import { optionsOf } from '../../labels/label-options.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import { newImpactRow, newMeasureRow, newPartyRow } from './impact-form-values.js';
import type { ImpactForm } from './impact-form-values.js';
import {
  IMPACT_AFFECTED_LABELS,
  IMPACT_CATEGORY_LABELS,
  IMPACT_FIELD_LABELS,
  IMPACT_NATURE_LABELS,
  IMPACT_REVERSIBILITY_LABELS,
  IMPACT_SCALE_LABELS,
  MEASURE_STATUS_LABELS,
  RATING_LABELS,
} from './impact-labels.js';

const errorOf = (form: ImpactForm, path: string) => {
  const error = form.errors[path];
  return typeof error === 'string' ? error : undefined;
};

export const PartiesEditor = ({ form }: { form: ImpactForm }) => (
  <ListEditor
    label={IMPACT_FIELD_LABELS.interestedParties}
    description="Who the system affects, and whether they are a vulnerable group (children, people in distress, people depending on the outcome)"
    error={errorOf(form, 'interestedParties')}
    withAsterisk
    rows={form.values.interestedParties}
    emptyText="No interested parties yet. An approved assessment names at least one."
    gap="sm"
    addLabel="Add interested party"
    newRow={newPartyRow}
    onAdd={(row) => form.insertListItem('interestedParties', row)}
  >
    {(row, index, { isAdded }) => (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={6} style={{ flex: 1 }}>
          <Group gap="sm" align="flex-end">
            <TextInput
              style={{ flex: 1 }}
              label={`Interested party ${index + 1}`}
              autoFocus={isAdded}
              {...form.getInputProps(`interestedParties.${index}.name`)}
            />
            <Checkbox
              mb={8}
              label="Vulnerable group"
              {...form.getInputProps(`interestedParties.${index}.isVulnerableGroup`, {
                type: 'checkbox',
              })}
            />
          </Group>
          <Textarea
            aria-label={`How interested party ${index + 1} is affected`}
            placeholder="How they are affected"
            autosize
            minRows={1}
            maxRows={4}
            {...form.getInputProps(`interestedParties.${index}.description`)}
          />
        </Stack>
        <RemoveRowButton
          label={`Remove interested party ${index + 1}`}
          mt={25}
          onClick={() => form.removeListItem('interestedParties', index)}
        />
      </Group>
    )}
  </ListEditor>
);

export const ImpactsEditor = ({ form }: { form: ImpactForm }) => (
  <ListEditor
    label={IMPACT_FIELD_LABELS.impacts}
    description="Each benefit or harm the system may bring, rated 1 (lowest) to 5 (highest). For a benefit, severity is how large it is."
    error={errorOf(form, 'impacts')}
    withAsterisk
    rows={form.values.impacts}
    emptyText="No impacts yet. An approved assessment records at least one."
    gap="md"
    addLabel="Add impact"
    newRow={() => newImpactRow(form.values.impacts)}
    onAdd={(row) => form.insertListItem('impacts', row)}
  >
    {(row, index, { isAdded }) => {
      const path = `impacts.${index}`;
      const name = `Impact ${index + 1}`;
      return (
        <Paper withBorder p="sm" bg="gray.0">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Stack gap="xs" style={{ flex: 1 }}>
              <Textarea
                label={`${name}: description`}
                autoFocus={isAdded}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps(`${path}.description`)}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <Select
                  label="Benefit or harm"
                  data={optionsOf(IMPACT_NATURE_LABELS)}
                  {...form.getInputProps(`${path}.nature`)}
                />
                <Select
                  label="Category"
                  data={optionsOf(IMPACT_CATEGORY_LABELS)}
                  {...form.getInputProps(`${path}.category`)}
                />
                <MultiSelect
                  label="Affects"
                  data={optionsOf(IMPACT_AFFECTED_LABELS)}
                  {...form.getInputProps(`${path}.affects`)}
                />
                <Select
                  label="Likelihood"
                  data={optionsOf(RATING_LABELS)}
                  {...form.getInputProps(`${path}.likelihood`)}
                />
                <Select
                  label="Severity"
                  data={optionsOf(RATING_LABELS)}
                  {...form.getInputProps(`${path}.severity`)}
                />
                <Select
                  label="Reversibility"
                  data={optionsOf(IMPACT_REVERSIBILITY_LABELS)}
                  {...form.getInputProps(`${path}.reversibility`)}
                />
                <Select
                  label="Scale"
                  data={optionsOf(IMPACT_SCALE_LABELS)}
                  {...form.getInputProps(`${path}.scale`)}
                />
              </SimpleGrid>
            </Stack>
            <RemoveRowButton
              label={`Remove impact ${index + 1}`}
              mt={25}
              onClick={() => form.removeListItem('impacts', index)}
            />
          </Group>
        </Paper>
      );
    }}
  </ListEditor>
);

/** "3. Claims from some postcodes wait longer", for picking the impact a measure addresses. */
export const impactOptionsOf = (impacts: readonly { id: string; description: string }[]) =>
  impacts.map((impact, index) => ({
    value: impact.id,
    label: `${index + 1}. ${impact.description === '' ? 'No description yet' : impact.description.slice(0, 80)}`,
  }));

export const MeasuresEditor = ({ orgId, form }: { orgId: string; form: ImpactForm }) => {
  const catalog = useQuery(catalogQuery);
  const controls = (catalog.data?.annexA.controls ?? []).map((control) => ({
    value: control.id,
    label: `${control.id} ${control.title}`,
  }));
  return (
    <ListEditor
      label={IMPACT_FIELD_LABELS.measures}
      description="What is done about each impact. Every harm needs a measure with an owner and a due date before approval."
      error={errorOf(form, 'measures')}
      rows={form.values.measures}
      emptyText="No measures yet."
      gap="md"
      addLabel="Add measure"
      newRow={() => newMeasureRow(form.values.measures)}
      onAdd={(row) => form.insertListItem('measures', row)}
    >
      {(row, index, { isAdded }) => {
        const path = `measures.${index}`;
        return (
          <Paper withBorder p="sm" bg="gray.0">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap="xs" style={{ flex: 1 }}>
                <Textarea
                  label={`Measure ${index + 1}: description`}
                  autoFocus={isAdded}
                  autosize
                  minRows={2}
                  maxRows={6}
                  {...form.getInputProps(`${path}.description`)}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  <Select
                    label="Addresses impact"
                    data={impactOptionsOf(form.values.impacts)}
                    searchable
                    {...form.getInputProps(`${path}.impactId`)}
                  />
                  <OwnerSelect
                    orgId={orgId}
                    value={row.ownerUserId}
                    onChange={(userId) => form.setFieldValue(`${path}.ownerUserId`, userId)}
                    error={errorOf(form, `${path}.ownerUserId`)}
                  />
                  <TextInput
                    type="date"
                    label="Due date"
                    {...form.getInputProps(`${path}.dueDate`)}
                  />
                  <Select
                    label="Status"
                    data={optionsOf(MEASURE_STATUS_LABELS)}
                    allowDeselect={false}
                    {...form.getInputProps(`${path}.status`)}
                  />
                </SimpleGrid>
                <MultiSelect
                  label="Annex A controls"
                  description="The controls the measure puts in place; the Statement of Applicability lists it under them"
                  placeholder={row.annexAControlIds.length === 0 ? 'Choose controls' : undefined}
                  data={controls}
                  searchable
                  clearable
                  nothingFoundMessage="No control with this number or title"
                  {...form.getInputProps(`${path}.annexAControlIds`)}
                />
              </Stack>
              <RemoveRowButton
                label={`Remove measure ${index + 1}`}
                mt={25}
                onClick={() => form.removeListItem('measures', index)}
              />
            </Group>
          </Paper>
        );
      }}
    </ListEditor>
  );
};
