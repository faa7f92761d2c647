/** Importing obligations: AI systems named as in the inventory, owners by email. */
import type { FieldIssue } from '../../domain/errors.js';
import { validateObligation } from '../../domain/obligation/obligation.js';
import type { Obligation, ObligationInput } from '../../domain/obligation/obligation.js';
import { aiSystemNames } from '../../storage/ai-system.repository.js';
import { insertObligations } from '../../storage/obligation.repository.js';
import { now } from '../context.js';
import type { ServiceDeps } from '../context.js';
import type { RegisterImport } from '../tabular/import-runner.js';
import { importedRow, memberIdsByEmail, ownerByEmail } from './import-rows.js';
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
    return (row) => {
      const {
        ownerEmail,
        aiSystemNames: names = [],
        ...values
      } = row.values as Record<string, unknown> & {
        ownerEmail?: string;
        aiSystemNames?: string[];
      };
      const issues: FieldIssue[] = [];
      const ownerUserId = ownerByEmail(members, ownerEmail, issues);
      const aiSystemIds = names.flatMap((name) => {
        const id = systems.get(name.toLowerCase());
        if (id === undefined)
          issues.push({
            field: 'aiSystemNames',
            reason: `"${name}" is not in the AI system inventory`,
          });
        return id === undefined ? [] : [id];
      });
      const { details, issues: ruleIssues } = validateObligation({
        ...(values as unknown as ObligationInput),
        aiSystemIds,
        ownerUserId,
      });
      issues.push(...ruleIssues);
      return importedRow(deps, organizationId, at, details, issues);
    };
  },

  entityType: 'obligation',
  table: 'obligation',
  insert: insertObligations,
});
