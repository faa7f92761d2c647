/**
 * The append-only audit log. Appends serialize per chain (an advisory lock on
 * PostgreSQL; SQLite's write transactions are already exclusive) so that each
 * entry links to the one before it.
 */
import { sql } from 'kysely';
import { GENESIS_HASH, hashInput } from '../domain/audit-trail/audit-entry.js';
import type {
  AuditEntry,
  AuditEntryContent,
  HashFunction,
} from '../domain/audit-trail/audit-entry.js';
import type { ChainHead } from '../domain/audit-trail/checkpoint.js';
import type { Database, DatabaseKind, Executor } from './database.js';
import type { AuditLogEntryTable } from './schema.js';

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

/**
 * Appends entries of one chain in order (a bulk import writes thousands):
 * one lock, one look-up of the chain's end, chunked inserts.
 */
export const appendAuditEntries = async (
  trx: Executor,
  kind: DatabaseKind,
  entries: readonly NewAuditEntry[],
  hash: HashFunction,
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
    const entryHash = hash(hashInput(content, previousHash));
    const result: AuditEntry = { ...content, previousHash, hash: entryHash };
    previousHash = entryHash;
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
  /** With entityType and entityId: also the entries about the record's parts (a document's versions). */
  readonly includeParts?: boolean;
  /** Return entries strictly older than this sequence number (keyset pagination). */
  readonly beforeSequence?: number;
  readonly limit: number;
}

/** The parts of a record that have entries of their own: a document's versions. */
const RECORD_PARTS: Readonly<
  Partial<Record<string, { entityType: string; table: 'document_version'; column: 'document_id' }>>
> = {
  document: { entityType: 'document_version', table: 'document_version', column: 'document_id' },
};

/** One organization's entries, newest first. */
export const listAuditEntries = async (
  db: Executor,
  filter: AuditLogFilter,
): Promise<AuditEntry[]> => {
  let query = db
    .selectFrom('audit_log_entry')
    .selectAll()
    .where('chain', '=', filter.organizationId);
  const part =
    filter.includeParts === true && filter.entityType ? RECORD_PARTS[filter.entityType] : undefined;
  const { entityType, entityId } = filter;
  if (part && entityType && entityId) {
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('entity_type', '=', entityType), eb('entity_id', '=', entityId)]),
        eb.and([
          eb('entity_type', '=', part.entityType),
          eb(
            'entity_id',
            'in',
            eb
              .selectFrom(part.table)
              .select('id')
              .where(part.column, '=', entityId)
              .where('organization_id', '=', filter.organizationId),
          ),
        ]),
      ]),
    );
  } else {
    if (entityType) query = query.where('entity_type', '=', entityType);
    if (entityId) query = query.where('entity_id', '=', entityId);
  }
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.beforeSequence !== undefined)
    query = query.where('sequence', '<', filter.beforeSequence);
  const rows = await query.orderBy('sequence', 'desc').limit(filter.limit).execute();
  return rows.map(toEntry);
};

export interface AuditFacets {
  /** The action codes the organization's trail holds, sorted. */
  readonly actions: string[];
  /** Everyone who made an entry, with the name the newest of their entries gives. */
  readonly actors: { userId: string; label: string }[];
}

/** What the organization's trail can be filtered by: its actions and its actors. */
export const listAuditFacets = async (
  db: Executor,
  organizationId: string,
): Promise<AuditFacets> => {
  const actions = await db
    .selectFrom('audit_log_entry')
    .select('action')
    .distinct()
    .where('chain', '=', organizationId)
    .orderBy('action')
    .execute();
  const actors = await db
    .selectFrom('audit_log_entry as entry')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('audit_log_entry')
          .select(['actor_user_id', (inner) => inner.fn.max('sequence').as('last')])
          .where('chain', '=', organizationId)
          .where('actor_user_id', 'is not', null)
          .groupBy('actor_user_id')
          .as('newest'),
      (join) =>
        join
          .onRef('newest.actor_user_id', '=', 'entry.actor_user_id')
          .onRef('newest.last', '=', 'entry.sequence'),
    )
    .where('entry.chain', '=', organizationId)
    .select(['entry.actor_user_id', 'entry.actor_label'])
    .orderBy('entry.actor_label')
    .execute();
  return {
    actions: actions.map((row) => row.action),
    actors: actors.flatMap((row) =>
      row.actor_user_id === null ? [] : [{ userId: row.actor_user_id, label: row.actor_label }],
    ),
  };
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

/** Every chain's length and newest hash, sorted by chain: what a checkpoint records. */
export const listChainHeads = async (db: Executor): Promise<ChainHead[]> => {
  const rows = await db
    .selectFrom('audit_log_entry as entry')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('audit_log_entry')
          .select(['chain', (inner) => inner.fn.max('sequence').as('last')])
          .groupBy('chain')
          .as('head'),
      (join) =>
        join.onRef('head.chain', '=', 'entry.chain').onRef('head.last', '=', 'entry.sequence'),
    )
    .select(['entry.chain', 'entry.sequence', 'entry.hash'])
    .orderBy('entry.chain')
    .execute();
  return rows.map((row) => ({
    chain: row.chain,
    entries: Number(row.sequence),
    headHash: row.hash,
  }));
};

/** Replaces the hashes of entries (re-keying a trail written before it had a key). */
export const rewriteEntryHashes = async (
  trx: Executor,
  entries: readonly Pick<AuditEntry, 'id' | 'previousHash' | 'hash'>[],
): Promise<void> => {
  for (const entry of entries) {
    await trx
      .updateTable('audit_log_entry')
      .set({ previous_hash: entry.previousHash, hash: entry.hash })
      .where('id', '=', entry.id)
      .execute();
  }
};
