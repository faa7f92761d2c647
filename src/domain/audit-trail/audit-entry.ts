/**
 * The audit trail (DESIGN.md §4): an append-only log of every change, one hash
 * chain per organization (plus one for system-wide changes such as new user
 * accounts). Each entry's hash covers its content and the previous hash, so
 * altering, removing or reordering any stored entry breaks the chain.
 */
import { canonicalJson } from './canonical-json.js';

/** The chain an entry belongs to: an organization id, or this key for system-wide changes. */
export const SYSTEM_CHAIN = 'system';

/** The hash that precedes the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryContent {
  readonly id: string;
  readonly chain: string;
  readonly sequence: number;
  readonly at: string;
  readonly organizationId: string | null;
  readonly actorUserId: string | null;
  readonly actorLabel: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditEntry extends AuditEntryContent {
  readonly previousHash: string;
  readonly hash: string;
}

/** The exact text that is hashed for an entry. */
export const hashInput = (content: AuditEntryContent, previousHash: string): string =>
  canonicalJson({
    id: content.id,
    chain: content.chain,
    sequence: content.sequence,
    at: content.at,
    organizationId: content.organizationId,
    actorUserId: content.actorUserId,
    actorLabel: content.actorLabel,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    before: content.before ?? null,
    after: content.after ?? null,
    previousHash,
  });

export type HashFunction = (text: string) => string;

export type ChainBreak = {
  readonly entryId: string;
  readonly chain: string;
  readonly sequence: number;
  readonly reason: 'hash_mismatch' | 'previous_hash_mismatch' | 'sequence_gap';
};

/**
 * Walks the entries of one chain in sequence order and reports the first one
 * that does not fit: a gap in the numbering, a previous-hash link that does not
 * match the entry before it, or a stored hash that its content no longer produces.
 */
export const findChainBreak = (
  entries: readonly AuditEntry[],
  hash: HashFunction,
  start: { readonly sequence: number; readonly hash: string } = { sequence: 0, hash: GENESIS_HASH },
): ChainBreak | undefined => {
  let expectedSequence = start.sequence + 1;
  let previousHash = start.hash;
  for (const entry of entries) {
    const at = { entryId: entry.id, chain: entry.chain, sequence: entry.sequence };
    if (entry.sequence !== expectedSequence) return { ...at, reason: 'sequence_gap' };
    if (entry.previousHash !== previousHash) return { ...at, reason: 'previous_hash_mismatch' };
    if (hash(hashInput(entry, entry.previousHash)) !== entry.hash) {
      return { ...at, reason: 'hash_mismatch' };
    }
    expectedSequence += 1;
    previousHash = entry.hash;
  }
  return undefined;
};
