/**
 * A register's search is served by an index where one can serve it (an FTS5
 * trigram table on SQLite, trigram GIN indexes on PostgreSQL) and finds
 * exactly what reading every row's text would find, however the rows were
 * written.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REGISTER_SEARCH_COLUMNS,
  searchTableOf,
  trigramIndexOf,
} from '../../src/storage/migrations/2026-12-03T0200-add-register-search-indexes.js';
import type { SearchedTable } from '../../src/storage/migrations/2026-12-03T0200-add-register-search-indexes.js';
import { refreshPlannerStatistics } from '../../src/storage/planner-statistics.js';
import { matchesSearch } from '../../src/storage/register-search.js';
import { searchAny } from '../../src/storage/sql-helpers.js';
import { createTestContext, createAiSystem, createAuditee } from '../harness/services.js';
import type { TestContext, TestUser } from '../harness/services.js';

const TABLES = Object.keys(REGISTER_SEARCH_COLUMNS) as SearchedTable[];

describe('register search', () => {
  let ctx: TestContext;
  let organizationId: string;
  let manager: TestUser;
  const db = () => ctx.db.database.db;
  const isSqlite = () => ctx.db.database.kind === 'sqlite';

  const idsWhere = async (table: SearchedTable, where: ReturnType<typeof matchesSearch>) => {
    const { rows } = await sql<{
      id: string;
    }>`select id from ${sql.table(table)} where ${where} order by id`.execute(db());
    return rows.map((row) => row.id);
  };
  /** What the index finds, and what reading every row's text finds. */
  const bothWays = async (table: SearchedTable, search: string) => ({
    indexed: await idsWhere(table, matchesSearch(db(), table, search)),
    scanned: await idsWhere(
      table,
      searchAny(
        REGISTER_SEARCH_COLUMNS[table].map((column) => `${table}.${column}`),
        search,
      ),
    ),
  });
  /** A few substrings of the table's own text, of 2 to 8 characters. */
  const termsOf = async (table: SearchedTable) => {
    const [column] = REGISTER_SEARCH_COLUMNS[table];
    const { rows } = await sql<{
      text: string;
    }>`select ${sql.ref(column)} as text from ${sql.table(table)} order by id`.execute(db());
    return rows.flatMap(({ text }, index) => {
      const at = index % Math.max(1, text.length - 8);
      return [text.slice(at, at + 2 + (index % 7)), text.slice(at, at + 5).toUpperCase()];
    });
  };
  const indexAgrees = async (table: SearchedTable) => {
    for (const term of await termsOf(table)) {
      const { indexed, scanned } = await bothWays(table, term);
      expect(indexed, `${table}: ${term}`).toEqual(scanned);
    }
  };
  const integrityCheck = async () => {
    if (!isSqlite()) return;
    for (const table of TABLES) {
      const search = sql.table(searchTableOf(table));
      // Compares the index with the register's own rows; throws on any difference.
      await sql`insert into ${search} (${search}, rank) values ('integrity-check', 1)`.execute(
        db(),
      );
    }
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.services.demo.seed();
    const auditee = await createAuditee(ctx.services, 'Search Co');
    organizationId = auditee.organization.id;
    manager = auditee.manager;
  });
  afterAll(() => ctx.db.cleanup());

  it.each(TABLES)('finds in %s what reading every row finds', async (table) => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from ${sql.table(table)}`.execute(db());
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    await indexAgrees(table);
    await integrityCheck();
  });

  it('stays in step as rows are added, changed and deleted', async () => {
    const added = await createAiSystem(ctx.services, manager, organizationId, {
      name: 'Ärztliche Triage-Hilfe',
      purpose: 'Ordnet Anfragen "dringend" zu; 50% schneller',
    });
    for (const table of TABLES) {
      const [column] = REGISTER_SEARCH_COLUMNS[table];
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${sql.ref(column)} || ${' quartz'}
                where id in (select id from ${sql.table(table)} order by id limit 2)`.execute(db());
    }
    await integrityCheck();
    for (const term of ['"dringend"', '50%', '0%', 'quartz', 'Q', 'tz', 'Triage-H']) {
      const { indexed, scanned } = await bothWays('ai_system', term);
      expect(indexed, term).toEqual(scanned);
    }
    // Letters beyond ASCII match in either case, also on SQLite (whose lower() folds ASCII only).
    expect((await bothWays('ai_system', 'ärztlich')).indexed).toEqual([added.id]);
    expect((await bothWays('ai_system', 'ÄRZT')).indexed).toEqual([added.id]);
    for (const table of TABLES) {
      expect((await bothWays(table, 'quartz')).indexed).toHaveLength(2);
    }
    await sql`delete from ai_system where id = ${added.id}`.execute(db());
    await integrityCheck();
    expect((await bothWays('ai_system', 'ärztlich')).indexed).toEqual([]);
  });

  it('survives VACUUM, which must keep the rowids the index refers to (SQLite)', async () => {
    if (!isSqlite()) return;
    await sql`delete from ai_system where id in (select id from ai_system order by id limit 1)`.execute(
      db(),
    );
    await sql`vacuum`.execute(db());
    await integrityCheck();
    await indexAgrees('ai_system');
  });

  it('plans a search of three characters or more through the index', async () => {
    if (isSqlite()) {
      const { rows } = await sql<{ detail: string }>`explain query plan
        select id from ai_system where organization_id = ${organizationId}
        and ${matchesSearch(db(), 'ai_system', 'triage')}`.execute(db());
      expect(rows.map((row) => row.detail).join('\n')).toMatch(
        /VIRTUAL TABLE INDEX .*ai_system_search|ai_system_search VIRTUAL TABLE/,
      );
      return;
    }
    const trigram = await sql<{
      found: number;
    }>`select count(*)::int as found from pg_extension where extname = 'pg_trgm'`.execute(db());
    // A server without pg_trgm searches by reading rows; nothing more to see.
    if (!trigram.rows[0]?.found) return;
    // A large organization (20,000 rows): reading them all costs more than the index.
    await sql`insert into ai_system (id, organization_id, name, purpose, lifecycle_stage, is_in_scope,
                created_at, updated_at)
              select 'bulk-' || g, ${organizationId}, 'Bulk system ' || g, 'Purpose ' || md5(g::text),
                'deployment', 1, now()::text, now()::text
              from generate_series(1, 20000) g`.execute(db());
    // As after an import of that size (storage/planner-statistics.ts).
    await refreshPlannerStatistics(db(), 'postgres', 'ai_system');
    const { rows } = await sql<{ 'QUERY PLAN': string }>`explain
      select id from ai_system where organization_id = ${organizationId}
      and ${matchesSearch(db(), 'ai_system', createHash('md5').update('4321').digest('hex').slice(0, 8))}`.execute(
      db(),
    );
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toContain(trigramIndexOf('ai_system', 'name'));
    expect(plan).toContain(trigramIndexOf('ai_system', 'purpose'));
  });
});
