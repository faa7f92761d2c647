/** Turning a label record into Select options, and a Select's strings back into its keys. */
/** Options for a Select or MultiSelect, in the order the labels are written. */
export const optionsOf = <Value extends string>(labels: Readonly<Record<Value, string>>) =>
  (Object.entries(labels) as [Value, string][]).map(([value, label]) => ({ value, label }));

/** Narrows a Select's string to one of the label keys, or null. */
export const oneOf = <Value extends string>(
  labels: Readonly<Record<Value, string>>,
  value: string | null | undefined,
): Value | null =>
  value !== null && value !== undefined && Object.hasOwn(labels, value) ? (value as Value) : null;

/** Narrows a MultiSelect's strings to label keys, dropping anything else. */
export const someOf = <Value extends string>(
  labels: Readonly<Record<Value, string>>,
  values: readonly string[],
): Value[] => values.filter((value): value is Value => Object.hasOwn(labels, value));
