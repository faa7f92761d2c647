/**
 * A second factor per user (TOTP, RFC 6238) with single-use recovery codes,
 * the sign-in challenges that wait for a code, a flag on sessions and API
 * tokens saying a code was given, and an organization's demand for it.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('second_factor')
    .addColumn('user_id', 'text', (col) =>
      col.primaryKey().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('secret', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('pending', 'enabled')`),
    )
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('enabled_at', 'text')
    .addColumn('last_used_step', 'integer')
    .execute();
  await db.schema
    .createTable('recovery_code')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) =>
      col.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addUniqueConstraint('recovery_code_user_hash_key', ['user_id', 'code_hash'])
    .execute();
  await db.schema
    .createTable('sign_in_challenge')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('user_id', 'text', (col) =>
      col.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_challenge_expires_idx')
    .on('sign_in_challenge')
    .column('expires_at')
    .execute();
  await db.schema
    .alterTable('session')
    .addColumn('second_factor', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('api_token')
    .addColumn('second_factor', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('organization')
    .addColumn('require_second_factor', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organization').dropColumn('require_second_factor').execute();
  await db.schema.alterTable('api_token').dropColumn('second_factor').execute();
  await db.schema.alterTable('session').dropColumn('second_factor').execute();
  await db.schema.dropTable('sign_in_challenge').execute();
  await db.schema.dropTable('recovery_code').execute();
  await db.schema.dropTable('second_factor').execute();
}
