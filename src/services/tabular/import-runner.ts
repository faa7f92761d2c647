/**
 * The all-or-nothing import of a register: read the file, check every row
 * (reporting each problem with its line), and write all rows in one
 * transaction — or none when any row is bad.
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
import { readTable } from './read-table.js';
import type { TableContent, TableFormat } from './read-table.js';

export interface ImportRequest {
  /** The file, whole or as it arrives; it is read only once the caller may import. */
  readonly content: TableContent;
  readonly fileName?: string;
  readonly dryRun: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  readonly format: TableFormat;
  readonly rowCount: number;
  readonly created: number;
  readonly dryRun: boolean;
  readonly errors: ImportError[];
  /** The first rows as read, for a person to check before confirming. */
  readonly preview: Record<string, unknown>[];
}

export interface RegisterImport<T> {
  readonly columns: readonly ImportColumn[];
  readonly ignoredHeaders?: readonly string[];
  /** Prepares look-ups (existing names, members) once per import. */
  prepare(
    db: Executor,
  ): Promise<(row: ParsedRow) => { record: T | undefined; issues: FieldIssue[] }>;
  /** The audit-trail entity type of an imported record, e.g. `ai_system`. */
  readonly entityType: string;
  /** The table the records go to. */
  readonly table: keyof DB;
  /** Inserts every record inside the import's transaction. */
  insert(trx: Executor, records: readonly T[]): Promise<void>;
}

export const PREVIEW_ROWS = 20;

export const runImport = async <T extends { id: string; organizationId: string }>(
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
    const { rows, errors } = parseRows(table, register.columns, register.ignoredHeaders);
    const checkRow = await register.prepare(db);
    const records: T[] = [];
    rows.forEach((row, index) => {
      const { record, issues } = checkRow(row);
      errors.push(...issues.map((issue) => ({ line: row.line, ...issue })));
      if (record !== undefined) records.push(record);
      request.onProgress?.(index + 1, rows.length);
    });
    const result: ImportResult = {
      format,
      rowCount: table.rows.length,
      created: 0,
      dryRun: request.dryRun,
      errors: errors.sort((a, b) => a.line - b.line),
      preview: rows.slice(0, PREVIEW_ROWS).map((row) => ({ line: row.line, ...row.values })),
    };
    return { result, records };
  };

  if (request.dryRun) return (await check(reader(deps))).result;
  const imported = await inTransaction(deps, async (trx) => {
    const { result, records } = await check(trx);
    if (result.errors.length > 0) {
      throw new DomainError(
        'IMPORT_INVALID',
        'Invalid',
        `${result.errors.length} problem(s) in the file; nothing was imported`,
        {
          errors: result.errors,
          rowCount: result.rowCount,
        },
      );
    }
    await register.insert(trx, records);
    await recordChanges(
      trx,
      deps,
      actor,
      records.map((record) => ({
        organizationId: record.organizationId,
        action: `${register.entityType}.imported`,
        entityType: register.entityType,
        entityId: record.id,
        after: record,
      })),
    );
    return { ...result, created: records.length };
  });
  if (imported.created >= ANALYZE_AFTER_ROWS) {
    await refreshPlannerStatistics(reader(deps), deps.database.kind, register.table);
  }
  return imported;
};
