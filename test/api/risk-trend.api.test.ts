/**
 * The risk trend over HTTP, on the test clock: the daily job records the
 * month's figures of open risks by current level (residual once assessed),
 * rewrites them while the month runs, and keeps them once it is over; the
 * month under way is read as it stands.
 */
import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { pdfText } from '../harness/pdf-text.js';

interface Figures {
  month: string;
  levels: { key: string; label: string; count: number }[];
  unscored: number;
  open: number;
}
interface Trend {
  months: { month: string; figures: Figures | null }[];
  levels: { key: string }[];
  currentMonth: string;
}

const DAY = 24 * 60 * 60;

const countsOf = (figures: Figures | null | undefined) =>
  Object.fromEntries((figures?.levels ?? []).map((level) => [level.key, level.count]));

describe('the risk trend', () => {
  const api = orgApiForSuite(
    { name: 'Trend Co' },
    { manager: ['aims_manager'], approver: ['approver'], viewer: ['viewer'] },
  );
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/${path}`;
  const ok = async <T>(user: ApiUser, method: string, path: string, payload?: object) => {
    const response = await call(api.ctx, user, {
      method,
      url: url(path),
      ...(payload ? { payload } : {}),
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return (response.statusCode === 204 ? undefined : response.json()) as T;
  };
  const trend = (months: number) => ok<Trend>(api.viewer, 'GET', `risks/trend?months=${months}`);
  const recordMonth = async () =>
    expect(await api.ctx.services.jobs.runNow('risk-trend')).toMatchObject({
      status: 'succeeded',
      outcome: 'figures recorded for 1 organization(s)',
    });

  it('records each month, keeps the last figures of a month, and reads the current one live', async () => {
    const draft = await ok<{ id: string }>(api.manager, 'POST', 'risk-criteria', {});
    await ok(api.manager, 'POST', `risk-criteria/${draft.id}/submit`);
    await ok(api.approver, 'POST', `risk-criteria/${draft.id}/approve`);
    const create = (statement: string, scores: object) =>
      ok<{ id: string }>(api.manager, 'POST', 'risks', { statement, ...scores });
    const drift = await create('Model drifts between releases', { likelihood: 4, consequence: 4 });
    const bias = await create('Triage ranks some postcodes lower', {
      likelihood: 4,
      consequence: 4,
    });
    await create('Chatbot invents policy terms', {});
    await ok(api.manager, 'POST', 'risks', {
      kind: 'opportunity',
      statement: 'Faster claims for simple cases',
      likelihood: 4,
      consequence: 4,
    });

    await recordMonth();
    api.ctx.clock.advanceSeconds(14 * DAY);
    await ok(api.manager, 'PATCH', `risks/${drift.id}`, {
      residualLikelihood: 1,
      residualConsequence: 2,
    });
    await recordMonth();

    api.ctx.clock.advanceSeconds(17 * DAY);
    await ok(api.manager, 'DELETE', `risks/${bias.id}`);
    const now = await trend(3);
    expect(now.months.map((entry) => entry.month)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(now.currentMonth).toBe('2027-01');
    const [november, december, january] = now.months;
    expect(november?.figures).toBeNull();
    expect(countsOf(december?.figures)).toEqual({ low: 1, medium: 0, high: 1, critical: 0 });
    expect(december?.figures).toMatchObject({ unscored: 1, open: 3 });
    expect(countsOf(january?.figures)).toEqual({ low: 1, medium: 0, high: 0, critical: 0 });
    expect(january?.figures).toMatchObject({ unscored: 1, open: 2 });
    expect(now.levels.map((level) => level.key)).toEqual(['low', 'medium', 'high', 'critical']);

    await recordMonth();
    api.ctx.clock.advanceSeconds(40 * DAY);
    const later = await trend(2);
    expect(later.months.map((entry) => entry.month)).toEqual(['2027-01', '2027-02']);
    expect(later.months[0]?.figures).toMatchObject({ open: 2 });
  });

  it('downloads the risk report as a PDF with the heat maps, the trend and the register', async () => {
    const response = await call(api.ctx, api.viewer, {
      method: 'GET',
      url: url('risks/report.pdf'),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="ai-risk-report-trend-co-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const { text } = await pdfText(response.rawPayload);
    expect(text).toContain('Trend Co');
    expect(text).toContain('Model drifts between releases');
    expect(text).toContain('Faster claims for simple cases');
    expect(text).not.toContain('Triage ranks some postcodes lower');
  });

  it('refuses a number of months out of range', async () => {
    for (const months of ['0', '61', 'twelve', '1.5']) {
      const response = await call(api.ctx, api.viewer, {
        method: 'GET',
        url: url(`risks/trend?months=${months}`),
      });
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).details).toMatchObject({
        issues: [expect.objectContaining({ field: 'querystring.months' })],
      });
    }
  });

  it('refuses a number of months out of range to a direct caller too', async () => {
    await expect(
      api.ctx.services.riskTrend.trend(api.viewer.actor, api.orgId, 0),
    ).rejects.toMatchObject({
      code: 'RISK_TREND_MONTHS_INVALID',
      details: { issues: [{ field: 'months' }] },
    });
  });
});
