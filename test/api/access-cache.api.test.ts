import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createApiTestContext,
  createApiUser,
  createOrg,
  type ApiTestContext,
  type ApiUser,
} from '../harness/api.js';
import { openDatabase } from '../../src/storage/database.js';
import type { Database } from '../../src/storage/database.js';
import type { Organization } from '../../src/storage/organization.repository.js';

/**
 * A server keeps what each caller's credentials statement read and forgets
 * it when the database says it changed: on PostgreSQL by an announcement
 * (LISTEN/NOTIFY), on SQLite by the file's data version. Whoever changes it
 * (another instance or process, the CLI, a hand-written statement), the
 * next request after the change is known reads afresh; this instance's own
 * writes take effect at once. While announcements cannot be heard nothing
 * is kept.
 */
describe('callers kept until the database says they changed', () => {
  let statements = 0;
  let ctx: ApiTestContext;
  /** Another instance (on SQLite, another connection to the file), keeping nothing. */
  let elsewhere: Database;
  let org: Organization;

  const cache = () => ctx.db.database.accessCache!;
  const listener = () => ctx.db.database.accessListener;
  /** Every change committed so far is known (SQLite knows at once). */
  const settled = async () => listener()?.settled();
  const listAs = async (user: ApiUser) => {
    statements = 0;
    const response = await call(ctx, user, {
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/ai-systems`,
    });
    return { status: response.statusCode, statements, body: response.body };
  };
  /** A caller whose access is kept: asked twice, the second answer needs no statement. */
  const keptCaller = async (roles: Parameters<typeof createApiUser>[2] = ['viewer']) => {
    const user = await createApiUser(ctx, org, roles);
    await listAs(user);
    await settled();
    await listAs(user);
    expect((await listAs(user)).statements).toBe(0);
    return user;
  };

  beforeAll(async () => {
    ctx = await createApiTestContext(undefined, { onStatement: () => statements++ });
    elsewhere = openDatabase(ctx.db.config);
    org = await createOrg(ctx, 'auditee', 'Kept Callers Co');
    await cache().whenLive();
  });
  afterAll(async () => {
    await elsewhere.close();
    await ctx.close();
  });

  it('answers a repeated page with no statement at all', async () => {
    const viewer = await keptCaller();
    expect(await listAs(viewer)).toMatchObject({ status: 200, statements: 0 });
  });

  it('refuses a token revoked elsewhere once the revocation is announced', async () => {
    const viewer = await keptCaller();
    await elsewhere.db
      .updateTable('api_token')
      .set({ revoked_at: new Date().toISOString() })
      .where('user_id', '=', viewer.id)
      .execute();
    await settled();
    expect((await listAs(viewer)).status).toBe(401);
  });

  it('answers not found once a membership removed elsewhere is announced', async () => {
    const viewer = await keptCaller();
    await elsewhere.db.deleteFrom('membership').where('user_id', '=', viewer.id).execute();
    await settled();
    expect((await listAs(viewer)).status).toBe(404);
  });

  it('demands a second factor once the organization requires it elsewhere', async () => {
    const other = await createOrg(ctx, 'auditee', 'Strict Later Co');
    const previous = org;
    org = other;
    try {
      const viewer = await keptCaller();
      await elsewhere.db
        .updateTable('organization')
        .set({ require_second_factor: 1 })
        .where('id', '=', other.id)
        .execute();
      await settled();
      expect(JSON.parse((await listAs(viewer)).body)).toMatchObject({
        code: 'SECOND_FACTOR_REQUIRED',
      });
    } finally {
      org = previous;
    }
  });

  it('shows a register row written elsewhere once it is announced', async () => {
    const manager = await keptCaller(['aims_manager']);
    const added = await call(ctx, manager, {
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/ai-systems`,
      payload: {
        name: 'Triage model',
        purpose: 'Sorts incoming tickets',
        lifecycleStage: 'deployment',
        isInScope: true,
      },
    });
    expect(added.statusCode).toBe(201);
    await settled();
    await listAs(manager);
    expect((await listAs(manager)).statements).toBe(0);
    await elsewhere.db
      .updateTable('ai_system')
      .set({ name: 'Renamed elsewhere' })
      .where('organization_id', '=', org.id)
      .execute();
    await settled();
    expect((await listAs(manager)).body).toContain('Renamed elsewhere');
  });

  it("takes this instance's own revocation into account without waiting for it", async () => {
    const viewer = await keptCaller();
    const tokens = await call(ctx, viewer, { method: 'GET', url: '/api/v1/auth/tokens' });
    const [token] = tokens.json<{ id: string }[]>();
    await call(ctx, viewer, { method: 'DELETE', url: `/api/v1/auth/tokens/${token?.id ?? ''}` });
    expect((await listAs(viewer)).status).toBe(401);
  });

  it("recording a credential's use forgets that credential alone", async () => {
    const first = await createApiUser(ctx, org, ['viewer']);
    const second = await createApiUser(ctx, org, ['viewer']);
    for (const user of [first, second]) await listAs(user);
    await settled();
    for (const user of [first, second]) await listAs(user);
    expect((await listAs(first)).statements).toBe(0);
    expect((await listAs(second)).statements).toBe(0);
    // A minute on, the next use is recorded (a write that changes nothing about access).
    ctx.clock.advanceSeconds(61);
    expect((await listAs(first)).statements).toBe(0);
    // Still kept: the first caller's write forgot only the first caller.
    expect((await listAs(second)).statements).toBe(0);
    await settled();
    // Each is read again once, as its own use was recorded.
    expect((await listAs(first)).statements).toBe(1);
    expect((await listAs(second)).statements).toBe(1);
    expect((await listAs(first)).statements).toBe(0);
    const used = await elsewhere.db
      .selectFrom('api_token')
      .select('last_used_at')
      .where('user_id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(used.last_used_at).toBe(ctx.clock.now().toISOString());
  });

  it('keeps no unknown credential', async () => {
    await keptCaller();
    const before = cache().size;
    for (let guess = 0; guess < 20; guess++) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org.id}/ai-systems`,
        headers: { authorization: `Bearer aims_guess${guess}` },
      });
      expect(response.statusCode).toBe(401);
    }
    expect(cache().size).toBe(before);
  });

  it.runIf(process.env.DATABASE_URL)(
    'keeps nothing while the announcements cannot be heard, and resumes once they can',
    async () => {
      const viewer = await keptCaller();
      const pid = await listener()!.backendPid();
      expect(pid).not.toBeNull();
      await sql`select pg_terminate_backend(${pid})`.execute(elsewhere.db);
      // Until the listener notices, the cache may still serve; once it has, nothing is kept.
      await expect.poll(() => cache().live, { timeout: 5000 }).toBe(false);
      expect(cache().size).toBe(0);
      expect((await listAs(viewer)).statements).toBe(1);
      expect((await listAs(viewer)).statements).toBe(1);
      await cache().whenLive();
      await listAs(viewer);
      expect((await listAs(viewer)).statements).toBe(0);
    },
  );
});
