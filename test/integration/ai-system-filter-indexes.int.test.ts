/**
 * The AI system list's single-value filters (owner, risk class, route,
 * general-purpose AI model, Art. 50) are each served by an index after the
 * organization, so a filtered page is read in order off the index.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AI_SYSTEM_FILTER_INDEXES } from '../../src/storage/migrations/2026-12-03T1100-classify-ai-systems-under-eu-ai-act.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';

describe('indexes for the AI system list filters', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => test.cleanup());

  it('exist on both databases', async () => {
    const { db, kind } = test.database;
    const names = (
      kind === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(
            db,
          )
        : await sql<{ name: string }>`select indexname as name from pg_indexes`.execute(db)
    ).rows.map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(Object.keys(AI_SYSTEM_FILTER_INDEXES)));
  });

  it.each(Object.entries(AI_SYSTEM_FILTER_INDEXES))(
    '%s serves a page filtered on %s, without sorting (SQLite)',
    async (name, column) => {
      if (test.database.kind !== 'sqlite') return;
      const query = sql`select * from ai_system where organization_id = ${'o'}
        and ${sql.ref(column)} = ${'x'} order by lower(name) asc, id asc limit 25 offset 0`;
      const plan = (
        await sql<{ detail: string }>`explain query plan ${query}`.execute(test.database.db)
      ).rows
        .map((row) => row.detail)
        .join('; ');
      expect(plan).toContain(`INDEX ${name}`);
      expect(plan).not.toContain('TEMP B-TREE');
    },
  );
});
