/**
 * Cross-register facts for the rules that judge the AIMS as a whole
 * (required documents now, readiness later), each in a fixed number of
 * queries, returned as domain fact sets.
 */
import type { ObjectiveFacts, ScopeFacts } from '../domain/facts/facts.js';
import type { Executor } from './database.js';

/** The organization's approved AIMS scope version and the open one (draft or in review), if any. */
export const scopeFacts = async (db: Executor, organizationId: string): Promise<ScopeFacts> => {
  const rows = await db
    .selectFrom('scope_version')
    .select(['id', 'version', 'status', 'approved_at'])
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['approved', 'draft', 'in_review'])
    .orderBy('version', 'desc')
    .execute();
  const approved = rows.find((row) => row.status === 'approved' && row.approved_at !== null);
  const open = rows.find((row) => row.status === 'draft' || row.status === 'in_review');
  return {
    approvedScope: approved
      ? {
          id: approved.id,
          version: Number(approved.version),
          approvedAt: approved.approved_at ?? '',
        }
      : null,
    scopeDraft: open ? { id: open.id, version: Number(open.version) } : null,
  };
};

/** How many AI objectives the organization has set. */
export const objectiveFacts = async (
  db: Executor,
  organizationId: string,
): Promise<ObjectiveFacts> => {
  const row = await db
    .selectFrom('objective')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return { objectiveCount: Number(row.total) };
};
