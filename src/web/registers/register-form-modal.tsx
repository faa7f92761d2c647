/**
 * The dialog around a register's add or edit form: it holds the form's
 * values, sends the body they become, puts the API's objections
 * (`{code, details: [{field, reason}]}`) next to the fields they name and the
 * rest above the form, shows the save in progress, and closes once saved;
 * closed with typed input, it asks before discarding it (discard-guard.tsx).
 * Mount it only while open, so each opening starts from the current values.
 */
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { MantineSize } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { DiscardChangesPrompt, useDiscardGuard } from '../components/discard-guard.js';
import { applyApiError } from '../components/form-errors.js';
import { FormAlert } from '../components/form-alert.js';

/** A Mantine form over these values (its type is not exported under Node resolution). */
export type RegisterForm<Values extends Record<string, unknown>> = ReturnType<
  typeof useForm<Values>
>;
type FormValidate<Values extends Record<string, unknown>> = NonNullable<
  NonNullable<Parameters<typeof useForm<Values>>[0]>['validate']
>;

/** What a register's add-or-edit dialog is given: the record to change, or none to add one. */
export interface RecordFormProps<Row> {
  readonly orgId: string;
  readonly record?: Row | undefined;
  readonly onClose: () => void;
}

/** The part of a mutation the dialog uses (a TanStack `useMutation` result fits). */
export interface SaveMutation<Body, Saved> {
  readonly mutate: (
    body: Body,
    callbacks: { onSuccess: (saved: Saved) => void; onError: (error: unknown) => void },
  ) => void;
  readonly isPending: boolean;
  readonly reset: () => void;
}

export interface RegisterFormModalProps<Values extends Record<string, unknown>, Body, Saved> {
  readonly title: string;
  readonly submitLabel: string;
  readonly size?: MantineSize;
  readonly initialValues: Values;
  readonly validate?: FormValidate<Values>;
  /** The words an objection about a field starts with, by the API's field name. */
  readonly labels:
    | Readonly<Partial<Record<string, string>>>
    | ((values: Values) => Partial<Record<string, string>>);
  /** Where the form shows an objection the API makes about a part of a field (`aiSystemIds.2`). */
  readonly foldErrors?: (errors: Record<string, string>) => Record<string, string>;
  readonly bodyOf: (values: Values) => Body;
  readonly save: SaveMutation<Body, Saved>;
  /** After a save, before the dialog closes: say so, open the new record … */
  readonly onSaved: (saved: Saved, values: Values) => void;
  readonly onClose: () => void;
  readonly children: (form: RegisterForm<Values>) => ReactNode;
}

export const RegisterFormModal = <Values extends Record<string, unknown>, Body, Saved>(
  props: RegisterFormModalProps<Values, Body, Saved>,
) => {
  const form = useForm<Values>({
    initialValues: props.initialValues,
    ...(props.validate ? { validate: props.validate } : {}),
  });
  const [alert, setAlert] = useState<string | null>(null);
  const { save, foldErrors } = props;
  const close = () => {
    save.reset();
    props.onClose();
  };
  const guard = useDiscardGuard(() => form.isDirty(), close);
  const target = {
    setErrors: (errors: Record<string, string>) =>
      form.setErrors(foldErrors ? foldErrors(errors) : errors),
  };

  const submit = form.onSubmit((values) => {
    setAlert(null);
    save.mutate(props.bodyOf(values), {
      onSuccess: (saved) => {
        props.onSaved(saved, values);
        close();
      },
      onError: (error) => {
        const labels = typeof props.labels === 'function' ? props.labels(values) : props.labels;
        setAlert(applyApiError(target, error, labels));
      },
    });
  });

  return (
    <Modal opened onClose={guard.requestClose} title={props.title} size={props.size ?? 'lg'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={alert} />
          {props.children(form)}
          {guard.isAsking ? (
            <DiscardChangesPrompt guard={guard} />
          ) : (
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={guard.requestClose}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                {props.submitLabel}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Modal>
  );
};
