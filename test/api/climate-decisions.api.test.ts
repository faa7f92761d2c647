import { describe, expect, it } from 'vitest';
import { describeOrgRouteAccess } from '../harness/access.js';
import { call, errorOf } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { climateDecisionsAccess } from './access/climate-decisions.cases.js';

interface Decision {
  question: string;
  clause: string;
  questionText: string;
  answer: string;
  answerLabel: string;
  reason: string;
  decidedByUserId: string | null;
  decidedAt: string | null;
  warnings: { code: string; message: string }[];
}

interface Overview {
  decisions: Decision[];
  availableActions: string[];
}

describeOrgRouteAccess(climateDecisionsAccess);

describe('climate decisions API (clauses 4.1, 4.2)', () => {
  const api = orgApiForSuite(
    { name: 'Climate Co' },
    { manager: ['aims_manager'], viewer: ['viewer'], approver: ['approver'] },
  );
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/climate-decisions${path}`;
  const read = async (user = api.viewer) =>
    (await call(api.ctx, user, { method: 'GET', url: url() })).json<Overview>();
  const decide = (question: string, payload: object, user = api.manager) =>
    call(api.ctx, user, { method: 'PUT', url: url(`/${question}`), payload });
  const byQuestion = (overview: Overview, question: string) =>
    overview.decisions.find((decision) => decision.question === question);

  it('answers both questions as not yet considered at first, in words apart from "not relevant"', async () => {
    const overview = await read();
    expect(overview.availableActions).toEqual([]);
    expect(overview.decisions).toEqual([
      {
        question: 'climate_issue',
        clause: '4.1',
        questionText: 'Is climate change a relevant issue for the organization?',
        answer: 'not_considered',
        answerLabel: 'Not yet considered',
        reason: '',
        decidedByUserId: null,
        decidedAt: null,
        warnings: [],
      },
      {
        question: 'party_requirements',
        clause: '4.2',
        questionText: 'Do interested parties have climate-related requirements?',
        answer: 'not_considered',
        answerLabel: 'Not yet considered',
        reason: '',
        decidedByUserId: null,
        decidedAt: null,
        warnings: [],
      },
    ]);
    expect((await read(api.manager)).availableActions).toEqual(['decide']);
  });

  it('refuses a decision without a reason, naming the field, and one that goes back to undecided', async () => {
    const blank = await decide('climate_issue', { answer: 'relevant', reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(errorOf(blank)).toMatchObject({
      code: 'CLIMATE_DECISION_INVALID',
      details: { issues: [{ field: 'reason' }] },
    });
    const undo = await decide('climate_issue', { answer: 'not_considered', reason: 'Undo' });
    expect(undo.statusCode).toBe(400);
    const unknown = await decide('weather', { answer: 'relevant', reason: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect((await read()).decisions.every((d) => d.answer === 'not_considered')).toBe(true);
  });

  it('records a decision with its reason, who and when, in the audit trail with the one before', async () => {
    const response = await decide('climate_issue', {
      answer: 'not_relevant',
      reason: 'Models run in a hosted region powered by renewables; no site faces climate hazards.',
    });
    expect(response.statusCode, response.body).toBe(200);
    const decision = byQuestion(response.json<Overview>(), 'climate_issue');
    expect(decision).toMatchObject({
      answer: 'not_relevant',
      answerLabel: 'Considered, not relevant',
      reason: 'Models run in a hosted region powered by renewables; no site faces climate hazards.',
      decidedByUserId: api.manager.id,
      warnings: [],
    });
    expect(decision?.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const changed = await decide('climate_issue', {
      answer: 'relevant',
      reason: 'Heatwaves threaten the on-premises GPU cluster.',
    });
    expect(byQuestion(changed.json<Overview>(), 'climate_issue')).toMatchObject({
      answer: 'relevant',
      warnings: [{ code: 'relevant_without_issue' }],
    });

    const trail = await call(api.ctx, api.approver, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/audit-log?entityType=climate_decision`,
    });
    expect(trail.statusCode, trail.body).toBe(200);
    const entries = trail.json<{
      items: { action: string; before: { answer: string } | null; after: { answer: string } }[];
    }>().items;
    expect(
      entries.map((entry) => [entry.action, entry.before?.answer, entry.after.answer]),
    ).toEqual([
      ['climate_decision.decided', 'not_relevant', 'relevant'],
      ['climate_decision.decided', 'not_considered', 'not_relevant'],
    ]);
  });

  it('warns when the parties’ requirements disagree with the 4.2 decision, and clears when they agree', async () => {
    const none = await decide('party_requirements', {
      answer: 'not_relevant',
      reason: 'No party has asked for anything climate-related.',
    });
    expect(byQuestion(none.json<Overview>(), 'party_requirements')).toMatchObject({
      answerLabel: 'Considered: none',
      warnings: [],
    });
    const party = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/interested-parties`,
      payload: {
        name: 'Reinsurer',
        kind: 'external',
        requirements: [
          {
            requirement: 'Report the energy use of AI models',
            isAddressed: false,
            isClimateRelated: true,
          },
        ],
      },
    });
    expect(party.statusCode, party.body).toBe(201);
    expect(party.json()).toMatchObject({
      climateRelatedCount: 1,
      requirements: [{ isClimateRelated: true }],
    });
    expect(byQuestion(await read(), 'party_requirements')?.warnings).toEqual([
      {
        code: 'none_with_requirements',
        message:
          'The decision says no climate-related requirements, yet some requirements are marked climate-related.',
      },
    ]);
    const yes = await decide('party_requirements', {
      answer: 'relevant',
      reason: 'The reinsurer asks for energy reporting.',
    });
    expect(byQuestion(yes.json<Overview>(), 'party_requirements')?.warnings).toEqual([]);
  });
});
