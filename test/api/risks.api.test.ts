/**
 * The AI risk register over HTTP: scores need approved criteria and keep the
 * version they were given against; a risk above the threshold closes only
 * treated down to it or accepted; acceptance is its own record, given by a
 * role the criteria allow, never by the owner or the requester; an expired
 * acceptance reopens the risk (the daily sweep, on the test clock) and tells
 * its owner; new criteria ask for a re-assessment instead of re-scoring.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { risksAccess } from './access/risks.cases.js';

interface Level {
  key: string;
  label: string;
}
interface RiskView {
  id: string;
  status: string;
  effectiveStatus: string;
  inherent: Level | null;
  residual: Level | null;
  criteriaVersion: number | null;
  isAboveThreshold: boolean;
  needsReassessment: boolean;
  acceptedUntil: string | null;
  availableActions: string[];
  treatmentActions?: { id: string; status: string; annexAControlIds: string[] }[];
  acceptances?: { id: string; state: string; acceptedByUserId: string; levelKey: string }[];
}

const DAY = 24 * 60 * 60;

describe('the AI risk register', () => {
  const api = orgApiForSuite(
    { name: 'Risk Co' },
    {
      manager: ['aims_manager'],
      approver: ['approver'],
      director: ['top_management'],
      owner: ['contributor'],
      lead: ['aims_manager', 'approver'],
    },
  );
  const risks = () => `/api/v1/orgs/${api.orgId}/risks`;
  const send = (user: ApiUser, method: string, url: string, payload?: object) =>
    call(api.ctx, user, { method, url, ...(payload ? { payload } : {}) });
  const ok = async (user: ApiUser, method: string, url: string, payload?: object) => {
    const response = await send(user, method, url, payload);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<RiskView>();
  };
  const approveCriteria = async (content: object = {}) => {
    const criteria = `/api/v1/orgs/${api.orgId}/risk-criteria`;
    const draft = await ok(api.manager, 'POST', criteria, content);
    await ok(api.manager, 'POST', `${criteria}/${draft.id}/submit`);
    return ok(api.approver, 'POST', `${criteria}/${draft.id}/approve`);
  };

  it('refuses scores until risk criteria are approved, but registers an unscored risk', async () => {
    const scored = await send(api.manager, 'POST', risks(), {
      statement: 'Chatbot invents policy terms',
      likelihood: 3,
      consequence: 3,
    });
    expect(scored.statusCode).toBe(409);
    expect(errorOf(scored).code).toBe('RISK_CRITERIA_NOT_APPROVED');
    const unscored = await ok(api.manager, 'POST', risks(), {
      statement: 'Chatbot invents policy terms',
    });
    expect(unscored).toMatchObject({ status: 'identified', inherent: null, criteriaVersion: null });
  });

  it('scores against the criteria in force; a risk above the threshold closes only once treated down to it', async () => {
    await approveCriteria();
    const bad = await send(api.manager, 'POST', risks(), {
      statement: 'x',
      likelihood: 6,
      consequence: 2,
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad)).toMatchObject({ code: 'RISK_INVALID' });
    expect(errorOf(bad).details.issues?.map((issue) => issue.field)).toEqual(['likelihood']);

    const risk = await ok(api.manager, 'POST', risks(), {
      statement: 'Claims triage ranks some postcodes unfairly',
      annexCRiskSourceId: 'machine-learning',
      annexCObjectiveIds: ['fairness'],
      consequencesForIndividuals: 'Claimants wait longer',
      ownerUserId: api.owner.id,
      likelihood: 5,
      consequence: 4,
    });
    expect(risk).toMatchObject({
      status: 'assessed',
      inherent: { key: 'critical' },
      criteriaVersion: 1,
      isAboveThreshold: true,
    });
    const map = (await send(api.manager, 'GET', `${risks()}/heat-map`)).json<{
      inherent: { cells: { level: string; count: number }[][]; total: number };
      residual: { total: number };
      unscored: number;
    }>();
    expect(map.inherent.cells[4]?.[3]).toMatchObject({ level: 'critical', count: 1 });
    expect(map).toMatchObject({ inherent: { total: 1 }, residual: { total: 0 }, unscored: 1 });
    const refused = await send(api.manager, 'POST', `${risks()}/${risk.id}/close`);
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).code).toBe('RISK_ABOVE_THRESHOLD_UNTREATED');
    expect(errorOf(refused).message).toContain('above the acceptance threshold');

    const badControl = await send(api.manager, 'POST', `${risks()}/${risk.id}/treatment-actions`, {
      title: 'Fairness testing',
      annexAControlIds: ['A.99.1'],
    });
    expect(badControl.statusCode).toBe(400);
    expect(errorOf(badControl).details.issues?.map((issue) => issue.field)).toEqual([
      'annexAControlIds.0',
    ]);

    await ok(api.manager, 'PATCH', `${risks()}/${risk.id}`, { treatmentOption: 'modify' });
    const treating = await ok(api.manager, 'POST', `${risks()}/${risk.id}/treatment-actions`, {
      title: 'Quarterly fairness tests with a parity gap limit',
      annexAControlIds: ['A.6.2.4', 'A.7.4'],
      ownerUserId: api.owner.id,
      dueDate: '2027-03-31',
    });
    expect(treating.status).toBe('in_treatment');
    const action = treating.treatmentActions?.[0];
    expect(action?.annexAControlIds).toEqual(['A.6.2.4', 'A.7.4']);
    const stillOpen = await send(api.manager, 'POST', `${risks()}/${risk.id}/close`);
    expect(errorOf(stillOpen).code).toBe('RISK_ABOVE_THRESHOLD_UNTREATED');

    await ok(api.manager, 'PATCH', `${risks()}/${risk.id}/treatment-actions/${action?.id ?? ''}`, {
      status: 'done',
    });
    const treated = await ok(api.manager, 'PATCH', `${risks()}/${risk.id}`, {
      residualLikelihood: 2,
      residualConsequence: 2,
    });
    expect(treated).toMatchObject({ status: 'treated', residual: { key: 'low' } });
    const moved = (await send(api.manager, 'GET', `${risks()}/heat-map`)).json<{
      residual: { cells: { count: number }[][] };
    }>();
    expect(moved.residual.cells[1]?.[1]?.count).toBe(1);
    const closed = await ok(api.manager, 'POST', `${risks()}/${risk.id}/close`);
    expect(closed).toMatchObject({ status: 'closed', availableActions: [] });
    const frozen = await send(api.manager, 'PATCH', `${risks()}/${risk.id}`, { description: 'y' });
    expect(errorOf(frozen).code).toBe('RISK_CLOSED');

    const cell = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `${risks()}?likelihood=5&consequence=4`,
    });
    expect(cell.json<{ items: RiskView[] }>().items.map((item) => item.id)).toEqual([risk.id]);
  });

  it('takes an acceptance only from a role the criteria allow, neither owner nor requester; it expires and reopens the risk', async () => {
    const risk = await ok(api.manager, 'POST', risks(), {
      statement: 'Fraud detector misses a new fraud pattern',
      ownerUserId: api.approver.id,
      likelihood: 4,
      consequence: 4,
      treatmentOption: 'retain',
    });
    expect(risk.inherent?.key).toBe('high');
    const unaccepted = await send(api.manager, 'POST', `${risks()}/${risk.id}/close`);
    expect(errorOf(unaccepted).code).toBe('RISK_RETAINED_WITHOUT_ACCEPTANCE');

    const acceptance = { rationale: 'Manual review catches the rest', expiresOn: '2027-01-31' };
    const accept = (user: ApiUser, body: object = acceptance) =>
      send(user, 'POST', `${risks()}/${risk.id}/acceptances`, body);
    const byManager = await accept(api.manager);
    expect(byManager.statusCode).toBe(403);
    expect(errorOf(byManager)).toMatchObject({
      code: 'RISK_ACCEPTOR_NOT_AUTHORISED',
      details: { level: 'high' },
    });
    expect(errorOf(await accept(api.approver)).code).toBe('RISK_ACCEPTOR_IS_OWNER');
    await ok(api.lead, 'POST', `${risks()}/${risk.id}/request-acceptance`);
    expect(errorOf(await accept(api.lead)).code).toBe('RISK_ACCEPTOR_IS_REQUESTER');
    await ok(api.manager, 'PATCH', `${risks()}/${risk.id}`, { ownerUserId: api.owner.id });
    const noDate = await accept(api.approver, { rationale: 'ok', expiresOn: '2026-01-01' });
    expect(errorOf(noDate).details.issues?.map((issue) => issue.field)).toEqual(['expiresOn']);

    const accepted = (await accept(api.approver)).json<RiskView>();
    expect(accepted).toMatchObject({ status: 'accepted', acceptedUntil: '2027-01-31' });
    expect(accepted.acceptances?.[0]).toMatchObject({
      state: 'valid',
      acceptedByUserId: api.approver.id,
      levelKey: 'high',
    });
    await ok(api.manager, 'POST', `${risks()}/${risk.id}/close`).then((closed) =>
      expect(closed.status).toBe('closed'),
    );

    const lapsing = await ok(api.manager, 'POST', risks(), {
      statement: 'Vendor model drifts between releases',
      ownerUserId: api.owner.id,
      likelihood: 4,
      consequence: 3,
      treatmentOption: 'retain',
    });
    await ok(api.approver, 'POST', `${risks()}/${lapsing.id}/acceptances`, {
      rationale: 'Drift monitoring in place',
      expiresOn: '2027-01-15',
    });
    const days = (Date.parse('2027-01-15') - api.ctx.clock.now().getTime()) / 1000 / DAY;
    api.ctx.clock.advanceSeconds(Math.ceil(days) * DAY);
    const beforeSweep = await ok(api.owner, 'GET', `${risks()}/${lapsing.id}`);
    expect(beforeSweep).toMatchObject({ status: 'accepted', effectiveStatus: 'review_due' });
    const run = await api.ctx.services.jobs.runNow('risk-acceptance-expiry');
    expect(run).toMatchObject({
      status: 'succeeded',
      outcome: '1 risk(s) open for review again; 1 owner notification(s)',
    });
    const reopened = await ok(api.owner, 'GET', `${risks()}/${lapsing.id}`);
    expect(reopened).toMatchObject({ status: 'review_due', acceptedUntil: null });
    expect(reopened.acceptances?.[0]?.state).toBe('expired');
    const notices = await call(api.ctx, api.owner, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/notifications`,
    });
    expect(JSON.stringify(notices.json())).toContain('Vendor model drifts between releases');
    const trail = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {
      action: 'risk.acceptance_expired',
    });
    expect(trail.items).toHaveLength(1);
    expect((await api.ctx.services.auditLog.verify()).firstBreak).toBeNull();
  });

  it('raises a risk from a harm of an impact assessment in one step, linked both ways', async () => {
    const system = await api.ctx.services.aiSystems.create(api.manager.actor, api.orgId, {
      name: 'Claims triage assistant',
      purpose: 'Ranks claims',
      lifecycleStage: 'deployment',
      isInScope: true,
    });
    const assessment = await api.ctx.services.impactAssessments.createDraft(
      api.manager.actor,
      api.orgId,
      system.id,
      {
        impacts: [
          {
            id: 'H1',
            description: 'Claimants from some postcodes wait longer',
            affects: ['individuals', 'groups'],
            nature: 'harm',
            category: 'fairness_and_bias',
            likelihood: 3,
            severity: 4,
          },
          { id: 'B1', description: 'Urgent claims are paid sooner', nature: 'benefit' },
        ],
      },
    );
    const url = (impactId: string) =>
      `/api/v1/orgs/${api.orgId}/impact-assessments/${assessment.id}/impacts/${impactId}/risk`;
    const raised = await send(api.manager, 'POST', url('H1'));
    expect(raised.statusCode, raised.body).toBe(201);
    const risk = raised.json<RiskView & Record<string, unknown>>();
    expect(risk).toMatchObject({
      aiSystemIds: [system.id],
      annexCObjectiveIds: ['fairness'],
      likelihood: 3,
      consequence: 4,
      impactAssessmentId: assessment.id,
      impactId: 'H1',
    });
    expect(String(risk['statement'])).toContain('Claimants from some postcodes wait longer');
    const again = await send(api.manager, 'POST', url('H1'));
    expect(errorOf(again)).toMatchObject({
      code: 'RISK_ALREADY_RAISED',
      details: { riskId: risk.id },
    });
    expect(errorOf(await send(api.manager, 'POST', url('B1'))).code).toBe('IMPACT_NOT_A_HARM');
    expect(errorOf(await send(api.manager, 'POST', url('H9'))).code).toBe('IMPACT_NOT_FOUND');
    const view = await send(
      api.manager,
      'GET',
      `/api/v1/orgs/${api.orgId}/impact-assessments/${assessment.id}`,
    );
    expect(view.json<{ raisedRisks: unknown[] }>().raisedRisks).toEqual([
      expect.objectContaining({ impactId: 'H1', riskId: risk.id }),
    ]);
  });

  it('exports the register and the treatment plan in the words of the criteria, CSV and XLSX', async () => {
    const download = async (register: string, format: 'csv' | 'xlsx') => {
      const response = await send(
        api.manager,
        'GET',
        `/api/v1/orgs/${api.orgId}/${register}/export?format=${format}`,
      );
      expect(response.statusCode).toBe(200);
      return response.rawPayload;
    };
    const csv = (await download('risks', 'csv')).toString('utf8');
    expect(csv).toContain('Claims triage ranks some postcodes unfairly');
    expect(csv).toContain('Organization-wide');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('risks', 'xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values ?? []) as unknown[];
    const rowOf = (statement: string) => {
      let found: ExcelJS.Row | undefined;
      sheet?.eachRow((row) => {
        if (row.getCell(header.indexOf('Statement')).value === statement) found = row;
      });
      return found;
    };
    const triage = rowOf('Claims triage ranks some postcodes unfairly');
    expect(triage?.getCell(header.indexOf('Inherent level')).value).toBe('Critical');
    expect(triage?.getCell(header.indexOf('Residual level')).value).toBe('Low');
    expect(triage?.getCell(header.indexOf('Likelihood')).value).toBe(5);
    expect(triage?.getCell(header.indexOf('Controls')).value).toBe('A.6.2.4; A.7.4');
    expect(triage?.getCell(header.indexOf('Annex C objectives threatened')).value).toBe('Fairness');
    const plan = (await download('risk-treatment-plan', 'csv')).toString('utf8');
    expect(plan.split(/\r?\n/)[0]).toContain('Action Id,Risk Id,Risk,Current level,Action');
    expect(plan).toContain('Quarterly fairness tests with a parity gap limit');
  });

  it('asks for a re-assessment under new criteria instead of re-scoring silently', async () => {
    const risk = await ok(api.manager, 'POST', risks(), {
      statement: 'Support chatbot discloses personal data',
      likelihood: 3,
      consequence: 5,
    });
    expect(risk.criteriaVersion).toBe(1);
    await approveCriteria({ acceptanceThreshold: 'high' });
    const kept = await ok(api.manager, 'GET', `${risks()}/${risk.id}`);
    expect(kept).toMatchObject({ criteriaVersion: 1, needsReassessment: true });
    const early = await send(api.director, 'POST', `${risks()}/${risk.id}/acceptances`, {
      rationale: 'x',
      expiresOn: '2099-01-01',
    });
    expect(errorOf(early).code).toBe('RISK_REASSESSMENT_REQUIRED');
    const reassessed = await ok(api.manager, 'POST', `${risks()}/${risk.id}/reassess`, {
      likelihood: 3,
      consequence: 5,
    });
    expect(reassessed).toMatchObject({ criteriaVersion: 2, needsReassessment: false });
    const trail = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {
      entityId: risk.id,
    });
    expect(trail.items[0]?.action).toBe('risk.updated');
  });
});

describeOrgRouteAccess(risksAccess);
