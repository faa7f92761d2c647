/**
 * The audit trail's API beyond its list: filters by actor, action, time and
 * record (with the record's versions), the facets the filters offer, the
 * export of what they match, and the verification of the organization's
 * chain, which finds an entry changed in the database. Each stays inside its
 * organization.
 */
import { gunzipSync } from 'node:zlib';
import type { HTTPMethods, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { createOrgWithUser, orgApiForSuite } from '../harness/org-api.js';

interface Entry {
  sequence: number;
  action: string;
  actorUserId: string | null;
  entityType: string;
  entityId: string;
  at: string;
}

describe('audit trail: filters, facets, export and chain verification', () => {
  const api = orgApiForSuite(
    { name: 'Trail Co' },
    { manager: ['aims_manager'], approver: ['approver'], viewer: ['viewer'] },
  );
  const trail = () => `/api/v1/orgs/${api.orgId}/audit-log`;
  const send = (user: ApiUser, method: HTTPMethods, url: string, payload?: object) =>
    call(api.ctx, user, { method, url, ...(payload === undefined ? {} : { payload }) });
  const items = async (query: string): Promise<Entry[]> => {
    const response = await send(api.manager, 'GET', `${trail()}?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Entry[] }>().items;
  };
  let documentId: string;
  let versionId: string;
  let startedAt: string;
  let otherOrgId: string;
  let otherAdmin: ApiUser;

  beforeAll(async () => {
    startedAt = api.ctx.clock.now().toISOString();
    const created = await send(api.manager, 'POST', `/api/v1/orgs/${api.orgId}/documents`, {
      title: 'AI policy',
      kind: 'ai_policy',
      bodyMarkdown: '# AI policy',
    });
    expect(created.statusCode, created.body).toBe(201);
    const doc = created.json<{ id: string; openVersion: { id: string } }>();
    documentId = doc.id;
    versionId = doc.openVersion.id;
    api.ctx.clock.advanceSeconds(3600);
    const versions = `/api/v1/orgs/${api.orgId}/documents/${documentId}/versions/${versionId}`;
    expect((await send(api.manager, 'POST', `${versions}/submit`, {})).statusCode).toBe(200);
    api.ctx.clock.advanceSeconds(3600);
    expect((await send(api.approver, 'POST', `${versions}/approve`, {})).statusCode).toBe(200);
    const other = await createOrgWithUser(api.ctx, ['admin'], 'Other Trail Co');
    otherOrgId = other.org.id;
    otherAdmin = other.user;
  });

  it('shows a record with its versions’ events: created, submitted, approved', async () => {
    const own = await items(`entityType=document&entityId=${documentId}`);
    expect(own.map((entry) => entry.action)).toEqual(['document.created']);
    const withParts = await items(`entityType=document&entityId=${documentId}&includeParts=true`);
    expect(withParts.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'document.created',
        'document_version.submitted',
        'document_version.approved',
      ]),
    );
    expect(withParts.every((entry) => [documentId, versionId].includes(entry.entityId))).toBe(true);
  });

  it('filters by actor, action and time range', async () => {
    const byApprover = await items(`actorUserId=${api.approver.id}`);
    expect(byApprover.map((entry) => entry.action)).toEqual(['document_version.approved']);
    const submitted = await items('action=document_version.submitted');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.actorUserId).toBe(api.manager.id);
    const firstHour = new Date(new Date(startedAt).getTime() + 1800_000).toISOString();
    const early = await items(`from=${startedAt}&to=${firstHour}`);
    expect(early.map((entry) => entry.action)).toContain('document.created');
    expect(early.map((entry) => entry.action)).not.toContain('document_version.approved');
  });

  it('offers the actions and the actors of this organization only', async () => {
    const response = await send(api.viewer, 'GET', `${trail()}/facets`);
    expect(response.statusCode).toBe(403);
    const facets = (await send(api.manager, 'GET', `${trail()}/facets`)).json<{
      actions: string[];
      actors: { userId: string; label: string }[];
    }>();
    expect(facets.actions).toEqual(
      expect.arrayContaining(['document.created', 'document_version.approved']),
    );
    expect([...facets.actions].sort()).toEqual(facets.actions);
    expect(facets.actors.map((actor) => actor.userId).sort()).toEqual(
      [api.manager.id, api.approver.id].sort(),
    );
    const theirs = (
      await send(otherAdmin, 'GET', `/api/v1/orgs/${otherOrgId}/audit-log/facets`)
    ).json<{ actions: string[] }>();
    expect(theirs.actions).not.toContain('document.created');
    const across = await send(otherAdmin, 'GET', `${trail()}/facets`);
    expect([403, 404]).toContain(across.statusCode);
  });

  it('exports what the filters match, oldest first, as CSV and XLSX', async () => {
    const response: LightMyRequestResponse = await send(
      api.manager,
      'GET',
      `${trail()}/export?format=csv&entityType=document&entityId=${documentId}&includeParts=true`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/audit-trail-\d{4}-\d{2}-\d{2}\.csv/);
    const body =
      response.headers['content-encoding'] === 'gzip'
        ? gunzipSync(response.rawPayload).toString('utf8')
        : response.body;
    const lines = body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Entry,Time \(UTC\),Actor,Actor user id,Action,Record type/);
    const actions = lines.slice(1).map((line) => /document(_version)?\.\w+/.exec(line)?.[0]);
    expect(actions).toEqual([
      'document.created',
      'document_version.submitted',
      'document_version.approved',
    ]);
    const xlsx = await send(api.manager, 'GET', `${trail()}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const refused = await send(api.manager, 'GET', `${trail()}/export?format=pdf`);
    expect(refused.statusCode).toBe(400);
    expect((await send(api.viewer, 'GET', `${trail()}/export`)).statusCode).toBe(403);
  });

  it('verifies the chain, and names the entry changed in the database behind its back', async () => {
    const intact = await send(api.approver, 'GET', `${trail()}/verification`);
    expect(intact.statusCode, intact.body).toBe(200);
    const result = intact.json<{ entries: number; firstBreak: unknown; checkpoint: unknown }>();
    expect(result.firstBreak).toBeNull();
    expect(result.entries).toBeGreaterThanOrEqual(4);

    await api.ctx.services.auditLog.checkpoint();
    const held = (await send(api.manager, 'GET', `${trail()}/verification`)).json<{
      checkpoint: { isSignatureValid: boolean; break: unknown; entries: number } | null;
    }>();
    expect(held.checkpoint).toMatchObject({ isSignatureValid: true, break: null });

    const [approved] = await items('action=document_version.approved');
    await api.ctx.db.database.db
      .updateTable('audit_log_entry')
      .set({ actor_label: 'Someone else' })
      .where('chain', '=', api.orgId)
      .where('sequence', '=', approved?.sequence ?? -1)
      .execute();
    const broken = (await send(api.manager, 'GET', `${trail()}/verification`)).json<{
      firstBreak: { sequence: number; reason: string } | null;
    }>();
    expect(broken.firstBreak).toMatchObject({
      sequence: approved?.sequence,
      reason: 'hash_mismatch',
    });
    const theirs = (
      await send(otherAdmin, 'GET', `/api/v1/orgs/${otherOrgId}/audit-log/verification`)
    ).json<{ firstBreak: unknown }>();
    expect(theirs.firstBreak).toBeNull();
    expect((await send(api.viewer, 'GET', `${trail()}/verification`)).statusCode).toBe(403);
  });
});
