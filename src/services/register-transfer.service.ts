/** Import and export of the registers as CSV or XLSX files, for every register declared. */
import { DomainError } from '../domain/errors.js';
import { calendarDateOf } from '../domain/validation.js';
import { aiSystemNamesById } from '../storage/ai-system.repository.js';
import type { Executor } from '../storage/database.js';
import { listMembers } from '../storage/organization.repository.js';
import { authorize } from './authorization.js';
import { actorUserId, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { REGISTER_TABLES, findRegisterTable } from './registers/index.js';
import type { ExportLookups, RegisterTable } from './registers/register-table.js';
import { runImport } from './tabular/import-runner.js';
import type { ImportRequest, ImportResult } from './tabular/import-runner.js';
import type { TableFormat } from './tabular/read-table.js';
import { writeTable } from './tabular/write-table.js';
import type { ExportFile } from './tabular/write-table.js';

const unknownRegister = (key: string, candidates: readonly RegisterTable<never>[]) =>
  new DomainError(
    'REGISTER_NOT_FOUND',
    'NotFound',
    `Unknown register "${key}"; use one of: ${candidates.map((table) => table.key).join(', ')}`,
    { register: key },
  );

/** The register with this key, or REGISTER_NOT_FOUND; with `importable`, only those that import. */
export const registerTableOf = (key: string, { importable = false } = {}) => {
  const table = findRegisterTable(key);
  if (!table || (importable && !table.import))
    throw unknownRegister(
      key,
      REGISTER_TABLES.filter((candidate) => !importable || candidate.import),
    );
  return table;
};

const lookupsOf = async (db: Executor, organizationId: string): Promise<ExportLookups> => {
  const emails = new Map((await listMembers(db, organizationId)).map((m) => [m.userId, m.email]));
  const names = await aiSystemNamesById(db, organizationId);
  return {
    emailOf: (userId) => (userId === null ? '' : (emails.get(userId) ?? '')),
    systemNameOf: (id) => names.get(id) ?? id,
  };
};

export const createRegisterTransferService = (deps: ServiceDeps) => ({
  /** Imports a file into a register: every row checked, all written or none. */
  importInto(
    actor: Actor,
    organizationId: string,
    key: string,
    request: ImportRequest,
  ): Promise<ImportResult> {
    const table = registerTableOf(key, { importable: true });
    const importer = table.import;
    if (!importer) throw unknownRegister(key, []);
    return runImport(deps, importer.create(deps, organizationId), request, actor, (db) =>
      authorize(db, actor, organizationId, table.policy.write),
    );
  },

  /** The whole register as a CSV or XLSX file. */
  async exportOf(
    actor: Actor,
    organizationId: string,
    key: string,
    format: TableFormat,
  ): Promise<ExportFile> {
    const table = registerTableOf(key);
    const db = reader(deps);
    const access = await authorize(db, actor, organizationId, table.policy.read);
    const today = calendarDateOf(deps.clock.now());
    const exporter = { userId: actorUserId(actor), roles: access.roles };
    const rows = await table.export.rows(db, organizationId, today, exporter);
    const columns = table.export.columns(await lookupsOf(db, organizationId));
    const sheet = {
      name: table.export.sheet ?? table.many,
      fileStem: table.export.fileStem ?? table.key,
      date: today,
    };
    return writeTable(format, sheet, columns, rows);
  },
});

export type RegisterTransferService = ReturnType<typeof createRegisterTransferService>;
