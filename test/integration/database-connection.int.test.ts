import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseForSuite } from '../harness/database.js';

describe('the database connection', () => {
  const test = testDatabaseForSuite();

  it('survives the server dropping an idle connection, and answers on the next query', async () => {
    const { db, kind } = test.database;
    const one = async () => (await sql<{ one: number }>`select 1 as one`.execute(db)).rows[0]?.one;
    expect(Number(await one())).toBe(1);
    if (kind === 'postgres') {
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]
        ?.pid;
      const watcher = await createTestDatabase({ migrate: false });
      try {
        await sql`select pg_terminate_backend(${pid})`.execute(watcher.database.db);
      } finally {
        await watcher.cleanup();
      }
      // Give the pool a moment to see the dropped connection as an 'error' event.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(Number(await one())).toBe(1);
  });
});
