/**
 * A not-applicable decision past its review date comes back for review: on
 * the test clock the read shows it due at once; the daily sweep flags it in
 * the audit trail and tells its owner, once per review date; no version is
 * submitted while it is due; a new review date clears it.
 */
import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

const DAY = 86_400;

interface Entry {
  controlId: string;
  isReviewDue: boolean;
  reviewDate: string | null;
  reviewFlaggedFor: string | null;
}

describe('the review of not-applicable SoA decisions', () => {
  const api = orgApiForSuite(
    { name: 'Review Co' },
    { manager: ['aims_manager'], owner: ['contributor'] },
  );
  const soa = () => `/api/v1/orgs/${api.orgId}/soa`;
  const send = (user: ApiUser, method: string, url: string, payload?: object) =>
    call(api.ctx, user, { method, url, ...(payload ? { payload } : {}) });

  it('flags the decision on its review date, tells the owner once, and clears on a new date', async () => {
    const today = api.ctx.clock.now().toISOString().slice(0, 10);
    const inTenDays = new Date(api.ctx.clock.now().getTime() + 10 * DAY * 1000)
      .toISOString()
      .slice(0, 10);
    const saved = await send(api.manager, 'PATCH', `${soa()}/entries/A.7.3`, {
      applicability: 'not_applicable',
      justification: 'We acquire no data for our AI systems',
      ownerUserId: api.owner.id,
      reviewDate: inTenDays,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<Entry>().isReviewDue).toBe(false);
    expect(today < inTenDays).toBe(true);

    const early = await api.ctx.services.jobs.runNow('soa-review-due');
    expect(early).toMatchObject({ status: 'succeeded', outcome: expect.stringMatching(/^0 /) });

    api.ctx.clock.advanceSeconds(10 * DAY);
    const due = await send(api.manager, 'GET', `${soa()}?reviewDue=true`);
    expect(due.json<{ entries: Entry[] }>().entries.map((e) => e.controlId)).toEqual(['A.7.3']);

    const run = await api.ctx.services.jobs.runNow('soa-review-due');
    expect(run).toMatchObject({
      status: 'succeeded',
      outcome: '1 not-applicable decision(s) due for review; 1 owner notification(s)',
    });
    const again = await api.ctx.services.jobs.runNow('soa-review-due');
    expect(again.outcome).toBe(
      '0 not-applicable decision(s) due for review; 0 owner notification(s)',
    );
    const flagged = await send(api.owner, 'GET', `${soa()}/entries/A.7.3`);
    expect(flagged.json<Entry>()).toMatchObject({ isReviewDue: true, reviewFlaggedFor: inTenDays });
    const notices = await send(api.owner, 'GET', `/api/v1/orgs/${api.orgId}/notifications`);
    const text = JSON.stringify(notices.json());
    expect(text).toContain('A.7.3');
    expect(text).toContain(`/orgs/${api.orgId}/soa/A.7.3`);
    const trail = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {
      action: 'soa_entry.review_due',
    });
    expect(trail.items.map((item) => item.entityId)).toEqual(['A.7.3']);

    await send(api.manager, 'POST', `${soa()}/versions`, {});
    const refused = await send(api.manager, 'POST', `${soa()}/versions/1/submit`);
    expect(errorOf(refused).details.issues?.map((issue) => issue.field)).toContain(
      'entries.A.7.3.reviewDate',
    );

    const renewed = await send(api.manager, 'PATCH', `${soa()}/entries/A.7.3`, {
      reviewDate: '2099-12-31',
    });
    expect(renewed.json<Entry>()).toMatchObject({ isReviewDue: false, reviewFlaggedFor: null });
  });
});
