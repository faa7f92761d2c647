/** Importing AI systems: rows add or change inventory entries, checked by the same rules as the form. */
import { validateAiSystem } from '../../domain/ai-system/ai-system.js';
import type { AiSystem, AiSystemInput } from '../../domain/ai-system/ai-system.js';
import type { FieldIssue } from '../../domain/errors.js';
import {
  aiSystemNames,
  insertAiSystems,
  listAiSystems,
  updateAiSystem,
} from '../../storage/ai-system.repository.js';
import { now } from '../context.js';
import type { ServiceDeps } from '../context.js';
import type { RegisterImport } from '../tabular/import-runner.js';
import { importedRow, keptValues, memberIdsByEmail, ownerOfRow } from './import-rows.js';
import { AI_SYSTEM_EXPORT_ONLY, AI_SYSTEM_IMPORT_COLUMNS } from './ai-system-table.js';

export const aiSystemImport = (
  deps: ServiceDeps,
  organizationId: string,
): RegisterImport<AiSystem> => ({
  columns: AI_SYSTEM_IMPORT_COLUMNS,
  ignoredHeaders: AI_SYSTEM_EXPORT_ONLY,

  async prepare(db) {
    const members = await memberIdsByEmail(db, organizationId);
    const names = await aiSystemNames(db, organizationId);
    const at = now(deps);
    return (row, stored) => {
      const values = row.values;
      const issues: FieldIssue[] = [];
      const ownerUserId = ownerOfRow(members, row, stored, issues);
      const input = { ...keptValues(AI_SYSTEM_IMPORT_COLUMNS, row, stored), ...values };
      const { details, issues: ruleIssues } = validateAiSystem({
        ...(input as unknown as AiSystemInput),
        // An unreadable yes/no is already reported; no follow-on "reason required" on top.
        isInScope: (input.isInScope as boolean | undefined) ?? true,
        ownerUserId,
      });
      issues.push(...ruleIssues);
      const nameKey = details.name.toLowerCase();
      const holder = names.get(nameKey);
      if (details.name !== '' && holder !== undefined && holder !== stored?.id) {
        issues.push({
          field: 'name',
          reason: `"${details.name}" already exists in the inventory or earlier in the file`,
        });
      }
      names.set(nameKey, stored?.id ?? `line ${row.line}`);
      return importedRow(deps, organizationId, at, details, issues, stored);
    };
  },

  stored: async (db) =>
    (
      await listAiSystems(db, {
        organizationId,
        sort: 'name',
        direction: 'asc',
        offset: 0,
        limit: Number.MAX_SAFE_INTEGER,
      })
    ).items,
  entityType: 'ai_system',
  table: 'ai_system',
  insert: insertAiSystems,
  save: updateAiSystem,
});
