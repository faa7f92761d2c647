/**
 * The Statement of Applicability facts the readiness rules read: the
 * version in force and the published one, undecided and unjustified
 * entries, since when the version in force is older than the risk register,
 * and the not-applicable decisions due for review — the same on both databases.
 */
import { describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../src/domain/validation.js';
import { soaFacts } from '../../src/storage/facts.repository.js';
import { createAuditee, createUser, testContextForSuite } from '../harness/services.js';

describe('Statement of Applicability facts', () => {
  const ctx = testContextForSuite();

  it('follows the SoA from empty to approved, published and stale', async () => {
    const { services } = ctx;
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    const orgId = organization.id;
    const db = ctx.db.database.db;
    const today = () => calendarDateOf(ctx.clock.now());

    expect(await soaFacts(db, orgId, today())).toEqual({
      approvedSoa: null,
      publishedSoa: null,
      undecidedEntries: 38,
      entriesMissingJustification: 38,
      staleSince: null,
      notApplicableReviewsDue: [],
      applicableWithoutCurrentEvidence: [],
    });

    const redTeam = await services.organizationControls.create(manager.actor, orgId, {
      title: 'Red team',
    });
    await services.soa.updateEntry(manager.actor, orgId, 'A.2.2', { applicability: 'applicable' });
    await services.soa.updateEntry(manager.actor, orgId, 'A.7.3', {
      applicability: 'not_applicable',
      justification: 'We acquire no data',
      reviewDate: today(),
    });
    expect(await soaFacts(db, orgId, today())).toMatchObject({
      undecidedEntries: 37,
      entriesMissingJustification: 38,
      notApplicableReviewsDue: ['A.7.3'],
      applicableWithoutCurrentEvidence: ['A.2.2'],
    });

    const { entries } = await services.soa.overview(manager.actor, orgId);
    for (const entry of entries)
      await services.soa.updateEntry(manager.actor, orgId, entry.controlId, {
        applicability: entry.controlId === 'A.7.3' ? 'not_applicable' : 'applicable',
        justification: `Because of ${entry.controlId}`,
        reviewDate: entry.controlId === 'A.7.3' ? '2099-01-01' : null,
      });
    const risk = await services.risks.create(manager.actor, orgId, { statement: 'Drift' });
    ctx.clock.advanceSeconds(60);
    await services.soa.createDraft(manager.actor, orgId, 'First');
    await services.soa.submit(manager.actor, orgId, 1);
    const approved = await services.soa.approve(approver.actor, orgId, 1);
    await services.soa.publish(approver.actor, orgId, 1);
    expect(await soaFacts(db, orgId, today())).toEqual({
      approvedSoa: { id: approved.id, version: 1, approvedAt: approved.approvedAt },
      publishedSoa: {
        id: approved.id,
        version: 1,
        approvedAt: approved.approvedAt,
        publishedAt: expect.any(String) as string,
      },
      undecidedEntries: 0,
      entriesMissingJustification: 0,
      staleSince: null,
      notApplicableReviewsDue: [],
      applicableWithoutCurrentEvidence: expect.arrayContaining(['A.2.2', 'ORG-1']) as string[],
    });

    // Evidence still valid takes a control off the list; expired evidence does not.
    await services.evidence.createLink(manager.actor, orgId, {
      title: 'AI policy page',
      kind: 'link',
      links: { controlIds: ['A.2.2'], organizationControlIds: [redTeam.id] },
      version: { url: 'https://intranet.example/ai-policy', evidenceDate: today() },
    });
    await services.evidence.createLink(manager.actor, orgId, {
      title: 'Old resourcing plan',
      kind: 'link',
      links: { controlIds: ['A.4.2'] },
      version: {
        url: 'https://intranet.example/plan',
        evidenceDate: '2025-01-01',
        validUntil: '2025-12-31',
      },
    });
    const gaps = (await soaFacts(db, orgId, today())).applicableWithoutCurrentEvidence;
    expect(gaps).toHaveLength(36);
    expect(gaps).not.toContain('A.2.2');
    expect(gaps).not.toContain('ORG-1');
    expect(gaps).toContain('A.4.2');
    expect(gaps).not.toContain('A.7.3');

    ctx.clock.advanceSeconds(60);
    const changedAt = ctx.clock.now().toISOString();
    await services.risks.addTreatmentAction(manager.actor, orgId, risk.id, {
      title: 'Monitor drift',
      annexAControlIds: ['A.6.2.6'],
    });
    expect((await soaFacts(db, orgId, today())).staleSince).toBe(changedAt);
  });
});
