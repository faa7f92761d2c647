/**
 * A large import refreshes PostgreSQL's planner statistics for its table at
 * once, so the register's pages are planned for the rows it now holds rather
 * than as a sort of every row until autovacuum comes by.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { aiSystemCsv } from '../harness/spreadsheet-bombs.js';
import { multipartFile } from '../harness/upload.js';

describe('planner statistics after a large import', () => {
  const api = orgApiForSuite({ name: 'Statistics Co' }, { manager: ['aims_manager'] });

  it('knows the imported rows as soon as the import answers', async () => {
    const response = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/import`,
      ...multipartFile('systems.csv', aiSystemCsv(1000)),
    });
    expect(response.statusCode, response.body).toBe(201);
    const { database } = api.ctx.db;
    if (database.kind !== 'postgres') return;
    const { rows } = await sql<{ reltuples: number }>`
      select reltuples from pg_class where relname = 'ai_system'`.execute(database.db);
    expect(Number(rows[0]?.reltuples)).toBeGreaterThanOrEqual(1000);
  });
});
