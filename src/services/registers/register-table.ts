/**
 * One declaration per register: its names, the fields a person sees (with
 * labels and allowed values), its filters and sort fields, who may do what,
 * and how it travels as a spreadsheet. The HTTP routes, the CLI and the web
 * UI (through GET /api/v1/registers) all read it, so screens, exports and
 * error messages use the same words.
 */
import type { Role } from '../../domain/access/roles.js';
import type { RegisterPolicy } from '../../domain/register/register-actions.js';
import type { Executor } from '../../storage/database.js';
import type { ServiceDeps } from '../context.js';
import type { ImportColumn } from '../tabular/import-columns.js';
import type { RegisterImport } from '../tabular/import-runner.js';
import type { ExportColumn, ExtraSheet } from '../tabular/write-table.js';

export const FIELD_TYPES = [
  'text',
  'long_text',
  'choice',
  'choice_list',
  'date',
  'boolean',
  'number',
  'member',
  'ai_system_list',
  'text_list',
  'timestamp',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FILTER_TYPES = ['choice', 'boolean', 'member', 'ai_system'] as const;
export type FilterType = (typeof FILTER_TYPES)[number];

type Labels = Readonly<Record<string, string>>;

export interface RegisterField {
  readonly field: string;
  readonly label: string;
  readonly type: FieldType;
  /** Allowed values and their labels, for choice fields. */
  readonly choices?: Labels;
  /** For choices that fall under another field's choices: each value's group (that field's value). */
  readonly choiceGroups?: Labels;
  readonly isRequired?: boolean;
}

export interface RegisterFilter {
  /** The list query parameter. */
  readonly param: string;
  readonly label: string;
  readonly type: FilterType;
  readonly choices?: Labels;
}

/** What an export's columns may look up: members' e-mails and AI systems' names. */
export interface ExportLookups {
  readonly emailOf: (userId: string | null) => string;
  readonly systemNameOf: (id: string) => string;
}

/** Who exports: registers with per-record read access (documents) export only what they may read. */
export interface ExportReader {
  readonly userId: string | null;
  readonly roles: readonly Role[];
}

export interface RegisterExport<T> {
  /** The sheet's name when it is not the register's plural name. */
  readonly sheet?: string;
  /** The file name's stem when it is not the register's key. */
  readonly fileStem?: string;
  /** Every row of the organization the reader may see, in the register's default order. */
  readonly rows: (
    db: Executor,
    organizationId: string,
    today: string,
    reader: ExportReader,
  ) => Promise<readonly T[]>;
  readonly columns: (lookups: ExportLookups) => readonly ExportColumn<T>[];
  /** Further sheets of the XLSX workbook drawn from the same rows, such as each row's history. */
  readonly extraSheets?: (rows: readonly T[], lookups: ExportLookups) => readonly ExtraSheet[];
}

export interface RegisterTransferImport {
  readonly columns: readonly ImportColumn[];
  readonly create: (
    deps: ServiceDeps,
    organizationId: string,
  ) => RegisterImport<{ id: string; organizationId: string }>;
}

export interface RegisterTable<T = never> {
  /** The path under /api/v1/orgs/{orgId}/ and the CLI's register name, such as "obligations". */
  readonly key: string;
  readonly one: string;
  readonly many: string;
  readonly policy: RegisterPolicy;
  readonly fields: readonly RegisterField[];
  readonly filters: readonly RegisterFilter[];
  readonly sort: { readonly default: string; readonly fields: readonly string[] };
  readonly export: RegisterExport<T>;
  readonly import?: RegisterTransferImport;
}

/** Declares a register; the type parameter ties its export columns to its rows. */
export const defineRegister = <T>(table: RegisterTable<T>): RegisterTable<T> => table;

/** The label of a sortable field: the field's own label, else a name for the timestamps. */
export const sortLabel = (table: Pick<RegisterTable, 'fields'>, field: string): string =>
  table.fields.find((candidate) => candidate.field === field)?.label ??
  ({ createdAt: 'Created', updatedAt: 'Last changed' } as Labels)[field] ??
  field;
