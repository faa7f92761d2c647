import { describe, expect, it } from 'vitest';
import { defaultRiskCriteria } from '../../src/domain/risk/default-criteria.js';
import type { RiskCriteria } from '../../src/domain/risk/criteria.js';
import {
  criteriaInForce,
  criteriaVersionsById,
} from '../../src/storage/risk-criteria.repository.js';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { createOrgWithUser, orgApiForSuite } from '../harness/org-api.js';
import { riskCriteriaAccess } from './access/risk-criteria.cases.js';

interface Version {
  id: string;
  version: number;
  status: string;
  criteria: RiskCriteria;
  availableActions: string[];
  approvedByUserId: string | null;
  approvedAt: string | null;
  supersededAt: string | null;
  lastReturn: { comment: string; returnedByUserId: string | null } | null;
}

interface Overview {
  approved: Version | null;
  draft: Version | null;
  versions: Version[];
}

interface Diff {
  versionId: string;
  inForceVersionId: string | null;
  inForceVersion: number | null;
  changedParts: string[];
  likelihood: { value: number; change: string; fields: string[] }[];
  levels: { key: string; change: string; fields: string[] }[];
  matrix: { likelihood: number; consequence: number; before: string | null; after: string }[];
  acceptanceThreshold: { changed: boolean; before: string | null; after: string };
  significance: { changed: boolean; fields: string[] };
  acceptanceAuthority: { level: string; addedRoles: string[]; removedRoles: string[] }[];
  ownerMayAcceptOwnRisk: { changed: boolean };
}

const scale = (...labels: string[]) => ({
  levels: labels.map((label, index) => ({
    value: index + 1,
    label,
    description: `${label}: step ${index + 1}`,
  })),
});

/** A 3 × 3 with its own words: two levels below the line, one above. */
const THREE_BY_THREE = {
  likelihood: scale('Seldom', 'Sometimes', 'Often'),
  consequence: scale('Slight', 'Serious', 'Grave'),
  levels: [
    { key: 'acceptable', label: 'Acceptable', colour: '#2E7D32' },
    { key: 'tolerable', label: 'Tolerable', colour: '#f9a825' },
    { key: 'intolerable', label: 'Intolerable', colour: '#c62828' },
  ],
  matrix: [
    ['acceptable', 'acceptable', 'tolerable'],
    ['acceptable', 'tolerable', 'intolerable'],
    ['tolerable', 'intolerable', 'intolerable'],
  ],
  acceptanceThreshold: 'tolerable',
  significance: { fromLevel: 'intolerable', rule: 'Intolerable risks go to the board.' },
  acceptanceAuthority: {
    acceptable: ['aims_manager'],
    tolerable: ['approver'],
    intolerable: ['top_management'],
  },
  ownerMayAcceptOwnRisk: false,
};

const FOUR_BY_FOUR = {
  likelihood: scale('Remote', 'Unlikely', 'Likely', 'Expected'),
  consequence: scale('Minor', 'Moderate', 'Major', 'Extreme'),
  levels: [
    { key: 'low', label: 'Low', colour: '#2e7d32' },
    { key: 'high', label: 'High', colour: '#ef6c00' },
  ],
  matrix: [
    ['low', 'low', 'low', 'high'],
    ['low', 'low', 'high', 'high'],
    ['low', 'high', 'high', 'high'],
    ['high', 'high', 'high', 'high'],
  ],
  acceptanceThreshold: 'low',
  significance: { fromLevel: 'high', rule: 'Every high risk is significant.' },
  acceptanceAuthority: { low: ['aims_manager', 'approver'], high: ['top_management'] },
};

describe('AI risk criteria API', () => {
  const api = orgApiForSuite(
    { name: 'Criteria Co' },
    {
      manager: ['aims_manager'],
      approver: ['approver'],
      board: ['top_management'],
      writerApprover: ['contributor', 'approver'],
    },
  );
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/risk-criteria${path}`;
  const send = (
    user: ApiUser,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path = '',
    payload?: object,
  ) => call(api.ctx, user, { method, url: url(path), ...(payload ? { payload } : {}) });
  const overview = async (user: ApiUser = api.manager) =>
    (await send(user, 'GET')).json<Overview>();
  const step = (
    user: ApiUser,
    id: string,
    action: 'submit' | 'approve' | 'return',
    comment?: string,
  ) => send(user, 'POST', `/${id}/${action}`, comment === undefined ? {} : { comment });
  const diffOf = async (id: string) => {
    const response = await send(api.approver, 'GET', `/${id}/diff`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Diff>();
  };
  const trail = async (entityId: string) => {
    const response = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/audit-log?entityType=risk_criteria_version&entityId=${entityId}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: { action: string; actorUserId: string | null }[] }>().items;
  };
  let first: Version;

  it('starts with no criteria, and refuses inconsistent content before anything is written', async () => {
    expect(await overview()).toEqual({ approved: null, draft: null, versions: [] });
    const response = await send(api.manager, 'POST', '', {
      likelihood: scale('Low', 'High'),
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('RISK_CRITERIA_INVALID');
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toContain(
      'likelihood.levels',
    );
    expect(await overview()).toEqual({ approved: null, draft: null, versions: [] });
  });

  it('opens a draft holding the default 5 × 5 criteria, one open version at a time', async () => {
    const created = await send(api.manager, 'POST');
    expect(created.statusCode, created.body).toBe(201);
    first = created.json<Version>();
    expect(first).toMatchObject({
      version: 1,
      status: 'draft',
      approvedByUserId: null,
      lastReturn: null,
      availableActions: ['edit', 'submit', 'discard'],
    });
    expect(first.criteria).toEqual(defaultRiskCriteria());
    expect(first.criteria.matrix.map((row) => row.length)).toEqual([5, 5, 5, 5, 5]);
    expect(first.criteria.acceptanceAuthority.critical).toEqual(['top_management']);

    const second = await send(api.manager, 'POST', '', {});
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('RISK_CRITERIA_DRAFT_EXISTS');
    expect((await overview()).versions).toHaveLength(1);
  });

  it('shows a first draft against nothing in force: every part added', async () => {
    const diff = await diffOf(first.id);
    expect(diff).toMatchObject({
      versionId: first.id,
      inForceVersionId: null,
      inForceVersion: null,
    });
    expect(diff.changedParts).toEqual([
      'likelihood',
      'consequence',
      'levels',
      'matrix',
      'acceptanceThreshold',
      'significance',
      'acceptanceAuthority',
      'ownerMayAcceptOwnRisk',
    ]);
    expect(diff.matrix).toHaveLength(25);
  });

  it.each([
    ['a 3 × 3', THREE_BY_THREE],
    ['a 4 × 4', FOUR_BY_FOUR],
  ])('is edited into %s with its own labels and matrix', async (_name, content) => {
    const response = await send(api.manager, 'PATCH', `/${first.id}`, content);
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json<Version>().criteria;
    expect(saved.likelihood).toEqual(content.likelihood);
    expect(saved.consequence).toEqual(content.consequence);
    expect(saved.matrix).toEqual(content.matrix);
    expect(saved.levels.map((level) => [level.key, level.label, level.colour])).toEqual(
      content.levels.map((level) => [level.key, level.label, level.colour.toLowerCase()]),
    );
    expect(saved.acceptanceAuthority).toEqual(content.acceptanceAuthority);
    const read = await send(api.approver, 'GET', `/${first.id}`);
    expect(read.json<Version>().criteria).toEqual(saved);
  });

  it.each<[string, object, string[]]>([
    ['a scale of 2 levels', { likelihood: scale('Low', 'High') }, ['likelihood.levels', 'matrix']],
    [
      'a scale of 8 levels',
      { consequence: scale('1', '2', '3', '4', '5', '6', '7', '8') },
      ['consequence.levels', 'matrix.0', 'matrix.1', 'matrix.2', 'matrix.3'],
    ],
    [
      'a matrix where a higher likelihood gives a lower level',
      {
        matrix: [
          ['low', 'low', 'low', 'high'],
          ['low', 'low', 'high', 'high'],
          ['low', 'high', 'high', 'high'],
          ['low', 'low', 'high', 'high'],
        ],
      },
      ['matrix.3.1'],
    ],
    ['an unknown threshold', { acceptanceThreshold: 'tolerable' }, ['acceptanceThreshold']],
    [
      'authority missing a level',
      { acceptanceAuthority: { low: ['aims_manager'] } },
      ['acceptanceAuthority.high'],
    ],
    [
      'all of them at once',
      {
        likelihood: scale('Low', 'High'),
        acceptanceThreshold: 'tolerable',
        acceptanceAuthority: { low: ['aims_manager'] },
      },
      ['likelihood.levels', 'matrix', 'acceptanceThreshold', 'acceptanceAuthority.high'],
    ],
  ])('refuses %s, naming each field and writing nothing', async (_name, payload, fields) => {
    const before = (await send(api.manager, 'GET', `/${first.id}`)).json<Version>();
    const entries = (await trail(first.id)).length;
    const response = await send(api.manager, 'PATCH', `/${first.id}`, payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(errorOf(response).code).toBe('RISK_CRITERIA_INVALID');
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toEqual(fields);
    expect((await send(api.manager, 'GET', `/${first.id}`)).json<Version>()).toEqual(before);
    expect(await trail(first.id)).toHaveLength(entries);
  });

  it('is submitted, refused to the member who changed it, and approved by another', async () => {
    const edit = await send(api.writerApprover, 'PATCH', `/${first.id}`, THREE_BY_THREE);
    expect(edit.statusCode, edit.body).toBe(200);
    const submitted = await step(api.manager, first.id, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json<Version>().status).toBe('in_review');
    expect((await overview(api.writerApprover)).draft?.availableActions).toEqual(['return']);
    expect((await overview(api.approver)).draft?.availableActions).toEqual(['approve', 'return']);

    const byEditor = await step(api.writerApprover, first.id, 'approve');
    expect(byEditor.statusCode).toBe(403);
    expect(errorOf(byEditor).code).toBe('APPROVAL_BY_EDITOR');
    expect((await overview()).draft?.status).toBe('in_review');

    const approved = await step(api.approver, first.id, 'approve');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<Version>()).toMatchObject({
      status: 'approved',
      approvedByUserId: api.approver.id,
      approvedAt: expect.any(String),
    });
    const after = await overview();
    expect(after.approved?.id).toBe(first.id);
    expect(after.draft).toBeNull();
    expect(after.approved?.availableActions).toEqual(['revise']);
  });

  it('freezes the approved version', async () => {
    const edit = await send(api.manager, 'PATCH', `/${first.id}`, {
      acceptanceThreshold: 'acceptable',
    });
    expect(edit.statusCode).toBe(409);
    expect(errorOf(edit).code).toBe('APPROVAL_NOT_DRAFT');
    const discard = await send(api.manager, 'DELETE', `/${first.id}`);
    expect(discard.statusCode).toBe(409);
    expect(errorOf(discard).code).toBe('APPROVAL_NOT_DRAFT');
    const again = await step(api.board, first.id, 'approve');
    expect(errorOf(again).code).toBe('APPROVAL_INVALID_TRANSITION');
    expect((await overview()).approved?.criteria.matrix).toEqual(THREE_BY_THREE.matrix);
  });

  it('hands the criteria in force and any version by id to the risk register', async () => {
    const db = api.ctx.db.database.db;
    const inForce = await criteriaInForce(db, api.orgId);
    expect(inForce).toMatchObject({ id: first.id, version: 1, approvedAt: expect.any(String) });
    expect(inForce?.criteria.acceptanceThreshold).toBe('tolerable');
    const { org: other } = await createOrgWithUser(api.ctx, ['aims_manager'], 'Elsewhere');
    expect(await criteriaInForce(db, other.id)).toBeNull();
    const byId = await criteriaVersionsById(db, api.orgId, [first.id, first.id, other.id]);
    expect([...byId.keys()]).toEqual([first.id]);
    expect(byId.get(first.id)?.criteria.levels.map((level) => level.key)).toEqual([
      'acceptable',
      'tolerable',
      'intolerable',
    ]);
    expect((await criteriaVersionsById(db, other.id, [first.id])).size).toBe(0);
  });

  it('opens a revision from the approved content, names each change, and supersedes on approval', async () => {
    const created = await send(api.manager, 'POST', '', {});
    expect(created.statusCode, created.body).toBe(201);
    const revision = created.json<Version>();
    expect(revision.version).toBe(2);
    expect(revision.criteria).toEqual((await overview()).approved?.criteria);

    const edit = await send(api.manager, 'PATCH', `/${revision.id}`, {
      levels: [
        THREE_BY_THREE.levels[0],
        { key: 'tolerable', label: 'Watched', colour: '#f9a825' },
        THREE_BY_THREE.levels[2],
      ],
      matrix: [
        ['acceptable', 'tolerable', 'tolerable'],
        ['acceptable', 'tolerable', 'intolerable'],
        ['tolerable', 'intolerable', 'intolerable'],
      ],
      acceptanceThreshold: 'acceptable',
      acceptanceAuthority: { ...THREE_BY_THREE.acceptanceAuthority, tolerable: ['top_management'] },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const diff = await diffOf(revision.id);
    expect(diff).toMatchObject({ inForceVersionId: first.id, inForceVersion: 1 });
    expect(diff.changedParts).toEqual([
      'levels',
      'matrix',
      'acceptanceThreshold',
      'acceptanceAuthority',
    ]);
    expect(diff.levels.map((level) => [level.key, level.change, level.fields])).toEqual([
      ['tolerable', 'changed', ['label']],
    ]);
    expect(diff.matrix).toEqual([
      { likelihood: 1, consequence: 2, before: 'acceptable', after: 'tolerable' },
    ]);
    expect(diff.acceptanceThreshold).toEqual({
      changed: true,
      before: 'tolerable',
      after: 'acceptable',
    });
    expect(diff.acceptanceAuthority).toEqual([
      {
        level: 'tolerable',
        before: ['approver'],
        after: ['top_management'],
        addedRoles: ['top_management'],
        removedRoles: ['approver'],
      },
    ]);
    expect(diff.significance.changed).toBe(false);

    expect((await step(api.manager, revision.id, 'submit')).statusCode).toBe(200);
    const blank = await step(api.board, revision.id, 'return', '  ');
    expect(errorOf(blank).code).toBe('APPROVAL_COMMENT_REQUIRED');
    const returned = await step(api.board, revision.id, 'return', 'Keep approver authority');
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json<Version>()).toMatchObject({
      status: 'draft',
      lastReturn: { comment: 'Keep approver authority', returnedByUserId: api.board.id },
    });
    expect((await step(api.manager, revision.id, 'submit')).statusCode).toBe(200);
    const approved = await step(api.board, revision.id, 'approve');
    expect(approved.statusCode, approved.body).toBe(200);

    const after = await overview();
    expect(after.approved).toMatchObject({ id: revision.id, approvedByUserId: api.board.id });
    expect(after.versions.map((version) => [version.version, version.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    expect(after.versions[1]?.supersededAt).toEqual(expect.any(String));
    expect((await criteriaInForce(api.ctx.db.database.db, api.orgId))?.id).toBe(revision.id);

    expect((await trail(revision.id)).map((entry) => entry.action).reverse()).toEqual([
      'risk_criteria_version.created',
      'risk_criteria_version.updated',
      'risk_criteria_version.submitted',
      'risk_criteria_version.returned',
      'risk_criteria_version.submitted',
      'risk_criteria_version.approved',
    ]);
    expect((await trail(first.id)).map((entry) => entry.action).reverse()).toEqual([
      'risk_criteria_version.created',
      'risk_criteria_version.updated',
      'risk_criteria_version.updated',
      'risk_criteria_version.updated',
      'risk_criteria_version.submitted',
      'risk_criteria_version.approved',
      'risk_criteria_version.superseded',
    ]);
  });

  it('lets a writer discard a draft, recorded in the trail', async () => {
    const draft = (await send(api.manager, 'POST', '', {})).json<Version>();
    expect(draft.version).toBe(3);
    const discarded = await send(api.manager, 'DELETE', `/${draft.id}`);
    expect(discarded.statusCode).toBe(204);
    expect((await overview()).draft).toBeNull();
    expect((await trail(draft.id)).map((entry) => entry.action)).toEqual([
      'risk_criteria_version.discarded',
      'risk_criteria_version.created',
    ]);
  });

  it("answers RISK_CRITERIA_VERSION_NOT_FOUND for another organization's version", async () => {
    const { org: other, user: otherManager } = await createOrgWithUser(
      api.ctx,
      ['aims_manager'],
      'Other Criteria Co',
    );
    const foreign = await api.ctx.services.riskCriteria.createDraft(otherManager.actor, other.id);
    for (const path of [`/${foreign.id}`, `/${foreign.id}/diff`]) {
      const response = await send(api.manager, 'GET', path);
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).code).toBe('RISK_CRITERIA_VERSION_NOT_FOUND');
    }
    const patch = await send(api.manager, 'PATCH', `/${foreign.id}`, {
      acceptanceThreshold: 'low',
    });
    expect(errorOf(patch).code).toBe('RISK_CRITERIA_VERSION_NOT_FOUND');
  });
});

describeOrgRouteAccess(riskCriteriaAccess);
