/**
 * A revision number per organization that every write to its register data
 * raises, kept by triggers in the database itself: whatever writes (a server,
 * another instance, the CLI), the next request anywhere reads the new number
 * with its credentials, and pages computed for an older one are not reused
 * (services/registers/page-cache.ts).
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

/** The tables a register page is read from; each carries its organization's id. */
export const REVISED_TABLES = [
  'ai_system',
  'context_issue',
  'interested_party',
  'obligation',
  'document',
  'objective',
  'objective_measurement',
  'return_comment',
  'scope_version',
  'membership',
] as const;

const EVENTS = [
  ['insert', 'new'],
  ['update', 'new'],
  ['delete', 'old'],
] as const;

const raiseSqlite = (organizationId: string) => `
  insert into organization_revision (organization_id, revision) values (${organizationId}, 1)
  on conflict (organization_id) do update set revision = revision + 1;`;

const upSqlite = async (db: Kysely<any>) => {
  for (const table of REVISED_TABLES) {
    for (const [event, row] of EVENTS) {
      await sql
        .raw(
          `create trigger ${table}_revision_${event} after ${event} on ${table}
           begin ${raiseSqlite(`${row}.organization_id`)} end`,
        )
        .execute(db);
    }
  }
  // A document's versions carry no organization id: it is their document's.
  for (const [event, row] of EVENTS) {
    await sql
      .raw(
        `create trigger document_version_revision_${event} after ${event} on document_version
         begin ${raiseSqlite(`(select organization_id from document where id = ${row}.document_id)`)} end`,
      )
      .execute(db);
  }
};

const upPostgres = async (db: Kysely<any>) => {
  await sql`
    create function raise_organization_revision() returns trigger language plpgsql as $$
    declare
      changed text;
    begin
      if tg_op = 'DELETE' then changed := old.organization_id; else changed := new.organization_id; end if;
      insert into organization_revision (organization_id, revision) values (changed, 1)
      on conflict (organization_id) do update set revision = organization_revision.revision + 1;
      return null;
    end $$`.execute(db);
  await sql`
    create function raise_document_organization_revision() returns trigger language plpgsql as $$
    declare
      changed text;
    begin
      select organization_id into changed from document
      where id = case when tg_op = 'DELETE' then old.document_id else new.document_id end;
      if changed is not null then
        insert into organization_revision (organization_id, revision) values (changed, 1)
        on conflict (organization_id) do update set revision = organization_revision.revision + 1;
      end if;
      return null;
    end $$`.execute(db);
  for (const table of REVISED_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_revision after insert or update or delete on ${table}
         for each row execute function raise_organization_revision()`,
      )
      .execute(db);
  }
  await sql`
    create trigger document_version_revision after insert or update or delete on document_version
    for each row execute function raise_document_organization_revision()`.execute(db);
};

export async function up(db: Kysely<any>): Promise<void> {
  // No foreign key: a deleted organization's last number may outlive it harmlessly.
  await db.schema
    .createTable('organization_revision')
    .addColumn('organization_id', 'text', (col) => col.primaryKey())
    .addColumn('revision', 'bigint', (col) => col.notNull())
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) await upPostgres(db);
  else await upSqlite(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of [...REVISED_TABLES, 'document_version']) {
    if (isPostgres) await sql.raw(`drop trigger ${table}_revision on ${table}`).execute(db);
    else {
      for (const [event] of EVENTS) {
        await sql.raw(`drop trigger ${table}_revision_${event}`).execute(db);
      }
    }
  }
  if (isPostgres) {
    await sql`drop function raise_organization_revision()`.execute(db);
    await sql`drop function raise_document_organization_revision()`.execute(db);
  }
  await db.schema.dropTable('organization_revision').execute();
}
