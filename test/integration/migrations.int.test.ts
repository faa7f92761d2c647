import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrateToLatest, schemaVersion } from '../../src/storage/migrate.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';

describe('migrations', () => {
  let db: TestDatabase | undefined;
  afterEach(async () => db?.cleanup());

  it('take an empty database to the latest version, then have nothing left to do', async () => {
    db = await createTestDatabase({ migrate: false });
    expect(await schemaVersion(db.database)).toBeNull();

    const first = await migrateToLatest(db.database);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.version).toBe(latestSchemaVersion());

    const second = await migrateToLatest(db.database);
    expect(second.applied).toEqual([]);
    expect(second.version).toBe(latestSchemaVersion());
  });

  it('creates every table the repositories use', async () => {
    db = await createTestDatabase();
    const tables = (await db.database.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'organization',
        'user_account',
        'membership',
        'session',
        'api_token',
        'login_throttle',
        'audit_log_entry',
        'ai_system',
        'file_blob',
        'file_chunk',
      ]),
    );
  });
});
