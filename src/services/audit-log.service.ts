/** Reading an organization's audit trail, and proving every chain unbroken. */
import { GENESIS_HASH, findChainBreak } from '../domain/audit-trail/audit-entry.js';
import type { AuditEntry, ChainBreak } from '../domain/audit-trail/audit-entry.js';
import {
  listAuditChains,
  listAuditEntries,
  readAuditChain,
  sha256Hex,
} from '../storage/audit-log.repository.js';
import type { AuditLogFilter } from '../storage/audit-log.repository.js';
import { authorize } from './authorization.js';
import { reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';

export type AuditLogQuery = Omit<AuditLogFilter, 'organizationId' | 'limit'> & { limit?: number };

export interface ChainVerification {
  readonly chains: number;
  readonly entries: number;
  readonly firstBreak: ChainBreak | null;
}

export const createAuditLogService = (deps: ServiceDeps) => ({
  /** An organization's entries, newest first, filtered; `nextBefore` pages further back. */
  async list(
    actor: Actor,
    organizationId: string,
    query: AuditLogQuery,
  ): Promise<{ items: AuditEntry[]; nextBefore: number | null }> {
    await authorize(reader(deps), actor, organizationId, 'audit_log.read');
    const limit = Math.min(500, Math.max(1, query.limit ?? 50));
    const items = await listAuditEntries(reader(deps), { ...query, organizationId, limit });
    const last = items.at(-1);
    return { items, nextBefore: items.length === limit && last ? last.sequence : null };
  },

  /** Walks every chain from its first entry and reports the first break found. */
  async verify(onProgress?: (entriesChecked: number) => void): Promise<ChainVerification> {
    const chains = await listAuditChains(reader(deps));
    let entries = 0;
    for (const chain of chains) {
      let start = { sequence: 0, hash: GENESIS_HASH };
      for await (const page of readAuditChain(deps.database, chain)) {
        const firstBreak = findChainBreak(page, sha256Hex, start);
        if (firstBreak) return { chains: chains.length, entries, firstBreak };
        entries += page.length;
        onProgress?.(entries);
        const last = page.at(-1);
        if (last) start = { sequence: last.sequence, hash: last.hash };
      }
    }
    return { chains: chains.length, entries, firstBreak: null };
  },
});

export type AuditLogService = ReturnType<typeof createAuditLogService>;
