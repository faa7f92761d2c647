/** Appends the audit entry for a change, inside the transaction that makes it. */
import { SYSTEM_CHAIN } from '../domain/audit-trail/audit-entry.js';
import { appendAuditEntry } from '../storage/audit-log.repository.js';
import type { Executor } from '../storage/database.js';
import { actorLabel, actorUserId, now, type Actor, type ServiceDeps } from './context.js';

export interface Change {
  readonly organizationId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export const recordChange = async (
  trx: Executor,
  deps: ServiceDeps,
  actor: Actor,
  change: Change,
): Promise<void> => {
  await appendAuditEntry(trx, deps.database.kind, {
    id: deps.newId(),
    chain: change.organizationId ?? SYSTEM_CHAIN,
    at: now(deps),
    organizationId: change.organizationId,
    actorUserId: actorUserId(actor),
    actorLabel: actorLabel(actor),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
  });
};
