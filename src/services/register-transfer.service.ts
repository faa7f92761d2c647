/** Import and export of the registers as CSV or XLSX files, for every register declared. */
import { DomainError } from '../domain/errors.js';
import { calendarDateOf } from '../domain/validation.js';
import { aiSystemNamesById } from '../storage/ai-system.repository.js';
import type { Executor } from '../storage/database.js';
import { listMembers } from '../storage/organization.repository.js';
import { authorize } from './authorization.js';
import { actorLabel, actorUserId, now, reader } from './context.js';
import { MEMBER_EXPORT_COLUMNS, memberExportRows } from './member-export.js';
import { importTemplateOf } from './registers/import-template.js';
import type { Actor, ServiceDeps } from './context.js';
import { REGISTER_TABLES, findRegisterTable } from './registers/index.js';
import type { ExportLookups, RegisterTable } from './registers/register-table.js';
import { runImport } from './tabular/import-runner.js';
import type { ImportRequest, ImportResult } from './tabular/import-runner.js';
import type { TableFormat } from './tabular/read-table.js';
import { writeTable } from './tabular/write-table.js';
import type { ExportFile, ExportOrigin } from './tabular/write-table.js';

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

export const createRegisterTransferService = (deps: ServiceDeps) => {
  const originOf = (actor: Actor, organization: string, register: string): ExportOrigin => ({
    organization,
    register,
    exportedBy: actorLabel(actor),
    exportedAt: now(deps),
  });
  return {
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
      const lookups = await lookupsOf(db, organizationId);
      const columns = table.export.columns(lookups);
      const sheet = {
        name: table.export.sheet ?? table.many,
        fileStem: table.export.fileStem ?? table.key,
        date: today,
        origin: originOf(actor, access.organization.name, table.many),
        extraSheets: format === 'xlsx' ? (table.export.extraSheets?.(rows, lookups) ?? []) : [],
      };
      return writeTable(format, sheet, columns, rows);
    },

    /**
     * The blank file to fill in for an import: the columns and one example row
     * (CSV), plus a sheet of the allowed values of each column (XLSX).
     */
    async templateOf(
      actor: Actor,
      organizationId: string,
      key: string,
      format: TableFormat,
    ): Promise<ExportFile> {
      const table = registerTableOf(key, { importable: true });
      await authorize(reader(deps), actor, organizationId, table.policy.read);
      const columns = table.import?.columns ?? [];
      const template = importTemplateOf(table, columns, calendarDateOf(deps.clock.now()));
      const sheet = {
        name: table.many,
        fileStem: `${table.key}-import-template`,
        date: calendarDateOf(deps.clock.now()),
        extraSheets: [template.allowedValues],
      };
      return writeTable(
        format,
        sheet,
        template.headers.map((header, index) => ({
          header,
          width: 28,
          value: (row: typeof template.example) => row[index] ?? null,
        })),
        [template.example],
      );
    },

    /** The organization's members and open invitations, for its administrators. */
    async membersExport(
      actor: Actor,
      organizationId: string,
      format: TableFormat,
    ): Promise<ExportFile> {
      const db = reader(deps);
      const { organization } = await authorize(db, actor, organizationId, 'members.manage');
      const rows = await memberExportRows(db, organizationId, now(deps));
      const sheet = {
        name: 'Members',
        fileStem: 'members',
        date: calendarDateOf(deps.clock.now()),
        origin: originOf(actor, organization.name, 'Members'),
      };
      return writeTable(format, sheet, MEMBER_EXPORT_COLUMNS, rows);
    },
  };
};

export type RegisterTransferService = ReturnType<typeof createRegisterTransferService>;
