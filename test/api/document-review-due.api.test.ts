import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { createOrgApi } from '../harness/org-api.js';

interface Listed {
  id: string;
  nextReviewDate: string | null;
  isReviewDueSoon: boolean;
  isReviewOverdue: boolean;
}

const DAY = 24 * 60 * 60;

describe('documents API: a coming review shows as due in the register', () => {
  let ctx: ApiTestContext;
  let orgId: string;
  let owner: ApiUser;
  let approver: ApiUser;

  const documents = () => `/api/v1/orgs/${orgId}/documents`;
  const json = async <T>(user: ApiUser, method: 'GET' | 'POST', url: string, payload = {}) => {
    const response = await call(ctx, user, {
      method,
      url,
      ...(method === 'POST' ? { payload } : {}),
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<T>();
  };
  const listed = (filter: string) =>
    json<{ items: Listed[] }>(owner, 'GET', `${documents()}?${filter}&pageSize=200`).then((page) =>
      page.items.map((item) => item.id),
    );

  beforeAll(async () => {
    ({ ctx, orgId, owner, approver } = await createOrgApi(
      { name: 'Review Due Co' },
      { owner: ['aims_manager'], approver: ['approver'] },
    ));
  });
  afterAll(async () => ctx.close());

  it('is due from 30 days before the review date to the date itself, then overdue', async () => {
    type Detail = Listed & { versions: { id: string }[] };
    const doc = await json<Detail>(owner, 'POST', documents(), {
      title: 'Data retention procedure',
      kind: 'procedure',
      reviewIntervalMonths: 3,
      bodyMarkdown: 'Keep what the law requires, no longer.',
    });
    const version = `${documents()}/${doc.id}/versions/${doc.versions[0]?.id ?? ''}`;
    await json(owner, 'POST', `${version}/submit`);
    const approved = await json<Detail>(approver, 'POST', `${version}/approve`);
    const reviewDate = approved.nextReviewDate ?? '';
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const daysToReview = (Date.parse(reviewDate) - Date.parse(today)) / 1000 / DAY;
    expect(approved).toMatchObject({ isReviewDueSoon: false, isReviewOverdue: false });

    const flagsAfter = async (days: number) => {
      ctx.clock.advanceSeconds(days * DAY);
      const item = (await json<{ items: Listed[] }>(owner, 'GET', documents())).items.find(
        (candidate) => candidate.id === doc.id,
      );
      return { isReviewDueSoon: item?.isReviewDueSoon, isReviewOverdue: item?.isReviewOverdue };
    };
    expect(await flagsAfter(daysToReview - 31)).toEqual({
      isReviewDueSoon: false,
      isReviewOverdue: false,
    });
    expect(await listed('isReviewDueSoon=true')).not.toContain(doc.id);
    expect(await flagsAfter(1)).toEqual({ isReviewDueSoon: true, isReviewOverdue: false });
    expect(await listed('isReviewDueSoon=true')).toContain(doc.id);
    expect(await flagsAfter(30)).toEqual({ isReviewDueSoon: true, isReviewOverdue: false });
    expect(await flagsAfter(1)).toEqual({ isReviewDueSoon: false, isReviewOverdue: true });
    expect(await listed('isReviewDueSoon=true')).not.toContain(doc.id);
    expect(await listed('isReviewOverdue=true')).toContain(doc.id);
  });
});
