/**
 * Segregation of duties, tried as the attack was run: a member holding both
 * a writing role and approver rewrites a contributor's draft (its text, or
 * its file) and then approves it. For every approvable record the approval
 * is refused, the version stays in review, and an approver who changed
 * nothing can still approve it.
 */
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createApiUser, createOrg, errorOf } from '../harness/api.js';
import type { ApiTestContext, ApiUser } from '../harness/api.js';
import { createOrgApi } from '../harness/org-api.js';
import { multipartFile } from '../harness/upload.js';

interface Draft {
  /** The path of the version, below the organization. */
  readonly path: string;
}

interface Approvable {
  readonly name: string;
  /** The contributor's draft, ready to be submitted once rewritten. */
  createDraft(author: ApiUser): Promise<Draft>;
  rewrite(user: ApiUser, draft: Draft): Promise<void>;
  /** The version's status as a reader sees it. */
  statusOf(draft: Draft): Promise<string | undefined>;
}

describe('segregation of duties on every approvable record', () => {
  let ctx: ApiTestContext;
  let orgId: string;
  let contributor: ApiUser;
  let writerApprover: ApiUser;
  let approver: ApiUser;

  const org = (path: string) => `/api/v1/orgs/${orgId}${path}`;
  const send = async (user: ApiUser, method: HTTPMethods, path: string, payload?: object) => {
    const response = await call(ctx, user, {
      method,
      url: org(path),
      ...(payload === undefined ? {} : { payload }),
    });
    return response;
  };
  const ok = async <T>(user: ApiUser, method: HTTPMethods, path: string, payload?: object) => {
    const response = await send(user, method, path, payload);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<T>();
  };

  const documentDraft = async (author: ApiUser, title: string): Promise<Draft> => {
    const doc = await ok<{ id: string; openVersion: { id: string } }>(
      author,
      'POST',
      '/documents',
      {
        title,
        kind: 'procedure',
        bodyMarkdown: 'Written by the contributor.',
      },
    );
    return { path: `/documents/${doc.id}/versions/${doc.openVersion.id}` };
  };
  const versionStatus = async (draft: Draft) => {
    const [, , documentId, , versionId] = draft.path.split('/');
    const doc = await ok<{ versions: { id: string; status: string }[] }>(
      approver,
      'GET',
      `/documents/${documentId ?? ''}`,
    );
    return doc.versions.find((version) => version.id === versionId)?.status;
  };

  const approvables: Approvable[] = [
    {
      name: 'the AIMS scope',
      async createDraft(author) {
        const system = await ok<{ id: string }>(author, 'POST', '/ai-systems', {
          name: 'Claims triage',
          purpose: 'Ranks incoming claims',
          lifecycleStage: 'deployment',
          isInScope: true,
        });
        const draft = await ok<{ id: string }>(author, 'POST', '/scope/versions', {
          statement: 'The AIMS covers the AI used in claims handling.',
          aiSystemIds: [system.id],
          organizationalUnits: ['Claims'],
          sites: [{ name: 'Head office', location: 'Leeds', peopleInScope: 120 }],
          processes: ['Claims triage'],
          aiRoles: ['ai_customer'],
        });
        return { path: `/scope/versions/${draft.id}` };
      },
      async rewrite(user, draft) {
        await ok(user, 'PATCH', draft.path, {
          statement: 'The AIMS covers nothing that needs an audit.',
        });
      },
      statusOf: async (draft) => (await ok<{ status: string }>(approver, 'GET', draft.path)).status,
    },
    {
      name: 'the AI risk criteria',
      async createDraft(author) {
        const draft = await ok<{ id: string }>(author, 'POST', '/risk-criteria', {});
        return { path: `/risk-criteria/${draft.id}` };
      },
      async rewrite(user, draft) {
        await ok(user, 'PATCH', draft.path, { acceptanceThreshold: 'critical' });
      },
      statusOf: async (draft) => (await ok<{ status: string }>(approver, 'GET', draft.path)).status,
    },
    {
      name: "a document's text",
      createDraft: (author) => documentDraft(author, 'Human oversight procedure'),
      async rewrite(user, draft) {
        await ok(user, 'PATCH', draft.path, { bodyMarkdown: 'Rewritten by the approver.' });
      },
      statusOf: versionStatus,
    },
    {
      name: "a document's file",
      createDraft: (author) => documentDraft(author, 'Model card template'),
      async rewrite(user, draft) {
        const upload = multipartFile('template.txt', 'A file only the approver chose.');
        const response = await call(ctx, user, {
          method: 'PUT',
          url: org(`${draft.path}/file`),
          ...upload,
        });
        expect(response.statusCode, response.body).toBe(200);
      },
      statusOf: versionStatus,
    },
  ];

  beforeAll(async () => {
    ({ ctx, orgId, contributor, writerApprover, approver } = await createOrgApi(
      { name: 'Duties Co' },
      {
        contributor: ['contributor'],
        writerApprover: ['contributor', 'approver'],
        approver: ['approver'],
      },
    ));
  });
  afterAll(async () => ctx.close());

  it.each(approvables.map((approvable) => [approvable.name, approvable] as const))(
    'refuses approval of %s by the member who rewrote it',
    async (_name, approvable) => {
      const draft = await approvable.createDraft(contributor);
      await approvable.rewrite(writerApprover, draft);
      await ok(contributor, 'POST', `${draft.path}/submit`, {});

      const attack = await send(writerApprover, 'POST', `${draft.path}/approve`, {});
      expect(attack.statusCode).toBe(403);
      expect(errorOf(attack).code).toBe('APPROVAL_BY_EDITOR');
      expect(await approvable.statusOf(draft)).toBe('in_review');

      await ok(approver, 'POST', `${draft.path}/approve`, {});
      expect(await approvable.statusOf(draft)).toBe('approved');
    },
  );

  it('refuses an admin granting, inviting to or removing their own roles; another admin may', async () => {
    const org = await createOrg(ctx, 'auditee', 'Own Roles Co');
    const ownOrg = org.id;
    const admin = await createApiUser(ctx, org, ['admin']);
    const secondAdmin = await createApiUser(ctx, org, ['admin']);
    const members = `/api/v1/orgs/${ownOrg}/members`;
    const grant = (user: ApiUser, email: string) =>
      call(ctx, user, { method: 'POST', url: members, payload: { email, role: 'approver' } });
    for (const attempt of [
      await grant(admin, admin.email),
      await call(ctx, admin, {
        method: 'POST',
        url: `/api/v1/orgs/${ownOrg}/invitations`,
        payload: { email: admin.email.toUpperCase(), role: 'approver' },
      }),
    ]) {
      expect(attempt.statusCode, attempt.body).toBe(403);
      expect(errorOf(attempt).code).toBe('MEMBER_OWN_ROLES');
    }
    const roles = await call(ctx, secondAdmin, { method: 'GET', url: members });
    const own = roles
      .json<{ id: string; userId: string }[]>()
      .find((member) => member.userId === admin.id);
    const removal = await call(ctx, admin, {
      method: 'DELETE',
      url: `${members}/${own?.id ?? ''}`,
    });
    expect(errorOf(removal).code).toBe('MEMBER_OWN_ROLES');

    const granted = await grant(secondAdmin, admin.email);
    expect(granted.statusCode, granted.body).toBe(201);
  });
});
