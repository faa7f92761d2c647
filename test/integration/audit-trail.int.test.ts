import { describe, expect, it } from 'vitest';
import { createAuditee, testContextForEachTest, createAiSystem } from '../harness/services.js';

describe('audit trail', () => {
  const ctx = testContextForEachTest();

  it('records every write with actor, before and after, chained per organization', async () => {
    const { organization, manager } = await createAuditee(ctx.services);
    const system = await createAiSystem(ctx.services, manager, organization.id, {
      name: 'Credit scoring',
      purpose: 'Scores loan applications',
    });

    const { items } = await ctx.services.auditLog.list(manager.actor, organization.id, {});
    expect(items.map((entry) => entry.action)).toEqual([
      'ai_system.created',
      'membership.created',
      'membership.created',
      'organization.created',
    ]);
    const created = items[0];
    expect(created).toMatchObject({
      actorUserId: manager.id,
      actorLabel: manager.email,
      entityType: 'ai_system',
      entityId: system.id,
      before: null,
      after: { name: 'Credit scoring', lifecycleStage: 'deployment', isInScope: true },
    });
    expect(items.map((entry) => entry.sequence)).toEqual([4, 3, 2, 1]);
    expect(items[0]?.previousHash).toBe(items[1]?.hash);
  });

  it('filters by entity and pages back with nextBefore', async () => {
    const { organization, manager } = await createAuditee(ctx.services);
    for (const name of ['A', 'B', 'C']) {
      await createAiSystem(ctx.services, manager, organization.id, {
        name,
        lifecycleStage: 'inception',
        isInScope: false,
        outOfScopeReason: 'Pilot outside the AIMS',
      });
    }
    const firstPage = await ctx.services.auditLog.list(manager.actor, organization.id, {
      entityType: 'ai_system',
      limit: 2,
    });
    expect(firstPage.items.map((entry) => (entry.after as { name: string }).name)).toEqual([
      'C',
      'B',
    ]);
    expect(firstPage.nextBefore).not.toBeNull();
    const secondPage = await ctx.services.auditLog.list(manager.actor, organization.id, {
      entityType: 'ai_system',
      limit: 2,
      beforeSequence: firstPage.nextBefore ?? 0,
    });
    expect(secondPage.items.map((entry) => (entry.after as { name: string }).name)).toEqual(['A']);
    expect(secondPage.nextBefore).toBeNull();
  });

  it('verifies an untouched log and names the first entry altered directly in the database', async () => {
    const { organization, manager } = await createAuditee(ctx.services);
    await createAiSystem(ctx.services, manager, organization.id, {
      name: 'Chatbot',
      purpose: 'Answers questions',
      lifecycleStage: 'operation_and_monitoring',
    });
    const intact = await ctx.services.auditLog.verify();
    expect(intact.firstBreak).toBeNull();
    expect(intact.entries).toBeGreaterThanOrEqual(5);

    const target = await ctx.db.database.db
      .selectFrom('audit_log_entry')
      .select(['id', 'sequence'])
      .where('chain', '=', organization.id)
      .where('action', '=', 'ai_system.created')
      .executeTakeFirstOrThrow();
    await ctx.db.database.db
      .updateTable('audit_log_entry')
      .set({ after_json: JSON.stringify({ name: 'Something else' }) })
      .where('id', '=', target.id)
      .execute();

    const broken = await ctx.services.auditLog.verify();
    expect(broken.firstBreak).toEqual({
      entryId: target.id,
      chain: organization.id,
      sequence: target.sequence,
      reason: 'hash_mismatch',
    });
  });

  it('catches a deleted entry as a gap in the chain', async () => {
    const { organization } = await createAuditee(ctx.services);
    await ctx.db.database.db
      .deleteFrom('audit_log_entry')
      .where('chain', '=', organization.id)
      .where('sequence', '=', 2)
      .execute();
    const broken = await ctx.services.auditLog.verify();
    expect(broken.firstBreak).toMatchObject({
      chain: organization.id,
      sequence: 3,
      reason: 'sequence_gap',
    });
  });
});
