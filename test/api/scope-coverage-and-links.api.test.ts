/**
 * The scope version's links to the context issues and parties' requirements
 * it considered (organization-scoped), the rule that an approved scope names
 * an AI system, and the coverage of the inventory by the approved scope.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { createOrgWithUser, orgApiForSuite } from '../harness/org-api.js';
import { createAiSystem } from '../harness/services.js';

const BASE = {
  statement: 'The AIMS covers the AI used in claims handling.',
  sites: [{ name: 'Head office', location: 'Leeds', peopleInScope: 120 }],
  aiRoles: ['ai_provider'],
};

interface Coverage {
  hasApprovedScope: boolean;
  approvedVersion: number | null;
  systems: { id: string; name: string; isInScope: boolean; isCoveredByApprovedScope: boolean }[];
  flaggedNotCovered: { id: string; name: string }[];
  coveredNotFlagged: { id: string; name: string }[];
  missingAiSystemIds: string[];
  inScopeCount: number;
  coveredCount: number;
  isConsistent: boolean;
}

describe('scope links and coverage API', () => {
  const api = orgApiForSuite(
    { name: 'Linked Scope Co' },
    { manager: ['aims_manager'], approver: ['approver'] },
  );
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/scope${path}`;
  const post = (path: string, payload: object, user: ApiUser = api.manager) =>
    call(api.ctx, user, { method: 'POST', url: `/api/v1/orgs/${api.orgId}/${path}`, payload });
  const coverage = async () =>
    (await call(api.ctx, api.approver, { method: 'GET', url: url('/coverage') })).json<Coverage>();
  let issueId: string;
  let partyId: string;
  let systemIds: string[];

  beforeAll(async () => {
    issueId = (
      await post('context-issues', { kind: 'external', title: 'EU AI Act obligations from 2026' })
    ).json<{ id: string }>().id;
    partyId = (
      await post('interested-parties', {
        name: 'Policyholders',
        kind: 'external',
        requirements: [{ requirement: 'Human review of declined claims', isAddressed: false }],
      })
    ).json<{ id: string }>().id;
    systemIds = [];
    for (const name of ['Claims triage', 'Fraud scoring', 'Chat assistant', 'Document OCR']) {
      const system = await createAiSystem(api.ctx.services, api.manager, api.orgId, { name });
      systemIds.push(system.id);
    }
  });

  it('reports no approved scope: nothing covered, every flagged system a disagreement', async () => {
    const answer = await coverage();
    expect(answer).toMatchObject({
      hasApprovedScope: false,
      approvedVersion: null,
      inScopeCount: 4,
      coveredCount: 0,
      isConsistent: false,
    });
    expect(answer.flaggedNotCovered).toHaveLength(4);
  });

  it("refuses another organization's issue and party, and a requirement the party does not state", async () => {
    const { user: stranger, org: elsewhere } = await createOrgWithUser(api.ctx, ['aims_manager']);
    const theirs = (
      await call(api.ctx, stranger, {
        method: 'POST',
        url: `/api/v1/orgs/${elsewhere.id}/context-issues`,
        payload: { kind: 'internal', title: 'Their issue' },
      })
    ).json<{ id: string }>().id;
    const theirParty = (
      await call(api.ctx, stranger, {
        method: 'POST',
        url: `/api/v1/orgs/${elsewhere.id}/interested-parties`,
        payload: {
          name: 'Their party',
          kind: 'external',
          requirements: [{ requirement: 'Human review of declined claims', isAddressed: false }],
        },
      })
    ).json<{ id: string }>().id;
    const response = await post('scope/versions', {
      ...BASE,
      contextIssueIds: [issueId, theirs],
      partyRequirements: [
        { interestedPartyId: theirParty, requirement: 'Human review of declined claims' },
        { interestedPartyId: partyId, requirement: 'Something the party never said' },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'SCOPE_INVALID' });
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toEqual([
      'contextIssueIds.1',
      'partyRequirements.0.interestedPartyId',
      'partyRequirements.1.requirement',
    ]);
    const overview = await call(api.ctx, api.manager, { method: 'GET', url: url() });
    expect(overview.json()).toMatchObject({ draft: null, versions: [] });
  });

  it('keeps the issues and requirements a version considered, and refuses approval without an AI system', async () => {
    const created = await post('scope/versions', {
      ...BASE,
      contextIssueIds: [issueId],
      partyRequirements: [
        { interestedPartyId: partyId, requirement: 'human review of declined claims' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<{ id: string }>();
    expect(created.json()).toMatchObject({
      contextIssueIds: [issueId],
      partyRequirements: [
        { interestedPartyId: partyId, requirement: 'human review of declined claims' },
      ],
    });
    const submit = await post(`scope/versions/${draft.id}/submit`, {});
    expect(submit.statusCode).toBe(400);
    expect(errorOf(submit)).toMatchObject({
      code: 'SCOPE_INCOMPLETE',
      details: { issues: [{ field: 'aiSystemIds', reason: expect.any(String) }] },
    });

    // A version already in review without a system (submitted under the earlier rules).
    await api.ctx.db.database.db
      .updateTable('scope_version')
      .set({ status: 'in_review' })
      .where('id', '=', draft.id)
      .execute();
    const approve = await post(`scope/versions/${draft.id}/approve`, {}, api.approver);
    expect(approve.statusCode).toBe(400);
    expect(errorOf(approve)).toMatchObject({
      code: 'SCOPE_INCOMPLETE',
      details: { issues: [{ field: 'aiSystemIds' }] },
    });
    const comment = { comment: 'Name the AI systems in scope' };
    expect(
      (await post(`scope/versions/${draft.id}/return`, comment, api.approver)).statusCode,
    ).toBe(200);
  });

  it('shows the mismatch once more systems are flagged in scope than the approved scope lists', async () => {
    const { draft } = (await call(api.ctx, api.manager, { method: 'GET', url: url() })).json<{
      draft: { id: string };
    }>();
    const patched = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: url(`/versions/${draft.id}`),
      payload: { aiSystemIds: systemIds },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await post(`scope/versions/${draft.id}/submit`, {})).statusCode).toBe(200);
    expect((await post(`scope/versions/${draft.id}/approve`, {}, api.approver)).statusCode).toBe(
      200,
    );
    expect(await coverage()).toMatchObject({
      hasApprovedScope: true,
      approvedVersion: 1,
      inScopeCount: 4,
      coveredCount: 4,
      isConsistent: true,
    });

    for (const name of ['Pricing model', 'Email triage']) {
      await createAiSystem(api.ctx.services, api.manager, api.orgId, { name });
    }
    const flaggedOut = await createAiSystem(api.ctx.services, api.manager, api.orgId, {
      name: 'Archived scorer',
      isInScope: false,
      outOfScopeReason: 'Retired; kept for records only',
    });
    const answer = await coverage();
    expect(answer).toMatchObject({ inScopeCount: 6, coveredCount: 4, isConsistent: false });
    expect(answer.flaggedNotCovered.map((entry) => entry.name)).toEqual([
      'Email triage',
      'Pricing model',
    ]);
    expect(answer.coveredNotFlagged).toEqual([]);
    expect(answer.systems.find((entry) => entry.id === flaggedOut.id)).toMatchObject({
      isInScope: false,
      isCoveredByApprovedScope: false,
    });
  });
});
