/**
 * Invitations to join an organization with a role. Only the SHA-256 of the
 * link's token is stored; one pending invitation per organization, e-mail
 * and role (a second invitation renews the first).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('invitation')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('invited_by_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('invited_by_label', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('accepted_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .execute();
  await db.schema
    .createIndex('invitation_pending_unique')
    .on('invitation')
    .columns(['organization_id', 'email', 'role'])
    .unique()
    .where(sql.ref('status'), '=', sql.lit('pending'))
    .execute();
  await db.schema
    .createIndex('invitation_org_created_idx')
    .on('invitation')
    .columns(['organization_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('invitation').execute();
}
