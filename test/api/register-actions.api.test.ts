import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { REGISTERS } from '../harness/registers.js';
import type { RegisterPath } from '../harness/registers.js';

interface ListPage {
  items: { availableActions: string[] }[];
  availableActions: string[];
}

describe('what each register offers the caller', () => {
  const api = orgApiForSuite(
    { name: 'Actions Org' },
    { manager: ['aims_manager'], viewer: ['viewer'], approver: ['approver'] },
  );

  beforeAll(async () => {
    const bodies: Record<RegisterPath, object> = {
      'ai-systems': {
        name: 'Triage',
        purpose: 'Routes tickets',
        lifecycleStage: 'deployment',
        isInScope: true,
      },
      obligations: {
        kind: 'legal',
        source: 'EU AI Act',
        reference: 'Art. 9',
        requirement: 'Risk management',
      },
      'context-issues': { kind: 'external', title: 'New regulation' },
      'interested-parties': { kind: 'external', name: 'Customers' },
      objectives: { title: 'Fewer appeals', metric: 'Appeals per month', targetValue: 5 },
      documents: { title: 'AI policy', kind: 'ai_policy' },
      risks: { statement: 'Triage ranks claims unfairly' },
      'organization-controls': { title: 'Model cards for every release' },
    };
    for (const register of REGISTERS) {
      const response = await call(api.ctx, api.manager, {
        method: 'POST',
        url: `/api/v1/orgs/${api.orgId}/${register}`,
        payload: bodies[register],
      });
      expect(response.statusCode, register).toBe(201);
    }
  });

  const list = async (user: ApiUser, register: string) => {
    const response = await call(api.ctx, user, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/${register}`,
    });
    expect(response.statusCode).toBe(200);
    return response.json<ListPage>();
  };

  it.each([
    ['ai-systems', ['create', 'import', 'export'], ['edit']],
    ['obligations', ['create', 'import', 'export'], ['edit', 'delete']],
    ['context-issues', ['create', 'export'], ['edit', 'delete']],
    ['interested-parties', ['create', 'export'], ['edit', 'delete']],
    ['objectives', ['create', 'export'], ['edit', 'delete', 'record_measurement']],
    // A new document's first version is an open draft: its writer edits and submits it.
    ['documents', ['create', 'export'], ['edit', 'retire', 'edit_draft', 'submit']],
    ['risks', ['create', 'export'], ['edit', 'delete', 'close']],
    ['organization-controls', ['create', 'export'], ['edit', 'delete']],
  ])('%s: a writer may %j the register and %j each row', async (register, onList, onRow) => {
    const page = await list(api.manager, register);
    expect(page.availableActions).toEqual(onList);
    expect(page.items[0]?.availableActions).toEqual(onRow);
  });

  it.each(REGISTERS)('%s: readers may only export, and change no row', async (register) => {
    for (const user of [api.viewer, api.approver]) {
      const page = await list(user, register);
      expect(page.availableActions).toEqual(['export']);
      expect(page.items.every((item) => item.availableActions.length === 0)).toBe(true);
    }
  });

  it('offers no delete route for AI systems, which are kept', async () => {
    const { items } = await list(api.manager, 'ai-systems');
    const id = (items[0] as unknown as { id: string }).id;
    const response = await call(api.ctx, api.manager, {
      method: 'DELETE',
      url: `/api/v1/orgs/${api.orgId}/ai-systems/${id}`,
    });
    expect(response.statusCode).toBe(404);
  });
});
