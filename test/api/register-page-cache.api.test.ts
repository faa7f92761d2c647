import { describe, expect, it } from 'vitest';
import { call, createApiUser } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

interface ListBody {
  items: {
    id: string;
    name?: string;
    title?: string;
    status?: string;
    availableActions: string[];
  }[];
  total: number;
}

/**
 * A register page asked for again is answered from the pages kept for the
 * organization's current revision. Whatever writes — the services, another
 * instance, the CLI, a statement straight to the database — the next list
 * shows it: the revision is raised by triggers in the database and read
 * with every request's credentials.
 */
describe('register pages kept between requests', () => {
  const api = orgApiForSuite(
    { name: 'Page Cache Co' },
    { manager: ['aims_manager'], viewer: ['viewer'] },
  );
  const list = async (user: ApiUser, register: string, query = '') => {
    const response = await call(api.ctx, user, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/${register}${query}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ListBody>();
  };
  const addSystem = async (name: string) => {
    const response = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems`,
      payload: {
        name,
        purpose: 'Sorts incoming mail',
        lifecycleStage: 'deployment',
        isInScope: true,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>();
  };
  const database = () => api.ctx.db.database.db;

  it('shows a write made through the API on the next list', async () => {
    await addSystem('Mail sorter');
    expect((await list(api.manager, 'ai-systems')).total).toBe(1);
    await addSystem('Invoice reader');
    expect((await list(api.manager, 'ai-systems')).items.map((row) => row.name)).toEqual([
      'Invoice reader',
      'Mail sorter',
    ]);
  });

  it('shows a change written straight to the database, as another instance or the CLI would', async () => {
    const before = await list(api.manager, 'ai-systems');
    expect(before.items.map((row) => row.name)).toContain('Mail sorter');
    await database()
      .updateTable('ai_system')
      .set({ name: 'Mail router' })
      .where('name', '=', 'Mail sorter')
      .execute();
    const after = await list(api.manager, 'ai-systems');
    expect(after.items.map((row) => row.name)).toContain('Mail router');
    await database().deleteFrom('ai_system').where('name', '=', 'Mail router').execute();
    expect((await list(api.manager, 'ai-systems')).total).toBe(before.total - 1);
  });

  it('shows a change to a document version in the documents list (versions carry no organization id)', async () => {
    const created = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/documents`,
      payload: { title: 'AI policy', kind: 'ai_policy', bodyMarkdown: 'We use AI with care.' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const first = await list(api.manager, 'documents');
    expect(first.items[0]?.status).toBe('draft');
    await database().updateTable('document_version').set({ status: 'in_review' }).execute();
    const second = await list(api.manager, 'documents');
    expect(second.items[0]?.status).toBe('in_review');
  });

  it('keeps each caller their own page: what a row allows depends on who asks', async () => {
    const managerPage = await list(api.manager, 'ai-systems');
    const viewerPage = await list(api.viewer, 'ai-systems');
    expect(managerPage.items[0]?.availableActions).toContain('edit');
    expect(viewerPage.items[0]?.availableActions).not.toContain('edit');
  });

  it('answers a role taken away on the very next list', async () => {
    const leaver = await createApiUser(api.ctx, api.org, ['viewer']);
    await list(leaver, 'ai-systems');
    await database().deleteFrom('membership').where('user_id', '=', leaver.id).execute();
    const response = await call(api.ctx, leaver, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/ai-systems`,
    });
    expect(response.json()).toMatchObject({ code: 'ORG_NOT_FOUND' });
  });

  it('tells pages of different queries apart', async () => {
    const all = await list(api.manager, 'ai-systems');
    const searched = await list(api.manager, 'ai-systems', '?search=invoice');
    const descending = await list(api.manager, 'ai-systems', '?sort=name&direction=desc');
    expect(searched.items.map((row) => row.name)).toEqual(['Invoice reader']);
    expect(descending.items.map((row) => row.id)).toEqual(
      [...all.items].reverse().map((row) => row.id),
    );
  });
});
