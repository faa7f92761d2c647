/**
 * Enumerations declared once, as their labels: the allowed values are the
 * label keys, in the order they are declared (none are numeric, so the
 * order holds). The labels stay known for the values, so a refusal can name
 * them as a person reads them, and text a person types — the label, the
 * label without its note in brackets, its first words, a common synonym,
 * with any case or accents — finds its value when it finds only one.
 */

type Labels = Readonly<Record<string, string>>;

const labelsOfValues = new WeakMap<readonly string[], Labels>();
/** The same, by the values themselves, for a copy of the list (a schema's enumeration). */
const declaredByKey = new Map<string, readonly string[]>();
const keyOf = (values: readonly string[]) => values.join('\u0000');

export const valuesOf = <K extends string>(labels: Readonly<Record<K, string>>) => {
  const values = Object.keys(labels) as [K, ...K[]];
  labelsOfValues.set(values, labels);
  if (!declaredByKey.has(keyOf(values))) declaredByKey.set(keyOf(values), values);
  return values;
};

/** The declared list (which knows its labels) with exactly these values, if any. */
export const valuesWithLabels = (values: readonly string[]): readonly string[] | undefined =>
  labelsOfValues.has(values) ? values : declaredByKey.get(keyOf(values));

/** The labels declared for these allowed values, if they came from valuesOf. */
export const labelsOf = (values: readonly string[]): Labels | undefined =>
  labelsOfValues.get(values);

/**
 * Names people commonly use for a value, by its identifier; a synonym only
 * counts among the allowed values of the field at hand.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  prohibited: ['unacceptable', 'unacceptable risk', 'prohibited'],
  high_risk: ['high', 'high risk'],
  minimal: ['minimal', 'low', 'low risk', 'no risk'],
  none: ['none', 'no personal data', 'non-personal', 'anonymous'],
  personal: ['personal', 'pii', 'personal information'],
  special_category: ['special category', 'sensitive', 'sensitive personal data'],
  ai_customer: ['ai user', 'user', 'customer'],
  fully_automated: ['automated', 'autonomous'],
  at_least: ['higher', 'at least', 'more is better'],
  at_most: ['lower', 'at most', 'less is better'],
};

/** Lower case, accents and punctuation gone, words kept apart by one space. */
const wordsOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const withoutNote = (label: string) => label.replace(/\s*\([^)]*\)\s*$/, '');

export type LabelMatch =
  | { readonly kind: 'found'; readonly value: string }
  | { readonly kind: 'ambiguous'; readonly values: readonly string[] }
  | { readonly kind: 'unknown' };

/**
 * The allowed value a person's text stands for: exactly its identifier or a
 * name of it first, else the labels it begins (whole words), else nothing or
 * several.
 */
export const matchLabelled = (allowed: readonly string[], text: string): LabelMatch => {
  if (allowed.includes(text)) return { kind: 'found', value: text };
  const typed = wordsOf(text);
  if (typed === '') return { kind: 'unknown' };
  const labels = labelsOf(allowed);
  // Values declared without labels are identifiers a program writes: only the exact one counts.
  if (!labels) return { kind: 'unknown' };
  const namesOf = (value: string) =>
    [value, labels[value] ?? '', withoutNote(labels[value] ?? ''), ...(SYNONYMS[value] ?? [])]
      .map(wordsOf)
      .filter((name) => name !== '');
  const exact = allowed.filter((value) => namesOf(value).includes(typed));
  const found = (values: readonly string[]): LabelMatch | undefined =>
    values.length === 1
      ? { kind: 'found', value: values[0] as string }
      : values.length > 1
        ? { kind: 'ambiguous', values }
        : undefined;
  const begun = allowed.filter((value) =>
    namesOf(value).some((name) => `${name} `.startsWith(`${typed} `)),
  );
  return found(exact) ?? found(begun) ?? { kind: 'unknown' };
};

/** The allowed values as a person reads them: their labels, else the identifiers. */
export const describeAllowed = (
  allowed: readonly string[],
  values = allowed,
  separator = ', ',
): string => {
  const labels = labelsOf(allowed);
  return values.map((value) => labels?.[value] ?? value).join(separator);
};

/** A label without its explanation in brackets: "Modify (change the likelihood …)" → "Modify". */
export const shortLabel = (label: string): string => label.split(' (')[0] ?? label;
