/** TOTP secrets, recovery codes (hashes only) and sign-in challenges (hashes only). */
import type { Executor } from './database.js';
import { firstRow } from './sql-helpers.js';
import type { SecondFactorTable } from './schema.js';

export type SecondFactorStatus = 'pending' | 'enabled';

export interface SecondFactorRecord {
  readonly userId: string;
  readonly secret: string;
  readonly status: SecondFactorStatus;
  readonly createdAt: string;
  readonly enabledAt: string | null;
  readonly lastUsedStep: number | null;
}

export interface SignInChallengeRecord {
  readonly id: string;
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

const toSecondFactor = (row: SecondFactorTable): SecondFactorRecord => ({
  userId: row.user_id,
  secret: row.secret,
  status: row.status as SecondFactorStatus,
  createdAt: row.created_at,
  enabledAt: row.enabled_at,
  lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
});

export const findSecondFactor = (
  db: Executor,
  userId: string,
): Promise<SecondFactorRecord | undefined> =>
  firstRow(
    db.selectFrom('second_factor').selectAll().where('user_id', '=', userId),
    toSecondFactor,
  );

/** Whether the user has an enabled second factor. */
export const hasEnabledSecondFactor = async (db: Executor, userId: string): Promise<boolean> =>
  (await db
    .selectFrom('second_factor')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('status', '=', 'enabled')
    .executeTakeFirst()) !== undefined;

/** Starts (or starts again) a pending setup; an enabled factor is left alone. */
export const savePendingSecondFactor = async (
  db: Executor,
  userId: string,
  secret: string,
  at: string,
): Promise<boolean> => {
  await db
    .deleteFrom('second_factor')
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .execute();
  const result = await db
    .insertInto('second_factor')
    .values({
      user_id: userId,
      secret,
      status: 'pending',
      created_at: at,
      enabled_at: null,
      last_used_step: null,
    })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
};

/** Enables a pending factor with the step of the code that confirmed it; false when it was not pending. */
export const enableSecondFactor = async (
  db: Executor,
  userId: string,
  step: number,
  at: string,
): Promise<boolean> => {
  const result = await db
    .updateTable('second_factor')
    .set({ status: 'enabled', enabled_at: at, last_used_step: step })
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

/**
 * Records a code's time step as used, only when it is newer than the last
 * one: of two requests with the same code, one wins.
 */
export const claimTotpStep = async (
  db: Executor,
  userId: string,
  step: number,
): Promise<boolean> => {
  const result = await db
    .updateTable('second_factor')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where('status', '=', 'enabled')
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

export const deleteSecondFactor = async (db: Executor, userId: string): Promise<void> => {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  await db.deleteFrom('sign_in_challenge').where('user_id', '=', userId).execute();
  await db.deleteFrom('second_factor').where('user_id', '=', userId).execute();
};

/** Replaces every recovery code of the user with new ones (given as hashes). */
export const replaceRecoveryCodes = async (
  db: Executor,
  userId: string,
  codes: readonly { id: string; codeHash: string }[],
  at: string,
): Promise<void> => {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  if (codes.length === 0) return;
  await db
    .insertInto('recovery_code')
    .values(
      codes.map((code) => ({
        id: code.id,
        user_id: userId,
        code_hash: code.codeHash,
        created_at: at,
        used_at: null,
      })),
    )
    .execute();
};

/** Uses a recovery code up; false when it is unknown or was used before. */
export const useRecoveryCode = async (
  db: Executor,
  userId: string,
  codeHash: string,
  at: string,
): Promise<boolean> => {
  const result = await db
    .updateTable('recovery_code')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

export const countUnusedRecoveryCodes = async (db: Executor, userId: string): Promise<number> => {
  const row = await db
    .selectFrom('recovery_code')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
};

export const insertSignInChallenge = async (
  db: Executor,
  challenge: SignInChallengeRecord,
): Promise<void> => {
  await db.deleteFrom('sign_in_challenge').where('expires_at', '<=', challenge.createdAt).execute();
  await db
    .insertInto('sign_in_challenge')
    .values({
      id: challenge.id,
      token_hash: challenge.tokenHash,
      user_id: challenge.userId,
      created_at: challenge.createdAt,
      expires_at: challenge.expiresAt,
    })
    .execute();
};

export const findSignInChallenge = (
  db: Executor,
  tokenHash: string,
): Promise<SignInChallengeRecord | undefined> =>
  firstRow(
    db.selectFrom('sign_in_challenge').selectAll().where('token_hash', '=', tokenHash),
    (row) => ({
      id: row.id,
      tokenHash: row.token_hash,
      userId: row.user_id,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    }),
  );

/** Uses a challenge up; false when another request did first. */
export const consumeSignInChallenge = async (db: Executor, id: string): Promise<boolean> => {
  const result = await db.deleteFrom('sign_in_challenge').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
};

/** After the factor is gone, no session or token of the user vouches for it any more. */
export const clearSecondFactorFlags = async (db: Executor, userId: string): Promise<void> => {
  await db.updateTable('session').set({ second_factor: 0 }).where('user_id', '=', userId).execute();
  await db
    .updateTable('api_token')
    .set({ second_factor: 0 })
    .where('user_id', '=', userId)
    .execute();
};

export const markSessionSecondFactor = async (db: Executor, sessionId: string): Promise<void> => {
  await db.updateTable('session').set({ second_factor: 1 }).where('id', '=', sessionId).execute();
};
