/** A register's declaration as the web UI reads it: labels and allowed values, never code. */
import type { RegisterTable } from '../../../services/registers/register-table.js';
import { sortLabel } from '../../../services/registers/register-table.js';

const choicesOf = (labels: Readonly<Record<string, string>> | undefined) =>
  labels ? Object.entries(labels).map(([value, label]) => ({ value, label })) : null;

export const presentRegister = (table: RegisterTable<never>) => ({
  key: table.key,
  one: table.one,
  many: table.many,
  path: table.key,
  fields: table.fields.map((field) => ({
    field: field.field,
    label: field.label,
    type: field.type,
    choices: choicesOf(field.choices),
    isRequired: field.isRequired ?? false,
  })),
  filters: table.filters.map((filter) => ({
    param: filter.param,
    label: filter.label,
    type: filter.type,
    choices: choicesOf(filter.choices),
  })),
  sort: {
    default: table.sort.default,
    fields: table.sort.fields.map((field) => ({ field, label: sortLabel(table, field) })),
  },
  transfer: {
    isImportable: table.import !== undefined,
    isExportable: true,
    importColumns: (table.import?.columns ?? []).map((column) => ({
      header: column.header,
      field: column.field,
      isRequired: column.required ?? false,
    })),
  },
});
