/**
 * What a register is, as `GET /api/v1/registers` describes it: names, fields
 * with their labels and allowed values, the filters and sort fields of its
 * list, and what its import reads. The web UI reads these words instead of
 * retyping them, so pages, exports and error messages say the same thing.
 */

export type RegisterKey =
  | 'ai-systems'
  | 'obligations'
  | 'context-issues'
  | 'interested-parties'
  | 'objectives'
  | 'documents';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export type FieldType =
  | 'text'
  | 'long_text'
  | 'choice'
  | 'choice_list'
  | 'date'
  | 'boolean'
  | 'number'
  | 'member'
  | 'ai_system_list'
  | 'text_list'
  | 'timestamp';

export interface FieldDeclaration {
  readonly field: string;
  readonly label: string;
  readonly type: FieldType;
  readonly choices: readonly Choice[] | null;
  readonly isRequired: boolean;
}

export type FilterType = 'choice' | 'boolean' | 'member' | 'ai_system';

export interface FilterDeclaration {
  /** The list route's query parameter. */
  readonly param: string;
  readonly label: string;
  readonly type: FilterType;
  readonly choices: readonly Choice[] | null;
}

export interface SortDeclaration {
  readonly default: string;
  readonly fields: readonly { readonly field: string; readonly label: string }[];
}

export interface ImportColumn {
  readonly header: string;
  readonly field: string;
  readonly isRequired: boolean;
}

export interface TransferDeclaration {
  readonly isImportable: boolean;
  readonly isExportable: boolean;
  readonly importColumns: readonly ImportColumn[];
}

export interface RegisterDeclaration {
  readonly key: RegisterKey;
  readonly one: string;
  readonly many: string;
  /** Under `/api/v1/orgs/{orgId}/`. */
  readonly path: string;
  readonly fields: readonly FieldDeclaration[];
  readonly filters: readonly FilterDeclaration[];
  readonly sort: SortDeclaration;
  readonly transfer: TransferDeclaration;
}

export interface RegistersResponse {
  readonly registers: readonly RegisterDeclaration[];
}

/** What the caller may do with a register as a whole, from a list response. */
export type ListAction = 'create' | 'import' | 'export';

/** The label of a declared choice, or the raw value when the declaration does not know it. */
export const choiceLabel = (choices: readonly Choice[] | null, value: string): string =>
  choices?.find((choice) => choice.value === value)?.label ?? value;

/** The declared field, or a broken-invariant error naming it. */
export const fieldOf = (register: RegisterDeclaration, field: string): FieldDeclaration => {
  const found = register.fields.find((entry) => entry.field === field);
  if (!found) throw new Error(`Register ${register.key} declares no field ${field}`);
  return found;
};
