/**
 * Each register's default order within an organization is served by an
 * index, on both databases: a page is read off the index in order rather
 * than sorting every row of the organization.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_SORT_INDEXES } from '../../src/storage/migrations/2026-12-02T0600-add-register-sort-indexes.js';
import { OBLIGATION_NATURAL_SORT_INDEXES } from '../../src/storage/migrations/2026-12-03T1500-add-obligation-natural-sort-keys.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';

/** What the database says each index covers, columns and expressions, lower-cased without spaces. */
const indexDefinitions = async (test: TestDatabase): Promise<Map<string, string>> => {
  const { db, kind } = test.database;
  const rows =
    kind === 'sqlite'
      ? await sql<{ name: string; definition: string }>`
          select name, sql as definition from sqlite_master
          where type = 'index' and sql is not null`.execute(db)
      : await sql<{ name: string; definition: string }>`
          select indexname as name, indexdef as definition from pg_indexes`.execute(db);
  return new Map(
    rows.rows.map((row) => [
      row.name,
      row.definition
        .toLowerCase()
        .replace(/[\s"]/g, '')
        .replace('public.', '')
        .replace('usingbtree', ''),
    ]),
  );
};

/** The indexes in force: the obligations' text-order index gave way to natural-order ones. */
const SORT_INDEXES: [string, readonly [string, string]][] = [
  ...Object.entries(REGISTER_SORT_INDEXES).filter(([name]) => name !== 'obligation_list_idx'),
  ...Object.entries(OBLIGATION_NATURAL_SORT_INDEXES).map(
    ([name, columns]): [string, readonly [string, string]] => [name, ['obligation', columns]],
  ),
];

describe('indexes for the registers default order', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => test.cleanup());

  it.each(SORT_INDEXES)(
    '%s covers its table by organization, then its default order',
    async (name, [table, columns]) => {
      const definition = (await indexDefinitions(test)).get(name);
      expect(definition, name).toBeDefined();
      expect(definition).toContain(`on${table}(${columns.toLowerCase().replace(/\s/g, '')})`);
    },
  );

  it('reads a page of AI systems and of obligations in index order, without sorting (SQLite)', async () => {
    if (test.database.kind !== 'sqlite') return;
    const plans = await Promise.all(
      [
        sql`select * from ai_system where organization_id = ${'o'}
            order by lower(name) asc, id asc limit 25 offset 0`,
        sql`select * from obligation where organization_id = ${'o'}
            order by source_sort_key asc, reference_sort_key asc, id asc limit 25 offset 0`,
        sql`select * from ai_system where organization_id = ${'o'}
            order by lower(name) desc, id desc limit 25 offset 0`,
      ].map(async (query) =>
        (await sql<{ detail: string }>`explain query plan ${query}`.execute(test.database.db)).rows
          .map((row) => row.detail)
          .join('; '),
      ),
    );
    for (const plan of plans) {
      expect(plan).toMatch(
        /USING (COVERING )?INDEX (ai_system_list_idx|obligation_source_natural_idx)/,
      );
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });
});
