/** Import and export of the pre-work registers as CSV or XLSX files. */
import { calendarDateOf } from '../domain/validation.js';
import { listAiSystems } from '../storage/ai-system.repository.js';
import { listContextIssues, listInterestedParties } from '../storage/context.repository.js';
import { listObjectives, measurementsOf } from '../storage/objective.repository.js';
import { listObligations } from '../storage/obligation.repository.js';
import { objectiveProgress } from '../domain/objective/objective.js';
import { listMembers } from '../storage/organization.repository.js';
import { authorize } from './authorization.js';
import { reader, type Actor, type ServiceDeps } from './context.js';
import { aiSystemImport } from './registers/ai-system-import.js';
import { aiSystemExportColumns } from './registers/ai-system-table.js';
import {
  contextIssueExportColumns,
  interestedPartyExportColumns,
  objectiveExportColumns,
} from './registers/context-tables.js';
import { obligationImport } from './registers/obligation-import.js';
import { obligationExportColumns } from './registers/obligation-table.js';
import { runImport, type ImportRequest, type ImportResult } from './tabular/import-runner.js';
import type { TableFormat } from './tabular/read-table.js';
import { writeTable, type ExportFile } from './tabular/write-table.js';

const EVERYTHING = 1_000_000;

export const createRegisterTransferService = (deps: ServiceDeps) => {
  const emailsOf = async (organizationId: string) => {
    const emails = new Map(
      (await listMembers(reader(deps), organizationId)).map((m) => [m.userId, m.email]),
    );
    return (userId: string | null) => (userId === null ? '' : (emails.get(userId) ?? ''));
  };
  const today = () => calendarDateOf(deps.clock.now());
  const allAiSystems = async (organizationId: string) =>
    (
      await listAiSystems(reader(deps), {
        organizationId,
        sort: 'name',
        direction: 'asc',
        offset: 0,
        limit: EVERYTHING,
      })
    ).items;

  return {
    /** Imports AI systems: every row checked, all written or none. */
    importAiSystems(
      actor: Actor,
      organizationId: string,
      request: ImportRequest,
    ): Promise<ImportResult> {
      return runImport(deps, aiSystemImport(deps, organizationId), request, actor, (db) =>
        authorize(db, actor, organizationId, 'ai_system.write'),
      );
    },

    async exportAiSystems(
      actor: Actor,
      organizationId: string,
      format: TableFormat,
    ): Promise<ExportFile> {
      await authorize(reader(deps), actor, organizationId, 'ai_system.read');
      const items = await allAiSystems(organizationId);
      const columns = aiSystemExportColumns(await emailsOf(organizationId));
      return writeTable(
        format,
        { name: 'AI systems', fileStem: 'ai-systems', date: today() },
        columns,
        items,
      );
    },

    /** Imports obligations: every row checked, all written or none. */
    importObligations(actor: Actor, organizationId: string, request: ImportRequest) {
      return runImport(deps, obligationImport(deps, organizationId), request, actor, (db) =>
        authorize(db, actor, organizationId, 'aims.write'),
      );
    },

    async exportObligations(actor: Actor, organizationId: string, format: TableFormat) {
      await authorize(reader(deps), actor, organizationId, 'aims.read');
      const { items } = await listObligations(reader(deps), {
        organizationId,
        today: today(),
        sort: 'source',
        direction: 'asc',
        offset: 0,
        limit: EVERYTHING,
      });
      const names = new Map((await allAiSystems(organizationId)).map((s) => [s.id, s.name]));
      const columns = obligationExportColumns(
        await emailsOf(organizationId),
        (id) => names.get(id) ?? id,
      );
      const register = { name: 'Obligations', fileStem: 'obligations', date: today() };
      return writeTable(format, register, columns, items);
    },

    async exportContextIssues(actor: Actor, organizationId: string, format: TableFormat) {
      await authorize(reader(deps), actor, organizationId, 'aims.read');
      const query = { organizationId, offset: 0, limit: EVERYTHING };
      const { items } = await listContextIssues(reader(deps), query);
      const register = { name: 'Context issues', fileStem: 'context-issues', date: today() };
      return writeTable(format, register, contextIssueExportColumns, items);
    },

    async exportInterestedParties(actor: Actor, organizationId: string, format: TableFormat) {
      await authorize(reader(deps), actor, organizationId, 'aims.read');
      const query = { organizationId, offset: 0, limit: EVERYTHING };
      const { items } = await listInterestedParties(reader(deps), query);
      const register = {
        name: 'Interested parties',
        fileStem: 'interested-parties',
        date: today(),
      };
      return writeTable(format, register, interestedPartyExportColumns, items);
    },

    async exportObjectives(actor: Actor, organizationId: string, format: TableFormat) {
      await authorize(reader(deps), actor, organizationId, 'aims.read');
      const objectives = await listObjectives(reader(deps), organizationId);
      const ids = objectives.map((objective) => objective.id);
      const measurements = await measurementsOf(reader(deps), organizationId, ids);
      const rows = objectives.map((objective) => {
        const taken = measurements.get(objective.id) ?? [];
        return {
          ...objective,
          measurements: taken,
          progress: objectiveProgress(objective, taken, today()),
        };
      });
      const columns = objectiveExportColumns(await emailsOf(organizationId));
      const register = { name: 'AI objectives', fileStem: 'ai-objectives', date: today() };
      return writeTable(format, register, columns, rows);
    },
  };
};

export type RegisterTransferService = ReturnType<typeof createRegisterTransferService>;
