/**
 * Background job runs (one row per run, unique by job and run key so that
 * only one server instance claims a scheduled run), notifications with their
 * items, and each user's notification preferences.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('job_run')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('job_name', 'text', (col) => col.notNull())
    .addColumn('run_key', 'text', (col) => col.notNull())
    .addColumn('trigger', 'text', (col) => col.notNull())
    .addColumn('payload_json', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (col) => col.notNull())
    .addColumn('next_attempt_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('error', 'text')
    .addUniqueConstraint('job_run_key_unique', ['job_name', 'run_key'])
    .execute();
  await db.schema
    .createIndex('job_run_status_idx')
    .on('job_run')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('job_run_job_created_idx')
    .on('job_run')
    .columns(['job_name', 'created_at'])
    .execute();

  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('recipient_user_id', 'text', (col) =>
      col.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('subject_type', 'text', (col) => col.notNull())
    .addColumn('subject_id', 'text', (col) => col.notNull())
    .addColumn('link', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('items_json', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('group_key', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('read_at', 'text')
    .addColumn('emailed_at', 'text')
    .addUniqueConstraint('notification_group_unique', [
      'recipient_user_id',
      'organization_id',
      'group_key',
    ])
    .execute();
  await db.schema
    .createIndex('notification_recipient_idx')
    .on('notification')
    .columns(['recipient_user_id', 'organization_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('notification_preference')
    .addColumn('user_id', 'text', (col) =>
      col.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('is_email_enabled', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('notification_preference_pk', ['user_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notification_preference').execute();
  await db.schema.dropTable('notification').execute();
  await db.schema.dropTable('job_run').execute();
}
