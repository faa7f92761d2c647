/**
 * What the import wizard needs to know about each importable register: its
 * name, the columns the file may have (as the import documentation lists
 * them), how to name a field in a problem ("Life-cycle stage"), and which
 * values the preview shows.
 */
import type { QueryKey } from '@tanstack/react-query';
import { inSentence } from '../registers/declaration.js';
import type { RegisterDeclaration } from '../registers/declaration.js';
import { registerKeys } from '../registers/register-queries.js';
import type { ImportRegisterPath } from './import-upload.js';

export interface ImportColumnHint {
  /** The field the API names in its problems. */
  readonly field: string;
  /** The column header in the file. */
  readonly header: string;
  readonly isRequired?: boolean;
}

export interface ImportRegister {
  readonly path: ImportRegisterPath;
  /** "AI system" / "AI systems". */
  readonly one: string;
  readonly many: string;
  readonly columns: readonly ImportColumnHint[];
  /** Other field names the API may use in a problem, and the column they belong to. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Fields shown in the preview table, in order. */
  readonly previewFields: readonly string[];
  /** Display names of choice values, per field. */
  readonly valueLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Queries to refresh after an import. */
  readonly queryKeys: (orgId: string) => readonly QueryKey[];
}

/** What a page adds to its register's declaration for the import wizard. */
export interface ImportExtras {
  readonly aliases?: Readonly<Record<string, string>>;
  readonly previewFields: readonly string[];
}

/** The import wizard's view of a register: names, columns and value labels from its declaration. */
export const importRegisterOf = (
  register: RegisterDeclaration,
  extras: ImportExtras,
): ImportRegister => ({
  path: register.path as ImportRegisterPath,
  one: inSentence(register.one),
  many: inSentence(register.many),
  columns: register.transfer.importColumns,
  ...(extras.aliases ? { aliases: extras.aliases } : {}),
  previewFields: extras.previewFields,
  valueLabels: Object.fromEntries(
    register.fields.flatMap((field) =>
      field.choices === null
        ? []
        : [[field.field, Object.fromEntries(field.choices.map((c) => [c.value, c.label]))]],
    ),
  ),
  queryKeys: (orgId) => [registerKeys.all(orgId, register.path), ['orgs', orgId, 'audit-log']],
});

/**
 * The column a problem is about: "lifecycleStage" → "Life-cycle stage",
 * "thirdPartyComponents.0.supplier" → "Third-party components". Problems on
 * line 1 name the file's own header, which is shown as it is.
 */
export const columnLabel = (register: ImportRegister, field: string): string => {
  const head = field.split('.')[0] ?? field;
  for (const name of [field, head]) {
    const column = register.columns.find((entry) => entry.field === name);
    if (column) return column.header;
    const alias = register.aliases?.[name];
    if (alias !== undefined) return alias;
  }
  return field;
};
