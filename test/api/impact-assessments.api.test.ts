import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createApiUser, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { createOrgWithUser, orgApiForSuite } from '../harness/org-api.js';
import { createAiSystem } from '../harness/services.js';
import { impactAssessmentAccess } from './access/impact-assessments.cases.js';

interface Version {
  id: string;
  version: number;
  status: string;
  aiSystemName: string;
  content: Record<string, unknown> & { impacts: { id: string }[] };
  changes: {
    againstVersionId: string | null;
    againstVersion: number | null;
    fields: { field: string; before: string | null; after: string | null }[];
    impacts: { added: { id: string }[]; changed: { key: string; fields: string[] }[] };
    hasChanges: boolean;
  };
  profile: { harmTotal: number; benefitTotal: number; unclassified: number };
  missingForApproval: { field: string; reason: string }[];
  availableActions: string[];
  approvedByUserId: string | null;
  lastReturn: { comment: string } | null;
}

interface SystemLine {
  aiSystemId: string;
  name: string;
  isInScope: boolean;
  approved: { version: number; nextReviewDate: string | null; isReviewOverdue: boolean } | null;
  draft: { version: number; status: string } | null;
  needsAssessment: boolean;
}

interface Overview {
  today: string;
  systems: SystemLine[];
  counts: Record<string, number>;
}

const DAY = 86_400;

const completeContent = (ownerUserId: string) => ({
  scope: 'The claims triage model as used by the claims team in the UK',
  trigger: 'Initial assessment',
  systemDescription: 'A gradient-boosted model ranking incoming claims',
  purpose: 'Send urgent claims to a handler sooner',
  intendedUses: 'Ordering the work queue of claims handlers',
  foreseeableMisuse: 'Declining claims on the score alone',
  dataAndDataQuality: 'Five years of claims history, checked for gaps each quarter',
  algorithmAndModel: 'XGBoost, retrained monthly',
  deploymentEnvironment: 'UK only, English, internal web application',
  interestedParties: [{ name: 'Claimants', isVulnerableGroup: true }],
  impacts: [
    {
      id: 'H1',
      description: 'Claims from some postcodes wait longer',
      affects: ['groups'],
      nature: 'Harm',
      category: 'Fairness and bias',
      likelihood: 3,
      severity: 4,
      reversibility: 'reversible',
      scale: 'large_group',
    },
    {
      id: 'B1',
      description: 'Urgent claims are paid sooner',
      affects: ['individuals'],
      nature: 'benefit',
      category: 'economic_and_employment',
      likelihood: 4,
      severity: 3,
      reversibility: 'reversible',
      scale: 'large_group',
    },
  ],
  measures: [
    {
      id: 'M1',
      impactId: 'H1',
      description: 'Monthly check of waiting times by postcode',
      ownerUserId,
      dueDate: '2027-01-31',
    },
  ],
  thresholds: 'Any decision affecting payment is a sensitive use and needs a human',
  nextReviewDate: '2027-06-01',
  retention: 'Seven years after the system is retired',
});

describe('AI system impact assessments API', () => {
  const api = orgApiForSuite(
    { name: 'Impact Co' },
    { manager: ['aims_manager', 'approver'], approver: ['approver'], owner: ['contributor'] },
  );
  let claimsId: string;
  let chatId: string;
  let legacyId: string;
  let firstId: string;
  let revisionId: string;
  const orgUrl = (path: string) => `/api/v1/orgs/${api.orgId}${path}`;
  const get = (user: ApiUser, path: string) =>
    call(api.ctx, user, { method: 'GET', url: orgUrl(path) });
  const create = (user: ApiUser, aiSystemId: string, payload: object = {}) =>
    call(api.ctx, user, {
      method: 'POST',
      url: orgUrl(`/ai-systems/${aiSystemId}/impact-assessments`),
      payload,
    });
  const patch = (user: ApiUser, id: string, payload: object) =>
    call(api.ctx, user, { method: 'PATCH', url: orgUrl(`/impact-assessments/${id}`), payload });
  const step = (
    user: ApiUser,
    id: string,
    action: 'submit' | 'return' | 'approve',
    payload?: { comment: string },
  ) =>
    call(api.ctx, user, {
      method: 'POST',
      url: orgUrl(`/impact-assessments/${id}/${action}`),
      ...(payload ? { payload } : {}),
    });
  const overview = async () => (await get(api.manager, '/impact-assessments')).json<Overview>();
  const lineOf = (view: Overview, id: string) =>
    view.systems.find((system) => system.aiSystemId === id);

  beforeAll(async () => {
    const services = api.ctx.services;
    claimsId = (await createAiSystem(services, api.manager, api.orgId, { name: 'Claims triage' }))
      .id;
    chatId = (await createAiSystem(services, api.manager, api.orgId, { name: 'Chat helper' })).id;
    legacyId = (
      await createAiSystem(services, api.manager, api.orgId, {
        name: 'Legacy scorer',
        isInScope: false,
        outOfScopeReason: 'Retired from use',
      })
    ).id;
  });

  it('lists every AI system with no assessment yet, in scope or not', async () => {
    const view = await overview();
    expect(view.today).toBe('2026-12-01');
    expect(
      view.systems.map((system) => [system.name, system.isInScope, system.needsAssessment]),
    ).toEqual([
      ['Chat helper', true, true],
      ['Claims triage', true, true],
      ['Legacy scorer', false, false],
    ]);
    expect(view.counts).toEqual({
      systems: 3,
      inScope: 2,
      inScopeWithoutApproved: 2,
      reviewsOverdue: 0,
      needingAssessment: 2,
    });
  });

  it('opens a draft, and refuses a second open one for the same system', async () => {
    const created = await create(api.manager, claimsId, { scope: 'Claims triage in the UK' });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<Version>();
    firstId = draft.id;
    expect(draft).toMatchObject({
      version: 1,
      status: 'draft',
      aiSystemName: 'Claims triage',
      availableActions: ['edit', 'submit', 'discard'],
      changes: { againstVersionId: null, againstVersion: null, hasChanges: true },
      profile: { harmTotal: 0, benefitTotal: 0, unclassified: 0 },
    });
    expect(draft.content.scope).toBe('Claims triage in the UK');
    expect(draft.missingForApproval.map((issue) => issue.field)).toContain('purpose');

    const second = await create(api.manager, claimsId);
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('IMPACT_ASSESSMENT_DRAFT_EXISTS');
  });

  it('refuses malformed content, naming every field at fault', async () => {
    const stranger = await createOrgWithUser(api.ctx, ['aims_manager'], 'Elsewhere');
    const response = await patch(api.manager, firstId, {
      impacts: [{ id: 'H1', nature: 'maybe', severity: 9 }],
      measures: [{ id: 'M1', impactId: 'H9', ownerUserId: stranger.user.id }],
      nextReviewDate: '2027-02-30',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('IMPACT_ASSESSMENT_INVALID');
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toEqual([
      'impacts.0.nature',
      'impacts.0.severity',
      'measures.0.impactId',
      'nextReviewDate',
      'measures.0.ownerUserId',
    ]);
    const shape = await patch(api.manager, firstId, { impacts: [{ id: 'H1', colour: 'red' }] });
    expect(shape.statusCode).toBe(400);
    expect(errorOf(shape).details.issues?.map((issue) => issue.field)).toEqual([
      'body.impacts.0.colour',
    ]);
    const stored = (await get(api.manager, `/impact-assessments/${firstId}`)).json<Version>();
    expect(stored.content.impacts).toEqual([]);
  });

  it('will not submit an incomplete draft, and lists what is missing', async () => {
    const response = await step(api.manager, firstId, 'submit');
    expect(response.statusCode).toBe(409);
    const error = errorOf(response);
    expect(error.code).toBe('IMPACT_ASSESSMENT_INCOMPLETE');
    expect(error.details.issues?.map((issue) => issue.field)).toEqual([
      'trigger',
      'systemDescription',
      'purpose',
      'intendedUses',
      'foreseeableMisuse',
      'dataAndDataQuality',
      'algorithmAndModel',
      'deploymentEnvironment',
      'thresholds',
      'retention',
      'interestedParties',
      'impacts',
      'nextReviewDate',
    ]);
    expect((await get(api.manager, `/impact-assessments/${firstId}`)).json<Version>().status).toBe(
      'draft',
    );
  });

  it('accepts the complete content, choices by label, and profiles the impacts', async () => {
    const response = await patch(api.manager, firstId, completeContent(api.owner.id));
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json<Version>();
    expect(saved.missingForApproval).toEqual([]);
    expect(saved.content).toMatchObject({
      trigger: 'initial',
      impacts: [{ id: 'H1', nature: 'harm', category: 'fairness_and_bias' }, { id: 'B1' }],
      measures: [{ id: 'M1', status: 'planned', ownerUserId: api.owner.id }],
    });
    expect(saved.profile).toMatchObject({ harmTotal: 1, benefitTotal: 1, unclassified: 0 });
  });

  it('is submitted, returned with a comment, and submitted again', async () => {
    const submitted = await step(api.manager, firstId, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json<Version>().status).toBe('in_review');
    expect((await patch(api.manager, firstId, { purpose: 'x' })).statusCode).toBe(409);
    const returned = await step(api.approver, firstId, 'return', {
      comment: 'Say who checks the waiting times',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json<Version>()).toMatchObject({
      status: 'draft',
      lastReturn: { comment: 'Say who checks the waiting times' },
    });
    expect((await step(api.manager, firstId, 'submit')).statusCode).toBe(200);
  });

  it('is never approved by its author, even holding approver, and is approved by another', async () => {
    const viewed = (await get(api.manager, `/impact-assessments/${firstId}`)).json<Version>();
    expect(viewed.availableActions).toEqual(['return']);
    const own = await step(api.manager, firstId, 'approve');
    expect(own.statusCode).toBe(403);
    expect(errorOf(own).code).toBe('APPROVAL_BY_EDITOR');

    const approved = await step(api.approver, firstId, 'approve');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<Version>()).toMatchObject({
      status: 'approved',
      approvedByUserId: api.approver.id,
    });
  });

  it('freezes the approved version', async () => {
    const edit = await patch(api.manager, firstId, { purpose: 'Changed after approval' });
    expect(edit.statusCode).toBe(409);
    expect(errorOf(edit).code).toBe('APPROVAL_NOT_DRAFT');
    const discard = await call(api.ctx, api.manager, {
      method: 'DELETE',
      url: orgUrl(`/impact-assessments/${firstId}`),
    });
    expect(discard.statusCode).toBe(409);
    const viewed = (await get(api.manager, `/impact-assessments/${firstId}`)).json<Version>();
    expect(viewed.availableActions).toEqual(['revise']);
  });

  it('renders the approved version as a PDF with the system, approver and owner by name', async () => {
    const response = await get(api.approver, `/impact-assessments/${firstId}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="impact-assessment-claims-triage-v1.pdf"',
    );
    const { text } = await new PDFParse({ data: response.rawPayload }).getText();
    expect(text).toContain('Claims triage');
    expect(text).toContain('Impact Co');
    expect(text).toContain(`User ${api.approver.email}`);
    // The owner column wraps the name; compare without the line breaks.
    expect(text.replace(/\s+/g, '')).toContain(`User${api.owner.email}`);
  });

  it('starts a new draft from the approved content and shows what changed', async () => {
    const created = await create(api.manager, claimsId, {
      trigger: 'significant_change',
      purpose: 'Send urgent and complex claims to a handler sooner',
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<Version>();
    revisionId = draft.id;
    expect(draft.version).toBe(2);
    expect(draft.content.impacts.map((impact) => impact.id)).toEqual(['H1', 'B1']);
    expect(draft.changes).toMatchObject({ againstVersionId: firstId, againstVersion: 1 });
    expect(draft.changes.fields).toEqual([
      { field: 'trigger', before: 'initial', after: 'significant_change' },
      {
        field: 'purpose',
        before: 'Send urgent claims to a handler sooner',
        after: 'Send urgent and complex claims to a handler sooner',
      },
    ]);
    const changed = await patch(api.manager, revisionId, {
      impacts: [
        { ...completeContent(api.owner.id).impacts[0], severity: 5 },
        completeContent(api.owner.id).impacts[1],
      ],
    });
    expect(changed.json<Version>().changes.impacts.changed).toEqual([
      expect.objectContaining({ key: 'H1', fields: ['severity'] }),
    ]);
  });

  it("shows each system's state in the overview, and the review overdue once its date passes", async () => {
    const before = await overview();
    expect(lineOf(before, claimsId)).toMatchObject({
      approved: { version: 1, nextReviewDate: '2027-06-01', isReviewOverdue: false },
      draft: { version: 2, status: 'draft' },
      needsAssessment: false,
    });
    expect(lineOf(before, chatId)).toMatchObject({ approved: null, needsAssessment: true });
    expect(lineOf(before, legacyId)).toMatchObject({ approved: null, needsAssessment: false });

    api.ctx.clock.advanceSeconds(200 * DAY);
    const after = await overview();
    expect(after.today).toBe('2027-06-19');
    expect(lineOf(after, claimsId)).toMatchObject({
      approved: { isReviewOverdue: true },
      needsAssessment: true,
    });
    expect(after.counts).toMatchObject({ reviewsOverdue: 1, needingAssessment: 2 });
  });

  it('lists the versions of a system, and supersedes the old one when the revision is approved', async () => {
    expect((await step(api.manager, revisionId, 'submit')).statusCode).toBe(200);
    expect((await step(api.approver, revisionId, 'approve')).statusCode).toBe(200);
    const history = await get(api.manager, `/ai-systems/${claimsId}/impact-assessments`);
    expect(history.statusCode, history.body).toBe(200);
    const body = history.json<{
      aiSystem: { name: string };
      approved: { version: number } | null;
      draft: unknown;
      versions: { version: number; status: string }[];
    }>();
    expect(body.aiSystem.name).toBe('Claims triage');
    expect(body.approved?.version).toBe(2);
    expect(body.draft).toBeNull();
    expect(body.versions.map((version) => [version.version, version.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
  });

  it('discards a draft and writes every change to the audit trail', async () => {
    const draft = (await create(api.manager, chatId)).json<Version>();
    const removed = await call(api.ctx, api.manager, {
      method: 'DELETE',
      url: orgUrl(`/impact-assessments/${draft.id}`),
    });
    expect(removed.statusCode).toBe(204);
    expect((await get(api.manager, `/impact-assessments/${draft.id}`)).statusCode).toBe(404);
    const log = await get(api.manager, '/audit-log?entityType=impact_assessment_version');
    const actions = log
      .json<{ items: { action: string }[] }>()
      .items.map((entry) => entry.action)
      .reverse();
    expect(actions).toEqual([
      'impact_assessment_version.created',
      'impact_assessment_version.updated',
      'impact_assessment_version.submitted',
      'impact_assessment_version.returned',
      'impact_assessment_version.submitted',
      'impact_assessment_version.approved',
      'impact_assessment_version.created',
      'impact_assessment_version.updated',
      'impact_assessment_version.submitted',
      'impact_assessment_version.superseded',
      'impact_assessment_version.approved',
      'impact_assessment_version.created',
      'impact_assessment_version.discarded',
    ]);
  });

  it('opens only one of two drafts requested at once for the same system', async () => {
    const responses = await Promise.all([create(api.manager, chatId), create(api.manager, chatId)]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const refused = responses.find((response) => response.statusCode === 409);
    expect(refused && errorOf(refused).code).toBe('IMPACT_ASSESSMENT_DRAFT_EXISTS');
    const created = responses.find((response) => response.statusCode === 201);
    const removed = await call(api.ctx, api.manager, {
      method: 'DELETE',
      url: orgUrl(`/impact-assessments/${created?.json<Version>().id ?? ''}`),
    });
    expect(removed.statusCode).toBe(204);
  });

  it("answers 404 for another organization's AI system or version", async () => {
    const { org: other, user: theirs } = await createOrgWithUser(
      api.ctx,
      ['aims_manager'],
      'Other Impact Co',
    );
    const system = await createAiSystem(api.ctx.services, theirs, other.id, { name: 'Theirs' });
    const foreign = await api.ctx.services.impactAssessments.createDraft(
      theirs.actor,
      other.id,
      system.id,
    );
    const onSystem = await create(api.manager, system.id);
    expect(onSystem.statusCode).toBe(404);
    expect(errorOf(onSystem).code).toBe('AI_SYSTEM_NOT_FOUND');
    expect((await get(api.manager, `/ai-systems/${system.id}/impact-assessments`)).statusCode).toBe(
      404,
    );
    for (const path of [
      `/impact-assessments/${foreign.id}`,
      `/impact-assessments/${foreign.id}/pdf`,
    ]) {
      const response = await get(api.manager, path);
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).code).toBe('IMPACT_ASSESSMENT_NOT_FOUND');
    }
    const submit = await step(api.manager, foreign.id, 'submit');
    expect(errorOf(submit).code).toBe('IMPACT_ASSESSMENT_NOT_FOUND');
  });

  it('refuses approval to the operator at the command line', async () => {
    const helper = await createApiUser(api.ctx, api.org, ['contributor']);
    const draft = (await create(helper, chatId, completeContent(api.owner.id))).json<Version>();
    expect((await step(helper, draft.id, 'submit')).statusCode).toBe(200);
    await expect(
      api.ctx.services.impactAssessments.approve(
        { kind: 'system', label: 'test' },
        api.orgId,
        draft.id,
      ),
    ).rejects.toMatchObject({ code: 'APPROVAL_BY_OPERATOR' });
  });
});

describeOrgRouteAccess(impactAssessmentAccess);
