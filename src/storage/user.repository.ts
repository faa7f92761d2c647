/** User accounts: identity and password hash. Roles live in memberships. */
import type { Executor } from './database.js';
import { firstRow } from './sql-helpers.js';
import type { UserAccountTable } from './schema.js';

export interface UserAccount {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly createdAt: string;
  readonly passwordChangedAt: string;
}

const toUser = (row: UserAccountTable): UserAccount => ({
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

const findUserWhere = async (
  db: Executor,
  column: 'id' | 'email',
  value: string,
): Promise<UserAccount | undefined> => {
  return firstRow(db.selectFrom('user_account').selectAll().where(column, '=', value), toUser);
};

export const findUserById = (db: Executor, id: string) => findUserWhere(db, 'id', id);

/** Looks a user up by an already normalized email address. */
export const findUserByEmail = (db: Executor, email: string) => findUserWhere(db, 'email', email);

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
