/**
 * The organization's own controls over HTTP: references proposed in turn
 * (ORG-1, ORG-2 …) or given, unique, sorted naturally; owners who are
 * members; Annex A links that agree with each other; treatment actions that
 * link only controls that exist; a linked control neither deleted nor
 * renamed; the register exported.
 */
import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { createOrgWithUser, orgApiForSuite } from '../harness/org-api.js';
import { organizationControlsAccess } from './access/organization-controls.cases.js';

interface ControlView {
  id: string;
  controlId: string;
  title: string;
  description: string;
  ownerUserId: string | null;
  annexAControlId: string | null;
  annexAObjectiveId: string | null;
  treatmentActionCount: number;
  availableActions: string[];
}

describe('the organization controls register', () => {
  const api = orgApiForSuite(
    { name: 'Controls Co' },
    { manager: ['aims_manager'], owner: ['contributor'], viewer: ['viewer'] },
  );
  const controls = () => `/api/v1/orgs/${api.orgId}/organization-controls`;
  const risks = () => `/api/v1/orgs/${api.orgId}/risks`;
  const send = (user: ApiUser, method: string, url: string, payload?: object) =>
    call(api.ctx, user, { method, url, ...(payload ? { payload } : {}) });
  const ok = async <T = ControlView>(
    user: ApiUser,
    method: string,
    url: string,
    payload?: object,
  ) => {
    const response = await send(user, method, url, payload);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<T>();
  };
  const fieldsOf = (response: Awaited<ReturnType<typeof send>>) =>
    errorOf(response).details.issues?.map((issue) => issue.field);

  it('proposes the next free reference, keeps one given in capitals, and refuses a taken one', async () => {
    const first = await ok(api.manager, 'POST', controls(), {
      title: 'Model cards for every release',
      ownerUserId: api.owner.id,
      annexAControlId: 'A.6.2.7',
      annexAObjectiveId: 'A.6.2',
    });
    expect(first).toMatchObject({
      controlId: 'ORG-1',
      description: '',
      ownerUserId: api.owner.id,
      annexAControlId: 'A.6.2.7',
      annexAObjectiveId: 'A.6.2',
      treatmentActionCount: 0,
      availableActions: ['edit', 'delete'],
    });
    const given = await ok(api.manager, 'POST', controls(), {
      controlId: ' org-10 ',
      title: 'Red-team each model before release',
    });
    expect(given.controlId).toBe('ORG-10');
    const other = await ok(api.manager, 'POST', controls(), {
      controlId: 'SEC-4',
      title: 'Secrets scanning on model repositories',
      annexAObjectiveId: 'A.4',
    });
    expect(other.controlId).toBe('SEC-4');
    const next = await ok(api.manager, 'POST', controls(), { title: 'Bias bounty programme' });
    expect(next.controlId).toBe('ORG-11');
    const taken = await send(api.manager, 'POST', controls(), {
      controlId: 'ORG-1',
      title: 'Another',
    });
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken).code).toBe('ORGANIZATION_CONTROL_EXISTS');
    const renamedOnto = await send(api.manager, 'PATCH', `${controls()}/${next.id}`, {
      controlId: 'ORG-10',
    });
    expect(errorOf(renamedOnto).code).toBe('ORGANIZATION_CONTROL_EXISTS');
  });

  it('lists in natural order of reference, filters and searches', async () => {
    const page = await ok<{ items: ControlView[]; total: number; availableActions: string[] }>(
      api.manager,
      'GET',
      controls(),
    );
    expect(page.items.map((item) => item.controlId)).toEqual([
      'ORG-1',
      'ORG-10',
      'ORG-11',
      'SEC-4',
    ]);
    expect(page.availableActions).toEqual(['create', 'export']);
    const byObjective = await ok<{ items: ControlView[] }>(
      api.manager,
      'GET',
      `${controls()}?annexAObjectiveId=A.4`,
    );
    expect(byObjective.items.map((item) => item.controlId)).toEqual(['SEC-4']);
    const searched = await ok<{ items: ControlView[] }>(
      api.manager,
      'GET',
      `${controls()}?search=red-team&sort=title&direction=desc`,
    );
    expect(searched.items.map((item) => item.controlId)).toEqual(['ORG-10']);
    const read = await ok<{ items: ControlView[] }>(api.viewer, 'GET', controls());
    expect(read.items.every((item) => item.availableActions.length === 0)).toBe(true);
  });

  it('answers bad input with 400 naming each field', async () => {
    const bad = await send(api.manager, 'POST', controls(), {
      controlId: 'ORG-01',
      title: ' ',
      annexAControlId: 'A.6.2.1',
      annexAObjectiveId: 'A.11',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).code).toBe('ORGANIZATION_CONTROL_INVALID');
    expect(fieldsOf(bad)).toEqual(['controlId', 'title', 'annexAControlId', 'annexAObjectiveId']);
    const mismatch = await send(api.manager, 'POST', controls(), {
      title: 'Data lineage records',
      annexAControlId: 'A.7.5',
      annexAObjectiveId: 'A.6.2',
    });
    expect(fieldsOf(mismatch)).toEqual(['annexAObjectiveId']);
    const { user: stranger } = await createOrgWithUser(api.ctx, ['aims_manager']);
    const notMember = await send(api.manager, 'POST', controls(), {
      title: 'Data lineage records',
      ownerUserId: stranger.id,
    });
    expect(errorOf(notMember).code).toBe('ORGANIZATION_CONTROL_INVALID');
    expect(fieldsOf(notMember)).toEqual(['ownerUserId']);
    const shape = await send(api.manager, 'POST', controls(), { title: 'x', owner: 'me' });
    expect(shape.statusCode).toBe(400);
    expect(fieldsOf(shape)).toContain('body.owner');
    const missing = await send(
      api.manager,
      'GET',
      `${controls()}/01900000-0000-7000-8000-000000000000`,
    );
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('ORGANIZATION_CONTROL_NOT_FOUND');
  });

  it('lets treatment actions link only existing controls, and keeps a linked control', async () => {
    const { items } = await ok<{ items: ControlView[] }>(api.manager, 'GET', controls());
    const org1 = items.find((item) => item.controlId === 'ORG-1') as ControlView;
    const risk = await ok<{ id: string }>(api.manager, 'POST', risks(), {
      statement: 'Release notes omit model limitations',
    });
    const actions = `${risks()}/${risk.id}/treatment-actions`;
    const unknown = await send(api.manager, 'POST', actions, {
      title: 'Publish model cards',
      organizationControlIds: ['ORG-9'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).code).toBe('RISK_TREATMENT_ACTION_INVALID');
    expect(fieldsOf(unknown)).toEqual(['organizationControlIds.0']);
    const treated = await ok<{
      treatmentActions: { id: string; organizationControlIds: string[] }[];
    }>(api.manager, 'POST', actions, {
      title: 'Publish model cards',
      organizationControlIds: ['org-1', 'SEC-4'],
    });
    const action = treated.treatmentActions[0];
    expect(action?.organizationControlIds).toEqual(['ORG-1', 'SEC-4']);
    const badPatch = await send(api.manager, 'PATCH', `${actions}/${action?.id ?? ''}`, {
      organizationControlIds: ['ORG-1', 'ORG-12'],
    });
    expect(fieldsOf(badPatch)).toEqual(['organizationControlIds.1']);

    const linked = await ok(api.manager, 'GET', `${controls()}/${org1.id}`);
    expect(linked).toMatchObject({ treatmentActionCount: 1, availableActions: ['edit'] });
    const refused = await send(api.manager, 'DELETE', `${controls()}/${org1.id}`);
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused)).toMatchObject({
      code: 'ORGANIZATION_CONTROL_IN_USE',
      details: { controlId: 'ORG-1', treatmentActions: 1 },
    });
    const renamed = await send(api.manager, 'PATCH', `${controls()}/${org1.id}`, {
      controlId: 'ORG-2',
    });
    expect(errorOf(renamed).code).toBe('ORGANIZATION_CONTROL_IN_USE');
    const retitled = await ok(api.manager, 'PATCH', `${controls()}/${org1.id}`, {
      title: 'Model cards for every model release',
    });
    expect(retitled).toMatchObject({
      controlId: 'ORG-1',
      title: 'Model cards for every model release',
    });

    await ok(api.manager, 'PATCH', `${actions}/${action?.id ?? ''}`, {
      organizationControlIds: ['SEC-4'],
    });
    const deleted = await send(api.manager, 'DELETE', `${controls()}/${org1.id}`);
    expect(deleted.statusCode).toBe(204);
    const trail = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {
      entityId: org1.id,
    });
    expect(trail.items.map((entry) => entry.action)).toEqual([
      'organization_control.deleted',
      'organization_control.updated',
      'organization_control.created',
    ]);
  });

  it('raises the organization revision on every write to the new tables', async () => {
    const revision = async () =>
      Number(
        (
          await api.ctx.services.deps.database.db
            .selectFrom('organization_revision')
            .select('revision')
            .where('organization_id', '=', api.orgId)
            .executeTakeFirst()
        )?.revision ?? 0,
      );
    const before = await revision();
    const control = await ok(api.manager, 'POST', controls(), { title: 'Drift alerts' });
    const created = await revision();
    expect(created).toBeGreaterThan(before);
    await ok(api.manager, 'PATCH', `${controls()}/${control.id}`, { description: 'Daily' });
    expect(await revision()).toBeGreaterThan(created);
    const changed = await revision();
    expect((await send(api.manager, 'DELETE', `${controls()}/${control.id}`)).statusCode).toBe(204);
    const deleted = await revision();
    expect(deleted).toBeGreaterThan(changed);
    await api.ctx.services.treatmentPlans.createDraft(api.manager.actor, api.orgId);
    expect(await revision()).toBeGreaterThan(deleted);
  });

  it('exports the register as CSV and XLSX', async () => {
    const csv = await send(api.manager, 'GET', `${controls()}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.split(/\r?\n/);
    expect(lines[0]).toContain('Id,Reference,Title,Description,Owner,Annex A control');
    expect(csv.body).toContain('SEC-4,Secrets scanning on model repositories');
    expect(csv.body).toContain('A.4 Resources for AI systems');
    const xlsx = await send(api.manager, 'GET', `${controls()}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describeOrgRouteAccess(organizationControlsAccess);
