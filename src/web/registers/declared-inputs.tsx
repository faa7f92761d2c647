/**
 * Form inputs over a declared choice field: its label and its allowed values
 * as the register declaration names them (radio buttons, checkboxes, a select). Spread a form's input props on them.
 */
import { Checkbox, Group, Radio, Select } from '@mantine/core';
import type { SelectProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldDeclaration } from './declaration.js';

interface DeclaredGroupProps<Value> {
  readonly field: FieldDeclaration;
  /** Overrides the declared label where the form words it differently. */
  readonly label?: string;
  readonly description?: ReactNode;
  readonly withAsterisk?: boolean;
  /** Space between the label and the options. */
  readonly mt?: number;
  readonly value?: Value;
  readonly onChange: (value: Value) => void;
  readonly error?: ReactNode;
}

const Options = ({
  field,
  mt,
  Option,
}: {
  field: FieldDeclaration;
  mt: number;
  Option: typeof Radio | typeof Checkbox;
}) => (
  <Group mt={mt} gap="lg">
    {(field.choices ?? []).map((choice) => (
      <Option key={choice.value} value={choice.value} label={choice.label} />
    ))}
  </Group>
);

/** One of the declared values, as radio buttons in a row. */
export const DeclaredRadioGroup = ({
  field,
  label,
  mt = 6,
  ...props
}: DeclaredGroupProps<string>) => (
  <Radio.Group {...props} label={label ?? field.label}>
    <Options field={field} mt={mt} Option={Radio} />
  </Radio.Group>
);

/** Any of the declared values, as checkboxes in a row. */
export const DeclaredCheckboxGroup = ({
  field,
  label,
  mt = 6,
  ...props
}: DeclaredGroupProps<string[]>) => (
  <Checkbox.Group {...props} label={label ?? field.label}>
    <Options field={field} mt={mt} Option={Checkbox} />
  </Checkbox.Group>
);

/** One of the declared values, as a select. */
export const DeclaredSelect = ({
  field,
  label,
  ...props
}: Omit<SelectProps, 'data' | 'label'> & { field: FieldDeclaration; label?: string }) => (
  <Select {...props} label={label ?? field.label} data={field.choices ?? []} />
);
