/** Importing AI systems: rows become inventory entries, checked by the same rules as the form. */
import { validateAiSystem } from '../../domain/ai-system/ai-system.js';
import type { AiSystem, AiSystemInput } from '../../domain/ai-system/ai-system.js';
import type { FieldIssue } from '../../domain/errors.js';
import { aiSystemNames, insertAiSystems } from '../../storage/ai-system.repository.js';
import { now } from '../context.js';
import type { ServiceDeps } from '../context.js';
import type { RegisterImport } from '../tabular/import-runner.js';
import { importedRow, memberIdsByEmail, ownerByEmail } from './import-rows.js';
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
    return (row) => {
      const { ownerEmail, ...values } = row.values as Record<string, unknown> & {
        ownerEmail?: string;
      };
      const issues: FieldIssue[] = [];
      const ownerUserId = ownerByEmail(members, ownerEmail, issues);
      const { details, issues: ruleIssues } = validateAiSystem({
        ...(values as unknown as AiSystemInput),
        // An unreadable yes/no is already reported; no follow-on "reason required" on top.
        isInScope: (values.isInScope as boolean | undefined) ?? true,
        ownerUserId,
      });
      issues.push(...ruleIssues);
      const nameKey = details.name.toLowerCase();
      if (details.name !== '' && names.has(nameKey)) {
        issues.push({
          field: 'name',
          reason: `"${details.name}" already exists in the inventory or earlier in the file`,
        });
      }
      names.set(nameKey, 'imported');
      return importedRow(deps, organizationId, at, details, issues);
    };
  },

  entityType: 'ai_system',
  table: 'ai_system',
  insert: insertAiSystems,
});
