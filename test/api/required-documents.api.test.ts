import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

interface Entry {
  requiredDocument: { id: string; title: string; clauseId: string; type: string };
  status: 'fulfilled' | 'in_progress' | 'missing';
  fulfilledBy: Record<string, unknown>[];
  inProgressBy: Record<string, unknown>[];
}

interface Register {
  items: Entry[];
  summary: {
    fulfilled: number;
    in_progress: number;
    missing: number;
    required: number;
    percentFulfilled: number;
    recommended: { fulfilled: number; in_progress: number; missing: number };
  };
}

interface Detail {
  id: string;
  versions: { id: string }[];
}

const AT = '2026-12-01T09:00:00.000Z';

describe('required-documents register API', () => {
  const api = orgApiForSuite(
    { name: 'Register Co' },
    { manager: ['admin', 'aims_manager'], approver: ['approver'], viewer: ['viewer'] },
  );

  const register = async () => {
    const response = await call(api.ctx, api.viewer, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/required-documents`,
    });
    expect(response.statusCode).toBe(200);
    return response.json<Register>();
  };
  const entry = async (id: string) => {
    const found = (await register()).items.find((item) => item.requiredDocument.id === id);
    if (!found) throw new Error(`${id} missing from the register`);
    return found;
  };
  const createDocument = async (payload: object) => {
    const response = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/documents`,
      payload,
    });
    expect(response.statusCode).toBe(201);
    return response.json<Detail>();
  };
  const act = async (user: ApiUser, doc: Detail, action: string) => {
    const url = `/api/v1/orgs/${api.orgId}/documents/${doc.id}/versions/${doc.versions[0]?.id}/${action}`;
    const response = await call(api.ctx, user, { method: 'POST', url, payload: {} });
    expect(response.statusCode, response.body).toBe(200);
  };
  // The scope and objectives registers belong to other modules; rows go in directly.
  const insertScope = (status: 'draft' | 'approved', version: number) =>
    api.ctx.db.database.db
      .insertInto('scope_version')
      .values({
        id: uuidv7(),
        organization_id: api.orgId,
        version,
        status,
        statement: 'All AI systems of the claims division',
        organizational_units: '[]',
        context_issue_ids: '[]',
        party_requirements: '[]',
        editor_user_ids: '[]',
        revision: 0,
        sites: '[]',
        processes: '[]',
        ai_system_ids: '[]',
        interfaces: '[]',
        exclusions: '[]',
        ai_roles: '[]',
        author_user_id: api.manager.id,
        created_at: AT,
        updated_at: AT,
        approved_by_user_id: status === 'approved' ? api.approver.id : null,
        approved_at: status === 'approved' ? AT : null,
        superseded_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

  it('lists the 20 required documents of the catalog, all missing at first', async () => {
    const { items, summary } = await register();
    expect(items.map((item) => item.requiredDocument.id)).toEqual(
      Array.from({ length: 20 }, (_, index) => `RD-${String(index + 1).padStart(2, '0')}`),
    );
    expect(summary).toEqual({
      fulfilled: 0,
      in_progress: 0,
      missing: 19,
      required: 19,
      percentFulfilled: 0,
      recommended: { fulfilled: 0, in_progress: 0, missing: 1 },
    });
    expect(items[2]).toEqual({
      requiredDocument: {
        id: 'RD-03',
        title: 'AI policy',
        clauseId: '5.2',
        type: 'document',
        necessity: 'required',
      },
      status: 'missing',
      fulfilledBy: [],
      inProgressBy: [],
    });
  });

  it('moves the AI policy from missing to in progress to fulfilled as its document is approved', async () => {
    const policy = await createDocument({
      title: 'AI policy',
      kind: 'ai_policy',
      bodyMarkdown: 'We commit to responsible AI.',
    });
    expect(await entry('RD-03')).toMatchObject({
      status: 'in_progress',
      inProgressBy: [{ kind: 'document', id: policy.id, title: 'AI policy', status: 'draft' }],
    });
    await act(api.manager, policy, 'submit');
    expect((await entry('RD-03')).inProgressBy).toEqual([
      expect.objectContaining({ status: 'in_review' }),
    ]);
    await act(api.approver, policy, 'approve');
    expect(await entry('RD-03')).toEqual({
      requiredDocument: expect.objectContaining({ id: 'RD-03' }),
      status: 'fulfilled',
      fulfilledBy: [
        {
          kind: 'document',
          id: policy.id,
          title: 'AI policy',
          version: 1,
          approvedAt: AT,
          isReviewOverdue: false,
        },
      ],
      inProgressBy: [],
    });
  });

  it('counts any approved document that says it provides an item, and stops counting it once retired', async () => {
    const rules = await createDocument({
      title: 'Document control procedure',
      kind: 'procedure',
      fulfils: ['RD-12', 'RD-02'],
      bodyMarkdown: 'How we write, approve and keep documents.',
    });
    await act(api.manager, rules, 'submit');
    await act(api.approver, rules, 'approve');
    expect((await entry('RD-12')).status).toBe('fulfilled');
    expect((await entry('RD-02')).status).toBe('fulfilled');

    await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/documents/${rules.id}/retire`,
      payload: { reason: 'Merged into the AIMS manual' },
    });
    expect((await entry('RD-12')).status).toBe('missing');
  });

  it('takes the AIMS scope from the scope register and AI objectives from the objectives register', async () => {
    const draft = await insertScope('draft', 1);
    expect(await entry('RD-01')).toMatchObject({
      status: 'in_progress',
      inProgressBy: [{ kind: 'scope', id: draft.id, version: 1 }],
    });
    await api.ctx.db.database.db.deleteFrom('scope_version').where('id', '=', draft.id).execute();
    const approved = await insertScope('approved', 1);
    expect(await entry('RD-01')).toMatchObject({
      status: 'fulfilled',
      fulfilledBy: [{ kind: 'scope', id: approved.id, version: 1, approvedAt: AT }],
    });

    expect((await entry('RD-10')).status).toBe('missing');
    for (const title of ['Fewer false rejections', 'Explain every decline']) {
      await api.ctx.db.database.db
        .insertInto('objective')
        .values({
          id: uuidv7(),
          organization_id: api.orgId,
          title,
          description: '',
          metric: 'rate',
          unit: '%',
          target_value: 5,
          kind: 'quantitative',
          evaluation_method: '',
          resources: '',
          communication: '',
          policy_consistency: '',
          direction: 'decrease',
          owner_user_id: null,
          due_date: null,
          plan: '',
          annex_c_objective_id: null,
          created_at: AT,
          updated_at: AT,
        })
        .execute();
    }
    expect(await entry('RD-10')).toMatchObject({
      status: 'fulfilled',
      fulfilledBy: [{ kind: 'objectives', count: 2 }],
    });
    expect((await register()).summary).toMatchObject({
      fulfilled: 3,
      in_progress: 0,
      missing: 16,
      percentFulfilled: 15,
    });
  });
});
