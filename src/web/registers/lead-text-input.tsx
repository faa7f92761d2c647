/**
 * The first field of a register's form: required text, focused when the
 * dialog opens, bound to one field of the form.
 */
import { TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import type { RegisterForm } from './register-form-modal.js';

interface LeadTextInputProps<Values extends Record<string, unknown>> extends Omit<
  TextInputProps,
  'form'
> {
  readonly form: RegisterForm<Values>;
  readonly field: keyof Values & string;
}

export const LeadTextInput = <Values extends Record<string, unknown>>({
  form,
  field,
  ...props
}: LeadTextInputProps<Values>) => (
  <TextInput withAsterisk data-autofocus {...props} {...form.getInputProps(field)} />
);
