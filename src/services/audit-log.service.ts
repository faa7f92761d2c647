/**
 * Reading an organization's audit trail, proving every chain unbroken with
 * the installation's key, and signing checkpoints that prove later that
 * nothing was cut off or rewritten.
 */
import { createHash } from 'node:crypto';
import {
  GENESIS_HASH,
  SYSTEM_CHAIN,
  findChainBreak,
  hashInput,
} from '../domain/audit-trail/audit-entry.js';
import type { AuditEntry, ChainBreak } from '../domain/audit-trail/audit-entry.js';
import {
  CHECKPOINT_FORMAT,
  compareWithCheckpoint,
  parseCheckpoint,
  signedText,
} from '../domain/audit-trail/checkpoint.js';
import type {
  Checkpoint,
  CheckpointBody,
  CheckpointBreak,
} from '../domain/audit-trail/checkpoint.js';
import { DomainError } from '../domain/errors.js';
import {
  hasAnyCheckpoint,
  insertCheckpoint,
  latestCheckpoint,
} from '../storage/audit-checkpoint.repository.js';
import {
  listAuditChains,
  listAuditEntries,
  listAuditFacets,
  listChainHeads,
  readAuditChain,
  rewriteEntryHashes,
} from '../storage/audit-log.repository.js';
import type { AuditFacets, AuditLogFilter } from '../storage/audit-log.repository.js';
import { exportAuditEntries } from './audit-log-export.js';
import type { TableFormat } from './tabular/read-table.js';
import type { ExportFile } from './tabular/write-table.js';
import { isSignedBy } from './audit-key.js';
import { recordChange } from './audit-trail.js';
import { authorize } from './authorization.js';
import { inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';

export type AuditLogQuery = Omit<AuditLogFilter, 'organizationId' | 'limit'> & { limit?: number };

/** Which checkpoint a verification was measured against. */
export interface CheckpointUsed {
  readonly source: 'file' | 'database';
  readonly createdAt: string;
  readonly chains: number;
}

export interface ChainVerification {
  readonly chains: number;
  readonly entries: number;
  readonly firstBreak: ChainBreak | null;
  /** What is missing or different compared with the checkpoint. */
  readonly checkpointBreak: CheckpointBreak | { readonly reason: 'checkpoint_forged' } | null;
  readonly checkpoint: CheckpointUsed | null;
}

/** One organization's chain, walked with the key and held against the newest stored checkpoint. */
export interface OrganizationChainVerification {
  readonly verifiedAt: string;
  readonly entries: number;
  readonly firstBreak: ChainBreak | null;
  /** The newest checkpoint that names this chain; null when none does yet. */
  readonly checkpoint: {
    readonly createdAt: string;
    readonly entries: number;
    readonly isSignatureValid: boolean;
    readonly break: CheckpointBreak | null;
  } | null;
}

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

const checkpointError = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(code, 'Invalid', message, details);

interface WalkedChain {
  readonly length: number;
  readonly hashes: ReadonlyMap<number, string>;
}

export const createAuditLogService = (deps: ServiceDeps) => {
  const key = deps.auditKey;

  /** Whether a checkpoint was signed by this installation's key. */
  const isOurs = (checkpoint: Checkpoint) =>
    checkpoint.publicKey === key.publicKey &&
    isSignedBy(signedText(checkpoint), checkpoint.signature, checkpoint.publicKey);

  /** Walks a chain, keeping the hashes at the sequence numbers asked for. */
  const walk = async (
    chain: string,
    wanted: ReadonlySet<number>,
    hash: (text: string) => string,
    onPage: (entries: number) => void,
  ): Promise<WalkedChain | ChainBreak> => {
    let start = { sequence: 0, hash: GENESIS_HASH };
    const hashes = new Map<number, string>();
    for await (const page of readAuditChain(deps.database, chain)) {
      const found = findChainBreak(page, hash, start);
      if (found) return found;
      for (const entry of page)
        if (wanted.has(entry.sequence)) hashes.set(entry.sequence, entry.hash);
      onPage(page.length);
      const last = page.at(-1);
      if (last) start = { sequence: last.sequence, hash: last.hash };
    }
    return { length: start.sequence, hashes };
  };

  return {
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

    /** The actions and the actors of the organization's trail, for its filters. */
    async facets(actor: Actor, organizationId: string): Promise<AuditFacets> {
      await authorize(reader(deps), actor, organizationId, 'audit_log.read');
      return listAuditFacets(reader(deps), organizationId);
    },

    /** Every entry the filters match, oldest first, as CSV or XLSX. */
    async exportOf(
      actor: Actor,
      organizationId: string,
      query: Omit<AuditLogQuery, 'beforeSequence' | 'limit'>,
      format: TableFormat,
    ): Promise<ExportFile> {
      await authorize(reader(deps), actor, organizationId, 'audit_log.read');
      return exportAuditEntries(reader(deps), organizationId, query, format, deps.clock.now());
    },

    /**
     * Proves the organization's own chain unbroken, from its first entry, and
     * not cut short or rewritten since the newest signed checkpoint (the same
     * checks as `aims verify-log`, for one organization).
     */
    async verifyOrganization(
      actor: Actor,
      organizationId: string,
    ): Promise<OrganizationChainVerification> {
      await authorize(reader(deps), actor, organizationId, 'audit_log.read');
      const stored = await latestCheckpoint(reader(deps));
      const checkpoint = stored === undefined ? undefined : parseCheckpoint(stored);
      const head = checkpoint?.chains.find((candidate) => candidate.chain === organizationId);
      let entries = 0;
      const walked = await walk(
        organizationId,
        new Set(head ? [head.entries] : []),
        key.hmac,
        (n) => {
          entries += n;
        },
      );
      const verifiedAt = now(deps);
      if ('reason' in walked) return { verifiedAt, entries, firstBreak: walked, checkpoint: null };
      const held =
        checkpoint && head
          ? {
              createdAt: checkpoint.createdAt,
              entries: head.entries,
              isSignatureValid: isOurs(checkpoint),
              break:
                compareWithCheckpoint(
                  { chains: [head] },
                  (_chain, sequence) => walked.hashes.get(sequence),
                  () => walked.length,
                ) ?? null,
            }
          : null;
      return { verifiedAt, entries: walked.length, firstBreak: null, checkpoint: held };
    },

    /**
     * Walks every chain from its first entry with the key, then compares the
     * chains with a checkpoint: the one given (read from a file kept
     * outside), else the newest stored one. Reports the first break found.
     */
    async verify(
      options: { checkpoint?: unknown; onProgress?: (entriesChecked: number) => void } = {},
    ): Promise<ChainVerification> {
      let checkpoint: Checkpoint | undefined;
      let source: CheckpointUsed['source'] = 'file';
      let forged = false;
      if (options.checkpoint !== undefined) {
        checkpoint = parseCheckpoint(options.checkpoint);
        if (!checkpoint) {
          throw checkpointError('AUDIT_CHECKPOINT_INVALID', 'The file is not an audit checkpoint');
        }
        if (checkpoint.publicKey !== key.publicKey) {
          throw checkpointError(
            'AUDIT_CHECKPOINT_FOREIGN_KEY',
            'The checkpoint was signed by another installation (or an earlier key)',
          );
        }
        if (!isOurs(checkpoint)) {
          throw checkpointError(
            'AUDIT_CHECKPOINT_FORGED',
            'The checkpoint does not match its signature: it was changed after it was signed',
          );
        }
      } else {
        const stored = await latestCheckpoint(reader(deps));
        source = 'database';
        if (stored !== undefined) {
          checkpoint = parseCheckpoint(stored);
          forged = !checkpoint || !isOurs(checkpoint);
        }
      }

      const existing = await listAuditChains(reader(deps));
      const named = new Set([...existing, ...(checkpoint?.chains.map((head) => head.chain) ?? [])]);
      const chains = [...named].sort();
      const lengths = new Map<string, number>();
      const hashesAt = new Map<string, ReadonlyMap<number, string>>();
      let entries = 0;
      for (const chain of chains) {
        const head = checkpoint?.chains.find((candidate) => candidate.chain === chain);
        const wanted = new Set(head ? [head.entries] : []);
        const walked = await walk(chain, wanted, key.hmac, (count) => {
          entries += count;
          options.onProgress?.(entries);
        });
        if ('reason' in walked) {
          return {
            chains: existing.length,
            entries,
            firstBreak: walked,
            checkpointBreak: null,
            checkpoint: null,
          };
        }
        lengths.set(chain, walked.length);
        hashesAt.set(chain, walked.hashes);
      }
      const used: CheckpointUsed | null = checkpoint
        ? { source, createdAt: checkpoint.createdAt, chains: checkpoint.chains.length }
        : null;
      const checkpointBreak = forged
        ? ({ reason: 'checkpoint_forged' } as const)
        : checkpoint
          ? (compareWithCheckpoint(
              checkpoint,
              (chain, sequence) => hashesAt.get(chain)?.get(sequence),
              (chain) => lengths.get(chain) ?? 0,
            ) ?? null)
          : null;
      return {
        chains: existing.length,
        entries,
        firstBreak: null,
        checkpointBreak,
        checkpoint: used,
      };
    },

    /** Signs and stores a checkpoint of every chain as it is now. */
    async checkpoint(): Promise<Checkpoint> {
      const body: CheckpointBody = {
        format: CHECKPOINT_FORMAT,
        createdAt: now(deps),
        chains: await listChainHeads(reader(deps)),
        publicKey: key.publicKey,
      };
      const checkpoint: Checkpoint = { ...body, signature: key.sign(signedText(body)) };
      await insertCheckpoint(reader(deps), deps.newId(), checkpoint);
      return checkpoint;
    },

    /**
     * Keys a trail written before it had a key, once: only when no entry is
     * keyed yet, no checkpoint exists, and every chain is intact under plain
     * SHA-256. Records that it did so in the system chain.
     */
    async rekeyUnkeyedTrail(actor: Actor): Promise<{ chains: number; entries: number }> {
      const chains = await listAuditChains(reader(deps));
      if (await hasAnyCheckpoint(reader(deps))) {
        throw new DomainError(
          'AUDIT_LOG_ALREADY_KEYED',
          'InvalidState',
          'The audit trail has signed checkpoints: it is keyed already',
        );
      }
      const rewritten: Pick<AuditEntry, 'id' | 'previousHash' | 'hash'>[] = [];
      for (const chain of chains) {
        const keyed = await walk(chain, new Set(), key.hmac, () => undefined);
        if (!('reason' in keyed) && keyed.length > 0) {
          throw new DomainError(
            'AUDIT_LOG_ALREADY_KEYED',
            'InvalidState',
            'Part of the audit trail is keyed already; an unkeyed entry there is tampering',
            { chain },
          );
        }
        const plain = await walk(chain, new Set(), sha256Hex, () => undefined);
        if ('reason' in plain) {
          throw new DomainError(
            'AUDIT_LOG_CHAIN_BROKEN',
            'InvalidState',
            'The unkeyed audit trail is broken; it is not re-keyed',
            { ...plain },
          );
        }
        let previousHash = GENESIS_HASH;
        for await (const page of readAuditChain(deps.database, chain)) {
          for (const entry of page) {
            const hash = key.hmac(hashInput(entry, previousHash));
            rewritten.push({ id: entry.id, previousHash, hash });
            previousHash = hash;
          }
        }
      }
      await inTransaction(deps, async (trx) => {
        await rewriteEntryHashes(trx, rewritten);
        await recordChange(trx, deps, actor, {
          organizationId: null,
          action: 'audit_trail.keyed',
          entityType: 'audit_trail',
          entityId: SYSTEM_CHAIN,
          after: { chains: chains.length, entries: rewritten.length },
        });
      });
      return { chains: chains.length, entries: rewritten.length };
    },
  };
};

export type AuditLogService = ReturnType<typeof createAuditLogService>;
