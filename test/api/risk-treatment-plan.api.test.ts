/**
 * The AI risk treatment plan as an approved record over HTTP: a draft
 * freezes the plan as the risk register stands, one open version at a time;
 * refreshing takes it again; nobody who created or refreshed a version
 * approves it; the approved snapshot stays as it was while the overview
 * lists what changed since; approving a new version supersedes it.
 */
import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { riskTreatmentPlansAccess } from './access/risk-treatment-plans.cases.js';

interface Entry {
  actionId: string;
  title: string;
  riskId: string;
  inherentLevel: string | null;
  organizationControlIds: string[];
  annexAControlIds: string[];
  status: string;
  isOverdue: boolean;
}
interface Snapshot {
  asOf: string;
  entries: Entry[];
  summary: {
    actions: number;
    byStatus: Record<string, number>;
    risksTreated: number;
    untreatedAboveThreshold: string[];
  };
}
interface Version {
  id: string;
  version: number;
  status: string;
  editorUserIds: string[];
  summary: Snapshot['summary'];
  snapshot: Snapshot;
  availableActions: string[];
  approvedByUserId: string | null;
  supersededAt: string | null;
  lastReturn: { comment: string } | null;
}
interface Diff {
  added: Entry[];
  removed: Entry[];
  changed: { actionId: string; fields: string[]; before: Entry; after: Entry }[];
  unchanged: number;
}
interface Overview {
  approved: Omit<Version, 'snapshot'> | null;
  draft: Omit<Version, 'snapshot'> | null;
  versions: Omit<Version, 'snapshot'>[];
  live: Snapshot;
  changedSinceApproval: Diff | null;
}

describe('the AI risk treatment plan', () => {
  const api = orgApiForSuite(
    { name: 'Plan Co' },
    {
      manager: ['aims_manager'],
      approver: ['approver'],
      lead: ['aims_manager', 'approver'],
      viewer: ['viewer'],
    },
  );
  const plans = () => `/api/v1/orgs/${api.orgId}/risk-treatment-plans`;
  const risks = () => `/api/v1/orgs/${api.orgId}/risks`;
  const send = (user: ApiUser, method: string, url: string, payload?: object) =>
    call(api.ctx, user, { method, url, ...(payload ? { payload } : {}) });
  const ok = async <T = Version>(user: ApiUser, method: string, url: string, payload?: object) => {
    const response = await send(user, method, url, payload);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<T>();
  };
  const overview = () => ok<Overview>(api.manager, 'GET', plans());
  const state: { riskId: string; actionIds: string[]; firstId: string } = {
    riskId: '',
    actionIds: [],
    firstId: '',
  };

  it('shows an empty live plan and no versions at first', async () => {
    const first = await overview();
    expect(first).toMatchObject({
      approved: null,
      draft: null,
      versions: [],
      changedSinceApproval: null,
      live: { entries: [], summary: { actions: 0, risksTreated: 0 } },
    });
  });

  it('freezes the plan in a draft, one open version at a time', async () => {
    const criteria = `/api/v1/orgs/${api.orgId}/risk-criteria`;
    const draftCriteria = await ok(api.manager, 'POST', criteria, {});
    await ok(api.manager, 'POST', `${criteria}/${draftCriteria.id}/submit`);
    await ok(api.approver, 'POST', `${criteria}/${draftCriteria.id}/approve`);
    await ok(api.manager, 'POST', `/api/v1/orgs/${api.orgId}/organization-controls`, {
      title: 'Model cards for every release',
    });
    const risk = await ok<{ id: string }>(api.manager, 'POST', risks(), {
      statement: 'Claims triage ranks some postcodes unfairly',
      likelihood: 5,
      consequence: 4,
      treatmentOption: 'modify',
    });
    state.riskId = risk.id;
    const treated = await ok<{ treatmentActions: { id: string }[] }>(
      api.manager,
      'POST',
      `${risks()}/${risk.id}/treatment-actions`,
      { title: 'Quarterly fairness tests', annexAControlIds: ['A.6.2.4'], dueDate: '2099-03-31' },
    );
    state.actionIds = treated.treatmentActions.map((action) => action.id);

    const draft = await ok(api.manager, 'POST', plans());
    expect(draft).toMatchObject({
      version: 1,
      status: 'draft',
      editorUserIds: [api.manager.id],
      availableActions: ['refresh', 'submit', 'discard'],
      summary: { actions: 1, risksTreated: 1 },
    });
    expect(draft.snapshot.entries).toEqual([
      expect.objectContaining({
        actionId: state.actionIds[0],
        riskId: risk.id,
        inherentLevel: 'critical',
        annexAControlIds: ['A.6.2.4'],
        status: 'planned',
        isOverdue: false,
      }),
    ]);
    state.firstId = draft.id;
    const second = await send(api.manager, 'POST', plans());
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('RISK_TREATMENT_PLAN_DRAFT_EXISTS');
  });

  it('refreshes the draft from the register; whoever refreshed it cannot approve it', async () => {
    const treated = await ok<{ treatmentActions: { id: string }[] }>(
      api.manager,
      'POST',
      `${risks()}/${state.riskId}/treatment-actions`,
      { title: 'Publish model cards', organizationControlIds: ['ORG-1'] },
    );
    state.actionIds = treated.treatmentActions.map((action) => action.id);
    const stale = await ok(api.manager, 'GET', `${plans()}/${state.firstId}`);
    expect(stale.snapshot.entries).toHaveLength(1);
    const refreshed = await ok(api.lead, 'POST', `${plans()}/${state.firstId}/refresh`);
    expect(refreshed.snapshot.entries.map((entry) => entry.title)).toEqual([
      'Quarterly fairness tests',
      'Publish model cards',
    ]);
    expect(refreshed.editorUserIds).toEqual([api.manager.id, api.lead.id]);
    await ok(api.manager, 'POST', `${plans()}/${state.firstId}/submit`);
    const notAgain = await send(api.manager, 'POST', `${plans()}/${state.firstId}/refresh`);
    expect(notAgain.statusCode).toBe(409);
    expect(errorOf(notAgain).code).toBe('APPROVAL_NOT_DRAFT');
    const byEditor = await send(api.lead, 'POST', `${plans()}/${state.firstId}/approve`);
    expect(byEditor.statusCode).toBe(403);
    expect(errorOf(byEditor).code).toBe('APPROVAL_BY_EDITOR');
    const inReview = await ok(api.approver, 'GET', `${plans()}/${state.firstId}`);
    expect(inReview.availableActions).toEqual(['approve', 'return']);
    const approved = await ok(api.approver, 'POST', `${plans()}/${state.firstId}/approve`);
    expect(approved).toMatchObject({ status: 'approved', approvedByUserId: api.approver.id });
  });

  it('keeps the approved snapshot as it was while the overview lists what changed since', async () => {
    const [fairness, cards] = state.actionIds;
    await ok(
      api.manager,
      'PATCH',
      `${risks()}/${state.riskId}/treatment-actions/${fairness ?? ''}`,
      {
        status: 'in_progress',
      },
    );
    const frozen = await ok(api.viewer, 'GET', `${plans()}/${state.firstId}`);
    expect(frozen.snapshot.entries.map((entry) => entry.status)).toEqual(['planned', 'planned']);
    const now = await overview();
    expect(now.approved?.id).toBe(state.firstId);
    expect(now.draft).toBeNull();
    expect(now.live.entries.map((entry) => entry.status)).toEqual(['in_progress', 'planned']);
    expect(now.changedSinceApproval).toMatchObject({ added: [], removed: [], unchanged: 1 });
    expect(now.changedSinceApproval?.changed).toEqual([
      expect.objectContaining({
        actionId: fairness,
        fields: ['status'],
        before: expect.objectContaining({ status: 'planned' }),
        after: expect.objectContaining({ status: 'in_progress' }),
      }),
    ]);
    expect(now.approved?.availableActions).toEqual(['revise']);
    expect(cards).toBeDefined();
  });

  it('compares a new version with the one in force, returns, discards, and supersedes on approval', async () => {
    const [, cards] = state.actionIds;
    await ok(api.manager, 'DELETE', `${risks()}/${state.riskId}/treatment-actions/${cards ?? ''}`);
    const draft = await ok(api.manager, 'POST', plans());
    expect(draft.version).toBe(2);
    const diff = await ok<Diff & { inForceVersion: number; version: number }>(
      api.viewer,
      'GET',
      `${plans()}/${draft.id}/diff`,
    );
    expect(diff).toMatchObject({ version: 2, inForceVersion: 1, added: [], unchanged: 0 });
    expect(diff.removed.map((entry) => entry.title)).toEqual(['Publish model cards']);
    expect(diff.changed.map((change) => change.fields)).toEqual([['status']]);

    await ok(api.manager, 'POST', `${plans()}/${draft.id}/submit`);
    const returned = await ok(api.approver, 'POST', `${plans()}/${draft.id}/return`, {
      comment: 'Say why the model cards were dropped',
    });
    expect(returned).toMatchObject({
      status: 'draft',
      lastReturn: { comment: 'Say why the model cards were dropped' },
    });
    const discarded = await send(api.manager, 'DELETE', `${plans()}/${draft.id}`);
    expect(discarded.statusCode).toBe(204);
    expect((await overview()).draft).toBeNull();
    const gone = await send(api.manager, 'GET', `${plans()}/${draft.id}`);
    expect(gone.statusCode).toBe(404);
    expect(errorOf(gone).code).toBe('RISK_TREATMENT_PLAN_NOT_FOUND');

    const next = await ok(api.manager, 'POST', plans());
    expect(next.version).toBe(2);
    await ok(api.manager, 'POST', `${plans()}/${next.id}/submit`);
    await ok(api.approver, 'POST', `${plans()}/${next.id}/approve`);
    const after = await overview();
    expect(after.approved?.id).toBe(next.id);
    expect(after.versions.map((version) => [version.version, version.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    expect(after.changedSinceApproval).toMatchObject({ added: [], removed: [], changed: [] });
    const trail = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {
      entityId: state.firstId,
    });
    expect(trail.items.map((entry) => entry.action)).toEqual([
      'risk_treatment_plan_version.superseded',
      'risk_treatment_plan_version.approved',
      'risk_treatment_plan_version.submitted',
      'risk_treatment_plan_version.refreshed',
      'risk_treatment_plan_version.created',
    ]);
    expect(trail.items.every((entry) => entry.entityType === 'risk_treatment_plan_version')).toBe(
      true,
    );
  });

  it('answers bad input with 400 naming the field', async () => {
    const body = await send(api.manager, 'POST', plans(), { entries: [] });
    expect(body.statusCode).toBe(400);
    expect(errorOf(body).details.issues?.map((issue) => issue.field)).toContain('body.entries');
    const id = await send(api.manager, 'GET', `${plans()}/v2`);
    expect(errorOf(id).details.issues?.map((issue) => issue.field)).toContain('params.versionId');
    const comment = await send(api.approver, 'POST', `${plans()}/${state.firstId}/return`, {
      comment: '',
    });
    expect(errorOf(comment).details.issues?.map((issue) => issue.field)).toContain('body.comment');
  });
});

describeOrgRouteAccess(riskTreatmentPlansAccess);
