/** Sessions, personal API tokens and sign-in attempts. Only hashes of secrets are stored. */
import type { Role } from '../domain/access/roles.js';
import type { AccessCache } from './access-cache.js';
import type { Executor } from './database.js';
import { ORGANIZATION_COLUMNS, toOrganizationOf } from './organization.repository.js';
import type { Organization, OrganizationRow } from './organization.repository.js';
import { preparedQuery } from './prepared-query.js';
import { allRows, firstRow, fromFlag, toFlag } from './sql-helpers.js';
import type { ApiTokenTable, SessionTable } from './schema.js';

export interface SessionRecord {
  readonly id: string;
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly userAgent: string | null;
  readonly ip: string | null;
  /** The sign-in that opened it gave a second factor. */
  readonly secondFactor: boolean;
}

export interface ApiTokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly tokenPrefix: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
  /** Made from a session opened with a second factor (docs/security.md). */
  readonly secondFactor: boolean;
}

const toSession = (row: SessionTable): SessionRecord => ({
  id: row.id,
  tokenHash: row.token_hash,
  userId: row.user_id,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
  userAgent: row.user_agent,
  ip: row.ip,
  secondFactor: fromFlag(row.second_factor),
});

export const insertSession = async (db: Executor, session: SessionRecord): Promise<void> => {
  await db
    .insertInto('session')
    .values({
      id: session.id,
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.createdAt,
      last_seen_at: session.lastSeenAt,
      expires_at: session.expiresAt,
      user_agent: session.userAgent,
      ip: session.ip,
      second_factor: toFlag(session.secondFactor),
    })
    .execute();
};

export const touchSession = async (
  db: Executor,
  sessionId: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> => {
  await db
    .updateTable('session')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id', '=', sessionId)
    .execute();
};

export const deleteSession = async (db: Executor, sessionId: string): Promise<void> => {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
};

/** Ends every session of a user except the one given (after a password change). */
export const deleteOtherSessions = async (
  db: Executor,
  userId: string,
  keepSessionId: string | null,
): Promise<void> => {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  await query.execute();
};

export const deleteExpiredSessions = async (db: Executor, now: string): Promise<void> => {
  await db.deleteFrom('session').where('expires_at', '<=', now).execute();
};

const toApiToken = (row: ApiTokenTable): ApiTokenRecord => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  tokenHash: row.token_hash,
  tokenPrefix: row.token_prefix,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
  secondFactor: fromFlag(row.second_factor),
});

export const insertApiToken = async (db: Executor, token: ApiTokenRecord): Promise<void> => {
  await db
    .insertInto('api_token')
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      token_prefix: token.tokenPrefix,
      created_at: token.createdAt,
      last_used_at: token.lastUsedAt,
      revoked_at: token.revokedAt,
      second_factor: toFlag(token.secondFactor),
    })
    .execute();
};

export const listApiTokensOfUser = async (
  db: Executor,
  userId: string,
): Promise<ApiTokenRecord[]> => {
  return allRows(
    db
      .selectFrom('api_token')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc'),
    toApiToken,
  );
};

export const findApiTokenOfUser = async (
  db: Executor,
  userId: string,
  tokenId: string,
): Promise<ApiTokenRecord | undefined> => {
  return firstRow(
    db.selectFrom('api_token').selectAll().where('user_id', '=', userId).where('id', '=', tokenId),
    toApiToken,
  );
};

export const revokeApiToken = async (db: Executor, tokenId: string, at: string): Promise<void> => {
  await db.updateTable('api_token').set({ revoked_at: at }).where('id', '=', tokenId).execute();
};

export const touchApiToken = async (db: Executor, tokenId: string, at: string): Promise<void> => {
  await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', tokenId).execute();
};

/**
 * The organization named in a request's URL, read with the credentials: its
 * record and the caller's roles there (none when not a member), or no
 * record when there is no such organization.
 */
export interface OrganizationOfRequest {
  readonly organizationId: string;
  readonly organization: Organization | undefined;
  readonly roles: readonly Role[];
  /** How often its register data has been written (storage/migrations/…-create-organization-revision.ts). */
  readonly revision: number;
}

type HolderRow = OrganizationRow & {
  user_id: string;
  role: string | null;
  revision: number | null;
};

const organizationOfRequest = (
  organizationId: string | undefined,
  rows: readonly HolderRow[],
): OrganizationOfRequest | undefined => {
  const [first] = rows;
  if (organizationId === undefined || !first) return undefined;
  return {
    organizationId,
    organization: first.organization_id === null ? undefined : toOrganizationOf(first),
    roles: rows.flatMap((row) => (row.role ? [row.role as Role] : [])),
    revision: Number(first.revision ?? 0),
  };
};

/**
 * Every request authenticates with one indexed statement: the credential
 * (by its hash), its user's email and, for the organization in the URL,
 * that organization and the user's roles there (one row per role).
 */
const holderQuery = (table: 'api_token' | 'session') =>
  preparedQuery(['tokenHash', 'organizationId'], (db, values) =>
    db
      .selectFrom(table as 'api_token')
      .innerJoin('user_account', 'user_account.id', `${table as 'api_token'}.user_id`)
      .leftJoin('organization', (join) => join.on('organization.id', '=', values.organizationId))
      .leftJoin('membership', (join) =>
        join
          .onRef('membership.organization_id', '=', 'organization.id')
          .onRef('membership.user_id', '=', 'user_account.id'),
      )
      .leftJoin('organization_revision', 'organization_revision.organization_id', 'organization.id')
      .selectAll(table as 'api_token')
      .select([
        'user_account.email',
        ...ORGANIZATION_COLUMNS,
        'membership.role',
        'organization_revision.revision',
      ])
      .where(`${table as 'api_token'}.token_hash`, '=', values.tokenHash),
  );
const HOLDER_QUERIES = { api_token: holderQuery('api_token'), session: holderQuery('session') };

const holderOf = async (
  db: Executor,
  table: 'api_token' | 'session',
  tokenHash: string,
  organizationId: string | undefined,
  cache: AccessCache | undefined,
): Promise<readonly HolderRow[]> => {
  const key = `${table}\u0000${tokenHash}\u0000${organizationId ?? ''}`;
  const kept = cache?.get<readonly HolderRow[]>(key);
  if (kept) return kept;
  const mark = cache?.mark() ?? 0;
  // An impossible id when the URL names none: the join then finds no row.
  const rows = await HOLDER_QUERIES[table](db, { tokenHash, organizationId: organizationId ?? '' });
  const [first] = rows;
  // Unknown credentials are not kept: guesses must not fill the cache.
  if (cache && first) {
    const tags = [`credential:${tokenHash}`, `user:${first.user_id}`];
    if (organizationId !== undefined) tags.push(`org:${organizationId}`);
    cache.keep(mark, key, Object.freeze(rows.map((row) => Object.freeze(row))), tags);
  }
  return rows;
};

/** A live API token and its owner's email (and the URL's organization), in one round trip. */
export const findApiTokenHolder = async (
  db: Executor,
  tokenHash: string,
  organizationId?: string,
  cache?: AccessCache,
): Promise<
  { token: ApiTokenRecord; email: string; inOrganization?: OrganizationOfRequest } | undefined
> => {
  const rows = (await holderOf(
    db,
    'api_token',
    tokenHash,
    organizationId,
    cache,
  )) as (ApiTokenTable & HolderRow & { email: string })[];
  const [row] = rows;
  if (!row) return undefined;
  const inOrganization = organizationOfRequest(organizationId, rows);
  return { token: toApiToken(row), email: row.email, ...(inOrganization && { inOrganization }) };
};

/** A session and its user's email (and the URL's organization), in one round trip. */
export const findSessionHolder = async (
  db: Executor,
  tokenHash: string,
  organizationId?: string,
  cache?: AccessCache,
): Promise<
  { session: SessionRecord; email: string; inOrganization?: OrganizationOfRequest } | undefined
> => {
  const rows = (await holderOf(db, 'session', tokenHash, organizationId, cache)) as (SessionTable &
    HolderRow & { email: string })[];
  const [row] = rows;
  if (!row) return undefined;
  const inOrganization = organizationOfRequest(organizationId, rows);
  return { session: toSession(row), email: row.email, ...(inOrganization && { inOrganization }) };
};
