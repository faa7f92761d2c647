/** Appends the audit entry for a change, inside the transaction that makes it. */
import { SYSTEM_CHAIN } from '../domain/audit-trail/audit-entry.js';
import { appendAuditEntries } from '../storage/audit-log.repository.js';
import type { Executor } from '../storage/database.js';
import { actorLabel, actorUserId, now } from './context.js';
import type { Actor, ServiceDeps } from './context.js';

export interface Change {
  readonly organizationId: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Appends the audit entry for one change. */
export const recordChange = (trx: Executor, deps: ServiceDeps, actor: Actor, change: Change) =>
  recordChanges(trx, deps, actor, [change]);

/** Appends entries for many changes of one organization (bulk imports), in order. */
export const recordChanges = async (
  trx: Executor,
  deps: ServiceDeps,
  actor: Actor,
  changes: readonly Change[],
): Promise<void> => {
  const at = now(deps);
  await appendAuditEntries(
    trx,
    deps.database.kind,
    changes.map((change) => ({
      id: deps.newId(),
      chain: change.organizationId ?? SYSTEM_CHAIN,
      at,
      organizationId: change.organizationId,
      actorUserId: actorUserId(actor),
      actorLabel: actorLabel(actor),
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: change.before ?? null,
      after: change.after ?? null,
    })),
    deps.auditKey.hmac,
  );
};
