/** Sessions, personal API tokens and sign-in attempts. Only hashes of secrets are stored. */
import type { Executor } from './database.js';
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

/** A live API token and its owner's email, in one round trip (every API request asks this). */
export const findApiTokenHolder = async (
  db: Executor,
  tokenHash: string,
): Promise<{ token: ApiTokenRecord; email: string } | undefined> => {
  const row = await db
    .selectFrom('api_token')
    .innerJoin('user_account', 'user_account.id', 'api_token.user_id')
    .selectAll('api_token')
    .select('user_account.email')
    .where('api_token.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && { token: toApiToken(row), email: row.email };
};

/** A session and its user's email, in one round trip (every browser request asks this). */
export const findSessionHolder = async (
  db: Executor,
  tokenHash: string,
): Promise<{ session: SessionRecord; email: string } | undefined> => {
  const row = await db
    .selectFrom('session')
    .innerJoin('user_account', 'user_account.id', 'session.user_id')
    .selectAll('session')
    .select('user_account.email')
    .where('session.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && { session: toSession(row), email: row.email };
};
