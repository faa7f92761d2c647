/** Instances starting together on an empty database migrate it and seed the demo exactly once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argon2idHasher } from '../../src/services/password-hasher.js';
import { openRuntime, seedDemoOnFirstStart } from '../../src/services/runtime.js';
import type { Runtime } from '../../src/services/runtime.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';

describe('starting several instances together on an empty database', () => {
  let empty: TestDatabase;
  const runtimes: Runtime[] = [];

  beforeAll(async () => {
    empty = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await Promise.all(runtimes.map((runtime) => runtime.close()));
    await empty.cleanup();
  });

  it('migrates once and seeds one demo, whichever instance wins', async () => {
    const open = () =>
      openRuntime(empty.config, {
        passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
        auditKey: empty.auditKey,
      });
    runtimes.push(...(await Promise.all([open(), open(), open()])));
    const seeded = await Promise.all(runtimes.map((runtime) => seedDemoOnFirstStart(runtime)));
    expect(seeded.filter((credentials) => credentials !== null)).toHaveLength(1);
    const db = empty.database.db;
    const organizations = await db.selectFrom('organization').select(['id', 'name']).execute();
    expect(new Set(organizations.map((org) => org.name)).size).toBe(organizations.length);
    const withoutMembers = await db
      .selectFrom('organization')
      .leftJoin('membership', 'membership.organization_id', 'organization.id')
      .where('membership.id', 'is', null)
      .select('organization.id')
      .execute();
    expect(withoutMembers).toEqual([]);
    expect(await seedDemoOnFirstStart(runtimes[0]!)).toBeNull();
  });
});
