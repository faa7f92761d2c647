/**
 * The evidence facts the readiness rules read: items by freshness today and
 * the Annex A controls with current or only expired evidence — the same on
 * both databases, moving with the clock.
 */
import { describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../src/domain/validation.js';
import { evidenceFacts } from '../../src/storage/facts.repository.js';
import { createAuditee, testContextForSuite } from '../harness/services.js';

describe('evidence facts', () => {
  const ctx = testContextForSuite();

  it('counts evidence by freshness and finds controls whose evidence all expired', async () => {
    const { services } = ctx;
    const { organization, manager } = await createAuditee(services);
    const { organization: other, manager: otherManager } = await createAuditee(services);
    const db = ctx.db.database.db;
    const today = () => calendarDateOf(ctx.clock.now());
    expect(await evidenceFacts(db, organization.id, today(), 30)).toEqual({
      evidenceItems: 0,
      fresh: 0,
      expiring: 0,
      expired: 0,
      noExpiry: 0,
      controlsWithCurrentEvidence: 0,
      controlsWithOnlyExpiredEvidence: [],
    });
    const add = (
      controlIds: string[],
      validUntil: string | null,
      orgId = organization.id,
      actor = manager.actor,
    ) =>
      services.evidence.createLink(actor, orgId, {
        title: `Evidence ${controlIds.join(' ')} ${validUntil ?? 'none'}`,
        kind: 'link',
        links: { controlIds },
        version: { url: 'https://example.test/e', evidenceDate: '2026-11-01', validUntil },
      });
    // Today is 2026-12-01.
    await add(['A.2.2'], '2027-06-30');
    await add(['A.3.2'], '2026-12-20');
    await add(['A.3.2'], null);
    await add(['A.4.2', 'A.5.2'], '2026-12-05');
    await add(['A.4.2'], '2026-12-01', other.id, otherManager.actor);
    expect(await evidenceFacts(db, organization.id, today(), 30)).toEqual({
      evidenceItems: 4,
      fresh: 1,
      expiring: 2,
      expired: 0,
      noExpiry: 1,
      controlsWithCurrentEvidence: 4,
      controlsWithOnlyExpiredEvidence: [],
    });
    ctx.clock.advanceSeconds(10 * 86_400);
    expect(await evidenceFacts(db, organization.id, today(), 30)).toMatchObject({
      expiring: 1,
      expired: 1,
      controlsWithCurrentEvidence: 2,
      controlsWithOnlyExpiredEvidence: ['A.4.2', 'A.5.2'],
    });
  });
});
