/**
 * The words the API's objections about a form start with, from the
 * register's declaration, and where the form shows objections about one item
 * of a list field. Pure, so the add and edit dialogs of every register share it.
 */
import type { Choice, FieldDeclaration } from './declaration.js';

/** Each declared field's label, by field name. */
export const fieldLabelsOf = (
  register: { readonly fields: readonly Pick<FieldDeclaration, 'field' | 'label'>[] },
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> => ({
  ...Object.fromEntries(register.fields.map((field) => [field.field, field.label])),
  ...overrides,
});

/**
 * Labels for the rows of a list field: `requirements.1.how` → "How", or with
 * a function of the row's number, `thirdPartyComponents.0.supplier` →
 * "Supplier of component 1".
 */
export const withRowLabels = (
  labels: Readonly<Record<string, string>>,
  field: string,
  rowCount: number,
  partLabels: Readonly<Record<string, string | ((row: number) => string)>>,
): Record<string, string> => {
  const all: Record<string, string> = { ...labels };
  for (let index = 0; index < rowCount; index += 1) {
    for (const [part, label] of Object.entries(partLabels)) {
      all[`${field}.${index}.${part}`] = typeof label === 'function' ? label(index + 1) : label;
    }
  }
  return all;
};

/** Labels for the items of a list field named as a whole: `aiSystemIds.2` → "AI systems". */
export const withItemLabels = (
  labels: Readonly<Record<string, string>>,
  field: string,
  itemCount: number,
): Record<string, string> => {
  const all: Record<string, string> = { ...labels };
  const label = labels[field] ?? field;
  for (let index = 0; index < itemCount; index += 1) all[`${field}.${index}`] = label;
  return all;
};

/**
 * Objections about one item of a list field (`aiSystemIds.2`) moved under the
 * field as a whole, joined when there are several.
 */
export const foldItemErrors =
  (fields: readonly string[]) =>
  (errors: Readonly<Record<string, string>>): Record<string, string> => {
    const folded: Record<string, string> = {};
    for (const [key, message] of Object.entries(errors)) {
      const head = key.split('.')[0] ?? key;
      const field = fields.includes(head) && /^[^.]+\.\d+$/.test(key) ? head : key;
      folded[field] = folded[field] === undefined ? message : `${folded[field]}; ${message}`;
    }
    return folded;
  };

/** The declared choice with this value, narrowed to the API's own type, or null. */
export const declaredChoice = <Value extends string>(
  choices: readonly Choice[] | null,
  value: string | null | undefined,
): Value | null =>
  value !== null && value !== undefined && (choices ?? []).some((choice) => choice.value === value)
    ? (value as Value)
    : null;

/** The declared choices among these values, narrowed to the API's own type. */
export const declaredChoices = <Value extends string>(
  choices: readonly Choice[] | null,
  values: readonly string[],
): Value[] =>
  values.filter((value): value is Value =>
    (choices ?? []).some((choice) => choice.value === value),
  );
