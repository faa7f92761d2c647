/**
 * One approval workflow for versioned records: the people who changed each
 * version and a revision counter (for the concurrency guard) on document and
 * scope versions, a submission time on scope versions, and return comments in
 * their own table, carried over from the audit entries that held them.
 */
import type { Kysely } from 'kysely';

const VERSION_TABLES = ['document_version', 'scope_version'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of VERSION_TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn('editor_user_ids', 'text', (col) => col.notNull().defaultTo('[]'))
      .execute();
    await db.schema
      .alterTable(table)
      .addColumn('revision', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    const rows = await db
      .selectFrom(table)
      .select(['id', 'author_user_id'])
      .where('author_user_id', 'is not', null)
      .execute();
    for (const row of rows as { id: string; author_user_id: string }[]) {
      await db
        .updateTable(table)
        .set({ editor_user_ids: JSON.stringify([row.author_user_id]) })
        .where('id', '=', row.id)
        .execute();
    }
  }
  await db.schema.alterTable('scope_version').addColumn('submitted_at', 'text').execute();

  await db.schema
    .createTable('return_comment')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('record_type', 'text', (col) => col.notNull())
    .addColumn('version_id', 'text', (col) => col.notNull())
    .addColumn('comment', 'text', (col) => col.notNull())
    .addColumn('returned_by_user_id', 'text', (col) =>
      col.references('user_account.id').onDelete('set null'),
    )
    .addColumn('returned_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('return_comment_version_idx')
    .on('return_comment')
    .columns(['organization_id', 'version_id', 'returned_at'])
    .execute();

  const returned = await db
    .selectFrom('audit_log_entry')
    .select(['id', 'organization_id', 'entity_id', 'actor_user_id', 'at', 'after_json'])
    .where('action', '=', 'document_version.returned')
    .where('organization_id', 'is not', null)
    .orderBy('chain')
    .orderBy('sequence')
    .execute();
  for (const entry of returned as {
    id: string;
    organization_id: string;
    entity_id: string;
    actor_user_id: string | null;
    at: string;
    after_json: string | null;
  }[]) {
    const after = JSON.parse(entry.after_json ?? '{}') as { comment?: unknown };
    if (typeof after.comment !== 'string') continue;
    const user =
      entry.actor_user_id === null
        ? undefined
        : await db
            .selectFrom('user_account')
            .select('id')
            .where('id', '=', entry.actor_user_id)
            .executeTakeFirst();
    await db
      .insertInto('return_comment')
      .values({
        id: entry.id,
        organization_id: entry.organization_id,
        record_type: 'document_version',
        version_id: entry.entity_id,
        comment: after.comment,
        returned_by_user_id: user ? entry.actor_user_id : null,
        returned_at: entry.at,
      })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('return_comment').execute();
  await db.schema.alterTable('scope_version').dropColumn('submitted_at').execute();
  for (const table of VERSION_TABLES) {
    await db.schema.alterTable(table).dropColumn('revision').execute();
    await db.schema.alterTable(table).dropColumn('editor_user_ids').execute();
  }
}
