/**
 * The daily evidence sweep writes its changes in batches, each
 * organization's together: every change is recorded once, with one audit
 * entry, across more changes than one batch holds and across organizations,
 * and the audit trail stays unbroken — on both databases.
 */
import { describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../src/domain/validation.js';
import { createAuditee, testContextForSuite } from '../harness/services.js';

const SWEEPER = { kind: 'system', label: 'evidence-freshness' } as const;
const DAY_SECONDS = 86_400;

describe('the evidence freshness sweep', () => {
  const ctx = testContextForSuite();

  it('records a few hundred changes over two organizations once each, in an unbroken trail', async () => {
    const { services } = ctx;
    const first = await createAuditee(services);
    const second = await createAuditee(services);
    const today = calendarDateOf(ctx.clock.now());
    const inDays = (days: number) =>
      calendarDateOf(new Date(ctx.clock.now().getTime() + days * DAY_SECONDS * 1000));
    const add = async (owner: typeof first, count: number) => {
      for (let index = 0; index < count; index += 1)
        await services.evidence.createLink(owner.manager.actor, owner.organization.id, {
          title: `Record ${index + 1}`,
          kind: 'link',
          links: { controlIds: ['A.6.2.4'] },
          version: {
            url: `https://records.example/${index + 1}`,
            evidenceDate: today,
            validUntil: inDays(40 + (index % 10)),
          },
        });
    };
    await add(first, 270);
    await add(second, 12);
    expect(await services.evidence.sweepFreshness(SWEEPER)).toEqual([]);

    // Sixty days on, every item has expired: more changes than one batch holds.
    ctx.clock.advanceSeconds(60 * DAY_SECONDS);
    const changes = await services.evidence.sweepFreshness(SWEEPER);
    expect(changes).toHaveLength(282);
    expect(new Set(changes.map((change) => change.to))).toEqual(new Set(['expired']));
    expect(await services.evidence.sweepFreshness(SWEEPER)).toEqual([]);

    const expired = await services.evidence.list(first.manager.actor, first.organization.id, {
      freshness: 'expired',
      pageSize: 1,
    });
    expect(expired.total).toBe(270);
    const trail = await services.auditLog.list(second.manager.actor, second.organization.id, {
      action: 'evidence.freshness_changed',
    });
    expect(trail.items).toHaveLength(12);
    expect((await services.auditLog.verify()).firstBreak).toBeNull();
  });
});
