/**
 * On PostgreSQL, every change to what a request's credentials statement
 * reads is announced on the access channel once it commits: a credential
 * (by its hash), a user, an organization, its memberships and its revision
 * (storage/access-changes.ts forgets what was kept of them). The payload
 * names the thing, `credential:<hash>`, `user:<id>` or `org:<id>`; several
 * identical ones in a transaction arrive as one.
 *
 * SQLite needs none: nothing of it is kept there, since the CLI may write
 * the same file from another process without a way to tell the server.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

/** Table, payload prefix, and the column that names the changed thing. */
const ANNOUNCED = [
  ['session', 'credential', 'token_hash'],
  ['api_token', 'credential', 'token_hash'],
  ['user_account', 'user', 'id'],
  ['organization', 'org', 'id'],
  ['membership', 'org', 'organization_id'],
  ['organization_revision', 'org', 'organization_id'],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function notify_access_change() returns trigger language plpgsql as $$
    declare
      before_value text;
      after_value text;
    begin
      if tg_op <> 'INSERT' then before_value := to_jsonb(old) ->> tg_argv[1]; end if;
      if tg_op <> 'DELETE' then after_value := to_jsonb(new) ->> tg_argv[1]; end if;
      if before_value is not null then
        perform pg_notify('aims_access', tg_argv[0] || ':' || before_value);
      end if;
      if after_value is not null and after_value is distinct from before_value then
        perform pg_notify('aims_access', tg_argv[0] || ':' || after_value);
      end if;
      return null;
    end $$`.execute(db);
  for (const [table, prefix, column] of ANNOUNCED) {
    await sql
      .raw(
        `create trigger ${table}_access_change after insert or update or delete on ${table}
         for each row execute function notify_access_change('${prefix}', '${column}')`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const [table] of ANNOUNCED) {
    await sql.raw(`drop trigger ${table}_access_change on ${table}`).execute(db);
  }
  await sql`drop function notify_access_change()`.execute(db);
}
