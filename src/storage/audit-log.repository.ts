/**
 * The append-only audit log. Appends serialize per chain (an advisory lock on
 * PostgreSQL; SQLite's write transactions are already exclusive) so that each
 * entry links to the one before it.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { GENESIS_HASH, hashInput } from '../domain/audit-trail/audit-entry.js';
import type { AuditEntry, AuditEntryContent } from '../domain/audit-trail/audit-entry.js';
import type { Database, DatabaseKind, Executor } from './database.js';
import type { AuditLogEntryTable } from './schema.js';

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

const parseJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

const toEntry = (row: AuditLogEntryTable): AuditEntry => ({
  id: row.id,
  chain: row.chain,
  sequence: Number(row.sequence),
  at: row.at,
  organizationId: row.organization_id,
  actorUserId: row.actor_user_id,
  actorLabel: row.actor_label,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  before: parseJson(row.before_json),
  after: parseJson(row.after_json),
  previousHash: row.previous_hash,
  hash: row.hash,
});

export type NewAuditEntry = Omit<AuditEntryContent, 'sequence'>;

/** Appends one entry at the end of its chain; call inside the writing transaction. */
export const appendAuditEntry = async (
  trx: Executor,
  kind: DatabaseKind,
  entry: NewAuditEntry,
): Promise<AuditEntry> => {
  const [appended] = await appendAuditEntries(trx, kind, [entry]);
  if (!appended) throw new Error('audit entry was not appended');
  return appended;
};

/**
 * Appends entries of one chain in order (a bulk import writes thousands):
 * one lock, one look-up of the chain's end, chunked inserts.
 */
export const appendAuditEntries = async (
  trx: Executor,
  kind: DatabaseKind,
  entries: readonly NewAuditEntry[],
): Promise<AuditEntry[]> => {
  const chain = entries[0]?.chain;
  if (chain === undefined) return [];
  if (entries.some((entry) => entry.chain !== chain)) throw new Error('entries of one chain only');
  if (kind === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext(${'audit:' + chain}))`.execute(trx);
  }
  const last = await trx
    .selectFrom('audit_log_entry')
    .select(['sequence', 'hash'])
    .where('chain', '=', chain)
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  let sequence = last ? Number(last.sequence) : 0;
  let previousHash = last?.hash ?? GENESIS_HASH;
  const appended = entries.map((entry) => {
    sequence += 1;
    const content: AuditEntryContent = { ...entry, sequence };
    const hash = sha256Hex(hashInput(content, previousHash));
    const result: AuditEntry = { ...content, previousHash, hash };
    previousHash = hash;
    return result;
  });
  for (let start = 0; start < appended.length; start += 100) {
    await trx
      .insertInto('audit_log_entry')
      .values(appended.slice(start, start + 100).map(toRow))
      .execute();
  }
  return appended;
};

const jsonOrNull = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

const toRow = (entry: AuditEntry) => ({
  id: entry.id,
  chain: entry.chain,
  sequence: entry.sequence,
  at: entry.at,
  organization_id: entry.organizationId,
  actor_user_id: entry.actorUserId,
  actor_label: entry.actorLabel,
  action: entry.action,
  entity_type: entry.entityType,
  entity_id: entry.entityId,
  before_json: jsonOrNull(entry.before),
  after_json: jsonOrNull(entry.after),
  previous_hash: entry.previousHash,
  hash: entry.hash,
});

export interface AuditLogFilter {
  readonly organizationId: string;
  readonly entityType?: string;
  readonly entityId?: string;
  readonly action?: string;
  readonly actorUserId?: string;
  readonly from?: string;
  readonly to?: string;
  /** Return entries strictly older than this sequence number (keyset pagination). */
  readonly beforeSequence?: number;
  readonly limit: number;
}

/** One organization's entries, newest first. */
export const listAuditEntries = async (
  db: Executor,
  filter: AuditLogFilter,
): Promise<AuditEntry[]> => {
  let query = db
    .selectFrom('audit_log_entry')
    .selectAll()
    .where('chain', '=', filter.organizationId);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.beforeSequence !== undefined)
    query = query.where('sequence', '<', filter.beforeSequence);
  const rows = await query.orderBy('sequence', 'desc').limit(filter.limit).execute();
  return rows.map(toEntry);
};

export const listAuditChains = async (db: Executor): Promise<string[]> => {
  const rows = await db
    .selectFrom('audit_log_entry')
    .select('chain')
    .distinct()
    .orderBy('chain')
    .execute();
  return rows.map((row) => row.chain);
};

/** Reads a chain in sequence order, a page at a time, so long chains never sit in memory whole. */
export async function* readAuditChain(
  database: Database,
  chain: string,
  pageSize = 1000,
): AsyncGenerator<AuditEntry[]> {
  let after = 0;
  for (;;) {
    const rows = await database.db
      .selectFrom('audit_log_entry')
      .selectAll()
      .where('chain', '=', chain)
      .where('sequence', '>', after)
      .orderBy('sequence')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    const page = rows.map(toEntry);
    yield page;
    after = page[page.length - 1]?.sequence ?? after;
    if (rows.length < pageSize) return;
  }
}
