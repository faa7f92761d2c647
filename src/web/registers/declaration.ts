/**
 * What a register is, as `GET /api/v1/registers` describes it: names, fields
 * with their labels and allowed values, the filters and sort fields of its
 * list, and what its import reads. The web UI reads these words instead of
 * retyping them, so pages, exports and error messages say the same thing.
 */
import type { Schemas } from '../api/client.js';

export type RegisterKey =
  | 'ai-systems'
  | 'obligations'
  | 'context-issues'
  | 'interested-parties'
  | 'objectives'
  | 'documents'
  | 'organization-controls';

export type RegisterDeclaration = Schemas['RegisterDeclaration'];
export type FieldDeclaration = RegisterDeclaration['fields'][number];
export type FieldType = FieldDeclaration['type'];
export type FilterDeclaration = RegisterDeclaration['filters'][number];
export type FilterType = FilterDeclaration['type'];
export type SortDeclaration = RegisterDeclaration['sort'];
export type ImportColumn = RegisterDeclaration['transfer']['importColumns'][number];
export type Choice = NonNullable<FieldDeclaration['choices']>[number];

export interface RegistersResponse {
  readonly registers: readonly RegisterDeclaration[];
}

/** What the caller may do with a register as a whole, from a list response. */
export type ListAction = 'create' | 'import' | 'export';

/** The label of a declared choice, or the raw value when the declaration does not know it. */
export const choiceLabel = (choices: readonly Choice[] | null, value: string): string =>
  choices?.find((choice) => choice.value === value)?.label ?? value;

/**
 * A register's name inside a sentence: "obligations", but "AI systems" (a
 * word that starts with an abbreviation keeps its capitals).
 */
export const inSentence = (noun: string): string =>
  /^[A-Z][A-Z]/.test(noun) ? noun : noun.charAt(0).toLowerCase() + noun.slice(1);

/** The declared field, or a broken-invariant error naming it. */
export const fieldOf = (register: RegisterDeclaration, field: string): FieldDeclaration => {
  const found = register.fields.find((entry) => entry.field === field);
  if (!found) throw new Error(`Register ${register.key} declares no field ${field}`);
  return found;
};
