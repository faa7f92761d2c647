/**
 * The file store in the database: a row per stored file (by SHA-256) and its
 * bytes in ordered chunks. Created on both databases; the embedded one keeps
 * files in a folder unless told to use these tables.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('file_blob')
    .addColumn('sha256', 'text', (col) => col.primaryKey())
    .addColumn('size', 'bigint', (col) => col.notNull())
    .addColumn('chunk_count', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_put_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('file_chunk')
    .addColumn('sha256', 'text', (col) =>
      col.notNull().references('file_blob.sha256').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('bytes', isPostgres ? sql`bytea` : sql`blob`, (col) => col.notNull())
    .addPrimaryKeyConstraint('file_chunk_pk', ['sha256', 'seq'])
    .execute();
  await db.schema
    .createIndex('file_blob_last_put_idx')
    .on('file_blob')
    .column('last_put_at')
    .execute();
  // Collection asks, per stored file, whether a version references it.
  await db.schema
    .createIndex('document_version_file_sha256_idx')
    .on('document_version')
    .column('file_sha256')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('document_version_file_sha256_idx').execute();
  await db.schema.dropTable('file_chunk').execute();
  await db.schema.dropTable('file_blob').execute();
}
