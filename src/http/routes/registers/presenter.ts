/** A register's declaration as the web UI reads it: labels and allowed values, never code. */
import type { RegisterTable } from '../../../services/registers/register-table.js';
import { sortLabel } from '../../../services/registers/register-table.js';

type Labels = Readonly<Record<string, string>>;

const choicesOf = (labels: Labels | undefined, groups?: Labels) =>
  labels
    ? Object.entries(labels).map(([value, label]) => {
        const group = groups?.[value];
        return group === undefined ? { value, label } : { value, label, group };
      })
    : null;

export const presentRegister = (table: RegisterTable<never>) => ({
  key: table.key,
  one: table.one,
  many: table.many,
  path: table.key,
  fields: table.fields.map((field) => ({
    field: field.field,
    label: field.label,
    type: field.type,
    choices: choicesOf(field.choices, field.choiceGroups),
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
