/** Importing obligations: AI systems named as in the inventory, owners by email, rows with an Id change that obligation. */
import type { FieldIssue } from '../../domain/errors.js';
import { validateObligation } from '../../domain/obligation/obligation.js';
import type { Obligation, ObligationInput } from '../../domain/obligation/obligation.js';
import { aiSystemNames } from '../../storage/ai-system.repository.js';
import {
  insertObligations,
  listObligations,
  updateObligation,
} from '../../storage/obligation.repository.js';
import { calendarDateOf } from '../../domain/validation.js';
import { now } from '../context.js';
import type { ServiceDeps } from '../context.js';
import type { RegisterImport } from '../tabular/import-runner.js';
import { importedRow, keptValues, memberIdsByEmail, ownerOfRow } from './import-rows.js';
import { OBLIGATION_EXPORT_ONLY, OBLIGATION_IMPORT_COLUMNS } from './obligation-table.js';

export const obligationImport = (
  deps: ServiceDeps,
  organizationId: string,
): RegisterImport<Obligation> => ({
  columns: OBLIGATION_IMPORT_COLUMNS,
  ignoredHeaders: OBLIGATION_EXPORT_ONLY,

  async prepare(db) {
    const members = await memberIdsByEmail(db, organizationId);
    const systems = await aiSystemNames(db, organizationId);
    const at = now(deps);
    const systemIdsOf = (names: readonly string[], issues: FieldIssue[]) =>
      names.flatMap((name) => {
        const id = systems.get(name.toLowerCase());
        if (id === undefined)
          issues.push({
            field: 'aiSystemNames',
            reason: `"${name}" is not in the AI system inventory`,
          });
        return id === undefined ? [] : [id];
      });
    return (row, stored) => {
      const { aiSystemNames: names = [], ...values } = row.values as Record<string, unknown> & {
        aiSystemNames?: string[];
      };
      const issues: FieldIssue[] = [];
      const ownerUserId = ownerOfRow(members, row, stored, issues);
      const aiSystemIds =
        row.present.has('aiSystemNames') || !stored
          ? systemIdsOf(names, issues)
          : stored.aiSystemIds;
      const { details, issues: ruleIssues } = validateObligation({
        ...(keptValues(OBLIGATION_IMPORT_COLUMNS, row, stored) as Partial<ObligationInput>),
        ...(values as unknown as ObligationInput),
        aiSystemIds,
        ownerUserId,
      });
      issues.push(...ruleIssues);
      return importedRow(deps, organizationId, at, details, issues, stored);
    };
  },

  stored: async (db) =>
    (
      await listObligations(db, {
        organizationId,
        today: calendarDateOf(deps.clock.now()),
        sort: 'source',
        direction: 'asc',
        offset: 0,
        limit: Number.MAX_SAFE_INTEGER,
      })
    ).items,
  entityType: 'obligation',
  table: 'obligation',
  insert: insertObligations,
  save: updateObligation,
});
