/**
 * The all-or-nothing import of a register: read the file, check every row
 * (reporting each problem with its line), and write all rows in one
 * transaction — or none when any row is bad. A row with an Id changes that
 * record of the organization; a row without one adds a record; a row whose
 * values equal the stored ones writes nothing.
 */
import { DomainError } from '../../domain/errors.js';
import type { FieldIssue } from '../../domain/errors.js';
import type { Executor } from '../../storage/database.js';
import { recordChanges } from '../audit-trail.js';
import { inTransaction, reader } from '../context.js';
import { ANALYZE_AFTER_ROWS, refreshPlannerStatistics } from '../../storage/planner-statistics.js';
import type { DB } from '../../storage/schema.js';
import type { Actor, ServiceDeps } from '../context.js';
import { parseRows } from './import-columns.js';
import type { ImportColumn, ImportError, ParsedRow } from './import-columns.js';
import { changedFields, matchRowsToRecords } from './import-matching.js';
import type { ImportOutcome, StoredRecord } from './import-matching.js';
import { readTable } from './read-table.js';
import type { TableContent, TableFormat } from './read-table.js';

export type { ImportOutcome } from './import-matching.js';

export interface ImportRequest {
  /** The file, whole or as it arrives; it is read only once the caller may import. */
  readonly content: TableContent;
  readonly fileName?: string;
  readonly dryRun: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

/** How many rows of the file add, change or leave alone a record. */
export type ImportCounts = Readonly<Record<ImportOutcome, number>>;

export interface ImportResult {
  readonly format: TableFormat;
  readonly rowCount: number;
  /** Records written: none on a dry run. */
  readonly created: number;
  readonly updated: number;
  /** What the file does, row by row (on a dry run, what it would do). */
  readonly counts: ImportCounts;
  readonly dryRun: boolean;
  readonly errors: ImportError[];
  /** The first rows as read, each with its outcome and changed fields, to check before confirming. */
  readonly preview: Record<string, unknown>[];
}

/**
 * A checked row: the record it makes (none when it has problems) and its
 * problems. Declared as a method so that every register's import fits the
 * list of registers, whatever its record type.
 */
export type RowCheck<T> = {
  check(row: ParsedRow, stored: T | undefined): { record: T | undefined; issues: FieldIssue[] };
}['check'];

export interface RegisterImport<T> {
  readonly columns: readonly ImportColumn[];
  readonly ignoredHeaders?: readonly string[];
  /** Prepares look-ups (existing names, members) once per import. */
  prepare(db: Executor): Promise<RowCheck<T>>;
  /** Every record of the organization, which rows with an Id may change. */
  stored(db: Executor): Promise<readonly T[]>;
  /** The audit-trail entity type of an imported record, e.g. `ai_system`. */
  readonly entityType: string;
  /** The table the records go to. */
  readonly table: keyof DB;
  /** Inserts every new record inside the import's transaction. */
  insert(trx: Executor, records: readonly T[]): Promise<void>;
  /** Saves one changed record inside the import's transaction. */
  save(trx: Executor, record: T): Promise<void>;
}

export const PREVIEW_ROWS = 20;

/** The Id column every export writes: it ties a row to the record it came from. */
const ID_COLUMN: ImportColumn = {
  header: 'Id',
  field: 'id',
  read: (text) => (text === '' ? undefined : text),
};

interface CheckedRow<T> {
  readonly outcome: ImportOutcome;
  readonly record: T;
  readonly before?: T;
}

const problemsFound = (result: ImportResult) =>
  new DomainError(
    'IMPORT_INVALID',
    'Invalid',
    `${result.errors.length} problem(s) in the file; nothing was imported`,
    { errors: result.errors, rowCount: result.rowCount },
  );

export const runImport = async <T extends StoredRecord>(
  deps: ServiceDeps,
  register: RegisterImport<T>,
  request: ImportRequest,
  actor: Actor,
  authorizeWrite: (db: Executor) => Promise<unknown>,
): Promise<ImportResult> => {
  // Someone who may not import gets no file read on their behalf.
  await authorizeWrite(reader(deps));
  const { format, table } = await readTable(request.content, request.fileName);
  const check = async (db: Executor) => {
    await authorizeWrite(db);
    const { rows, errors } = parseRows(
      table,
      [ID_COLUMN, ...register.columns],
      register.ignoredHeaders,
      ID_COLUMN.field,
    );
    const checkRow = await register.prepare(db);
    const matched = matchRowsToRecords(rows, await register.stored(db));
    errors.push(...matched.errors);
    const checked: CheckedRow<T>[] = [];
    const counts = { new: 0, changed: 0, unchanged: 0 };
    const preview: Record<string, unknown>[] = [];
    rows.forEach((row, index) => {
      const before = matched.storedOf(row);
      const { record, issues } = checkRow(row, before);
      errors.push(...issues.map((issue) => ({ line: row.line, ...issue })));
      const changes = record && before ? changedFields(before, record) : [];
      const outcome: ImportOutcome = !before ? 'new' : changes.length > 0 ? 'changed' : 'unchanged';
      if (record !== undefined && !matched.isRefused(row)) {
        counts[outcome] += 1;
        checked.push(before ? { outcome, record, before } : { outcome, record });
      }
      if (preview.length < PREVIEW_ROWS) {
        preview.push({ line: row.line, outcome, changes, ...row.values });
      }
      request.onProgress?.(index + 1, rows.length);
    });
    const result: ImportResult = {
      format,
      rowCount: table.rows.length,
      created: 0,
      updated: 0,
      counts,
      dryRun: request.dryRun,
      errors: errors.sort((a, b) => a.line - b.line),
      preview,
    };
    return { result, checked };
  };

  if (request.dryRun) return (await check(reader(deps))).result;
  const imported = await inTransaction(deps, async (trx) => {
    const { result, checked } = await check(trx);
    if (result.errors.length > 0) throw problemsFound(result);
    const added = checked.filter((row) => row.outcome === 'new').map((row) => row.record);
    const changed = checked.filter((row) => row.outcome === 'changed');
    await register.insert(trx, added);
    for (const row of changed) await register.save(trx, row.record);
    await recordChanges(trx, deps, actor, [
      ...added.map((record) => ({
        organizationId: record.organizationId,
        action: `${register.entityType}.imported`,
        entityType: register.entityType,
        entityId: record.id,
        after: record,
      })),
      ...changed.map(({ record, before }) => ({
        organizationId: record.organizationId,
        action: `${register.entityType}.updated`,
        entityType: register.entityType,
        entityId: record.id,
        before,
        after: record,
      })),
    ]);
    return { ...result, created: added.length, updated: changed.length };
  });
  if (imported.created + imported.updated >= ANALYZE_AFTER_ROWS) {
    await refreshPlannerStatistics(reader(deps), deps.database.kind, register.table);
  }
  return imported;
};
