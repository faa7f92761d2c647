/** User accounts: identity and password hash. Roles live in memberships. */
import type { Executor } from './database.js';

export interface UserAccount {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly createdAt: string;
  readonly passwordChangedAt: string;
}

type UserRow = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
  password_changed_at: string;
};

const toUser = (row: UserRow): UserAccount => ({
  id: row.id,
  email: row.email,
  name: row.name,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
  passwordChangedAt: row.password_changed_at,
});

export const insertUser = async (db: Executor, user: UserAccount): Promise<void> => {
  await db
    .insertInto('user_account')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      created_at: user.createdAt,
      password_changed_at: user.passwordChangedAt,
    })
    .execute();
};

export const findUserById = async (db: Executor, id: string): Promise<UserAccount | undefined> => {
  const row = await db
    .selectFrom('user_account')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toUser(row);
};

/** Looks a user up by an already normalized email address. */
export const findUserByEmail = async (
  db: Executor,
  email: string,
): Promise<UserAccount | undefined> => {
  const row = await db
    .selectFrom('user_account')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  return row && toUser(row);
};

export const updatePasswordHash = async (
  db: Executor,
  userId: string,
  passwordHash: string,
  changedAt: string,
): Promise<void> => {
  await db
    .updateTable('user_account')
    .set({ password_hash: passwordHash, password_changed_at: changedAt })
    .where('id', '=', userId)
    .execute();
};
