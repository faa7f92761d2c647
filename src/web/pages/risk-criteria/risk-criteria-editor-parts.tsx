/**
 * The parts of the risk criteria editor: a scale of 3 to 7 steps, the risk
 * levels with their colour and who may accept a risk at each, and the matrix
 * with a level picker in every cell. Adding or removing a step adds or
 * removes its row or column of the matrix.
 */
import {
  Button,
  ColorInput,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { RemoveRowButton } from '../../components/list-editor.js';
import { FieldGroup } from '../../components/prework-field-group.js';
import { PlusIcon } from '../../components/prework-icons.js';
import { roleOptions } from '../../labels/roles.js';
import {
  LEVELS_MAX,
  LEVELS_MIN,
  SCALE_MAX,
  SCALE_MIN,
  newLevelRow,
  newScaleRow,
  resizedMatrix,
  withoutLevel,
} from './risk-criteria-form-values.js';
import type { RiskCriteriaForm, ScaleName } from './risk-criteria-form-values.js';
import { RiskMatrixGrid } from './risk-matrix-grid.js';

const SCALE_NAMES: Readonly<Record<ScaleName, string>> = {
  likelihood: 'Likelihood',
  consequence: 'Consequence',
};

const errorText = (form: RiskCriteriaForm, path: string) => {
  const error = form.errors[path];
  return typeof error === 'string' ? error : undefined;
};

export const ScaleEditor = ({ form, scale }: { form: RiskCriteriaForm; scale: ScaleName }) => {
  const name = SCALE_NAMES[scale];
  const rows = form.values[scale];
  const add = () => {
    form.setFieldValue('matrix', resizedMatrix(form.values.matrix, scale, { add: true }));
    form.insertListItem(scale, newScaleRow());
  };
  const remove = (index: number) => {
    form.setFieldValue('matrix', resizedMatrix(form.values.matrix, scale, { removeAt: index }));
    form.removeListItem(scale, index);
  };
  return (
    <FieldGroup
      label={`${name} scale`}
      description={`${SCALE_MIN} to ${SCALE_MAX} steps, from the lowest (1) up; each adds a ${scale === 'likelihood' ? 'row' : 'column'} to the matrix`}
      error={errorText(form, scale)}
      withAsterisk
    >
      <Stack gap="xs">
        {rows.map((row, index) => (
          <Group key={row.key} gap="xs" wrap="nowrap" align="flex-start">
            <Text fw={700} w={22} mt={8} ta="right" aria-hidden>
              {index + 1}
            </Text>
            <TextInput
              w={200}
              aria-label={`${name} ${index + 1} label`}
              {...form.getInputProps(`${scale}.${index}.label`)}
            />
            <Textarea
              style={{ flex: 1 }}
              aria-label={`${name} ${index + 1} description`}
              autosize
              minRows={1}
              maxRows={4}
              {...form.getInputProps(`${scale}.${index}.description`)}
            />
            {rows.length > SCALE_MIN && (
              <RemoveRowButton
                label={`Remove ${name.toLowerCase()} ${index + 1}`}
                onClick={() => remove(index)}
              />
            )}
          </Group>
        ))}
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon />}
          onClick={add}
          disabled={rows.length >= SCALE_MAX}
          style={{ alignSelf: 'flex-start' }}
        >
          Add {name.toLowerCase()} step
        </Button>
      </Stack>
    </FieldGroup>
  );
};

const AUDITEE_ROLE_OPTIONS = roleOptions('auditee');

export const LevelsEditor = ({ form }: { form: RiskCriteriaForm }) => {
  const rows = form.values.levels;
  const remove = (index: number) => {
    const next = withoutLevel(form.values, index);
    form.setValues(next);
  };
  return (
    <FieldGroup
      label="Risk levels"
      description={`${LEVELS_MIN} to ${LEVELS_MAX} levels, from the lowest to the highest, each with a key that stays the same across versions, a label, a colour and the roles that may accept a residual risk at it`}
      error={errorText(form, 'levels') ?? errorText(form, 'acceptanceAuthority')}
      withAsterisk
    >
      <Stack gap="sm">
        {rows.map((row, index) => {
          const name = row.label === '' ? `level ${index + 1}` : row.label;
          return (
            <Group key={row.key} gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                w={130}
                label={index === 0 ? 'Key' : undefined}
                {...form.getInputProps(`levels.${index}.levelKey`)}
                aria-label={`Key of level ${index + 1}`}
              />
              <TextInput
                w={160}
                label={index === 0 ? 'Label' : undefined}
                {...form.getInputProps(`levels.${index}.label`)}
                aria-label={`Label of level ${index + 1}`}
              />
              <ColorInput
                w={140}
                label={index === 0 ? 'Colour' : undefined}
                format="hex"
                withEyeDropper={false}
                {...form.getInputProps(`levels.${index}.colour`)}
                aria-label={`Colour of level ${index + 1}`}
              />
              <MultiSelect
                style={{ flex: 1 }}
                label={index === 0 ? 'May accept' : undefined}
                data={AUDITEE_ROLE_OPTIONS}
                placeholder={row.roles.length === 0 ? 'Nobody' : undefined}
                {...form.getInputProps(`levels.${index}.roles`)}
                aria-label={`Roles that may accept a risk at ${name}`}
              />
              {rows.length > LEVELS_MIN && (
                <RemoveRowButton
                  label={`Remove ${name}`}
                  mt={index === 0 ? 25 : 0}
                  onClick={() => remove(index)}
                />
              )}
            </Group>
          );
        })}
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon />}
          onClick={() => form.insertListItem('levels', newLevelRow())}
          disabled={rows.length >= LEVELS_MAX}
          style={{ alignSelf: 'flex-start' }}
        >
          Add a higher level
        </Button>
      </Stack>
    </FieldGroup>
  );
};

export const MatrixEditor = ({ form }: { form: RiskCriteriaForm }) => {
  const { likelihood, consequence, levels, matrix } = form.values;
  const options = levels.map((level, index) => ({
    value: level.key,
    label: level.label === '' ? `Level ${index + 1}` : level.label,
  }));
  const colourOf = (rowKey: string | undefined) =>
    levels.find((level) => level.key === rowKey)?.colour;
  const stepName = (steps: typeof likelihood, index: number) =>
    `${index + 1}${steps[index]?.label ? ` (${steps[index]?.label})` : ''}`;
  const cellErrors = Object.entries(form.errors).filter(([path]) =>
    /^matrix\.\d+\.\d+$/.test(path),
  );
  return (
    <FieldGroup
      label="Risk matrix"
      description="The level of a risk for each likelihood (rows, highest at the top) and consequence (columns). A higher likelihood or consequence never gives a lower level."
      error={errorText(form, 'matrix')}
      withAsterisk
    >
      <Stack gap="xs">
        <RiskMatrixGrid
          label="Risk matrix being edited"
          likelihood={likelihood}
          consequence={consequence}
          colourOf={(l, c) => colourOf(matrix[l]?.[c])}
        >
          {(l, c) => {
            const path = `matrix.${l}.${c}`;
            return (
              <NativeSelect
                size="xs"
                aria-label={`Level at likelihood ${stepName(likelihood, l)}, consequence ${stepName(consequence, c)}`}
                data={options}
                value={matrix[l]?.[c] ?? ''}
                onChange={(event) => form.setFieldValue(path, event.currentTarget.value)}
                error={form.errors[path] !== undefined}
              />
            );
          }}
        </RiskMatrixGrid>
        {cellErrors.map(([path, error]) => {
          const [, l = 0, c = 0] = path.split('.').map(Number);
          return (
            <Text key={path} size="sm" c="red.8">
              Cell at likelihood {l + 1}, consequence {c + 1}:{' '}
              {typeof error === 'string' ? error : ''}
            </Text>
          );
        })}
      </Stack>
    </FieldGroup>
  );
};
