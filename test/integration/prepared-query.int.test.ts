/**
 * A prepared query is built once per database and run with each call's own
 * values, on both databases; values that look like SQL or like a placeholder
 * are plain values.
 */
import { describe, expect, it } from 'vitest';
import { preparedQuery } from '../../src/storage/prepared-query.js';
import { testDatabaseForSuite } from '../harness/database.js';

describe('prepared queries', () => {
  const test = testDatabaseForSuite();
  let builds = 0;
  const organizationsNamed = preparedQuery(['name', 'kind'], (db, values) => {
    builds++;
    return db
      .selectFrom('organization')
      .select(['id', 'name'])
      .where('name', '=', values.name)
      .where('kind', '=', values.kind)
      .orderBy('id');
  });

  it('runs with each call’s values and builds the query once', async () => {
    const { db } = test.database;
    const at = new Date().toISOString();
    await db
      .insertInto('organization')
      .values([
        { id: 'org-a', name: 'Alpha', kind: 'auditee', created_at: at, require_second_factor: 0 },
        {
          id: 'org-b',
          name: "Beta'; drop table organization; --",
          kind: 'auditee',
          created_at: at,
          require_second_factor: 0,
        },
        {
          id: 'org-c',
          name: 'Alpha',
          kind: 'certification_body',
          created_at: at,
          require_second_factor: 0,
        },
      ])
      .execute();
    expect(await organizationsNamed(db, { name: 'Alpha', kind: 'auditee' })).toEqual([
      { id: 'org-a', name: 'Alpha' },
    ]);
    expect(await organizationsNamed(db, { name: 'Alpha', kind: 'certification_body' })).toEqual([
      { id: 'org-c', name: 'Alpha' },
    ]);
    expect(
      await organizationsNamed(db, { name: "Beta'; drop table organization; --", kind: 'auditee' }),
    ).toEqual([{ id: 'org-b', name: "Beta'; drop table organization; --" }]);
    expect(await organizationsNamed(db, { name: 'prepared:kind', kind: 'auditee' })).toEqual([]);
    expect(builds).toBe(1);
  });
});
