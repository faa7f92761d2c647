/** The check every record that names AI systems makes: each is one of the organization's. */
import type { FieldIssue } from '../../domain/errors.js';
import { existingAiSystemIds } from '../../storage/ai-system.repository.js';
import type { Executor } from '../../storage/database.js';
import { ID_SHAPE } from './owner-check.js';

/** Reports, by its position in the list given, each id that is not an AI system of the organization. */
export const checkAiSystemLinks = async (
  db: Executor,
  organizationId: string,
  ids: readonly string[],
  issues: FieldIssue[],
  field = 'aiSystemIds',
): Promise<void> => {
  const trimmed = ids.map((id) => id.trim());
  const known = await existingAiSystemIds(db, organizationId, [
    ...new Set(trimmed.filter((id) => ID_SHAPE.test(id))),
  ]);
  trimmed.forEach((id, index) => {
    if (id.length > 0 && !known.has(id))
      issues.push({
        field: `${field}.${index}`,
        reason: 'is not an AI system of this organization',
      });
  });
};
