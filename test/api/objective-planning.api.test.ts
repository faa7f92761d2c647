/**
 * AI objectives measurable if practicable (clause 6.2): qualitative ones with
 * an evaluation method and evaluations achieved or not, and the planning
 * items each objective records, with those still missing named.
 */
import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';

interface Objective {
  id: string;
  kind: string;
  metric: string;
  targetValue: number | null;
  evaluationMethod: string;
  plan: string;
  resources: string;
  communication: string;
  policyConsistency: string;
  planningGaps: string[];
  progress: { isTargetMet: boolean | null };
}

const QUALITATIVE = {
  title: 'Claims handlers use the triage responsibly',
  kind: 'qualitative',
  evaluationMethod:
    'Twice a year the AIMS manager samples 60 triage decisions against the guidance.',
  plan: 'Override guidance and annual training',
  resources: 'Training team, one day per handler a year',
  dueDate: '2027-09-30',
  communication: 'Results to team leads after each review',
  policyConsistency: 'Serves the human-oversight commitment of the AI policy',
};

describe('AI objective planning API', () => {
  const api = orgApiForSuite({ name: 'Planning Co' }, { manager: ['aims_manager'] });
  const url = (path = '') => `/api/v1/orgs/${api.orgId}/objectives${path}`;
  const create = (payload: object) =>
    call(api.ctx, api.manager, { method: 'POST', url: url(), payload });

  it('accepts a qualitative objective with an evaluation method and no target', async () => {
    const response = await create({ ...QUALITATIVE, ownerUserId: api.manager.id });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Objective>()).toMatchObject({
      kind: 'qualitative',
      metric: '',
      targetValue: null,
      evaluationMethod: QUALITATIVE.evaluationMethod,
      resources: QUALITATIVE.resources,
      communication: QUALITATIVE.communication,
      policyConsistency: QUALITATIVE.policyConsistency,
      planningGaps: [],
    });
  });

  it('refuses a qualitative objective without an evaluation method, naming the field', async () => {
    const response = await create({ ...QUALITATIVE, evaluationMethod: ' ' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'OBJECTIVE_INVALID',
      details: { issues: [{ field: 'evaluationMethod' }] },
    });
  });

  it('still needs a metric and a target from a quantitative objective', async () => {
    const response = await create({ title: 'Fewer incidents' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details.issues?.map((issue) => issue.field)).toEqual([
      'metric',
      'targetValue',
    ]);
  });

  it('names the planning items a quantitative objective still lacks, in clause order', async () => {
    const response = await create({
      title: 'Explain decisions',
      metric: 'Share explained',
      targetValue: 95,
      plan: 'Templates per system',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Objective>().planningGaps).toEqual([
      'resources',
      'ownerUserId',
      'dueDate',
      'communication',
      'policyConsistency',
    ]);
  });

  it('records a qualitative evaluation as achieved or not, and nothing else', async () => {
    const created = (await create(QUALITATIVE)).json<Objective>();
    const evaluate = (value: number) =>
      call(api.ctx, api.manager, {
        method: 'POST',
        url: url(`/${created.id}/measurements`),
        payload: { measuredOn: '2026-11-30', value, note: 'Sample of 60 decisions' },
      });
    const half = await evaluate(0.5);
    expect(half.statusCode).toBe(400);
    expect(errorOf(half)).toMatchObject({
      code: 'MEASUREMENT_INVALID',
      details: { issues: [{ field: 'value' }] },
    });
    const achieved = await evaluate(1);
    expect(achieved.statusCode, achieved.body).toBe(201);
    expect(achieved.json<Objective>().progress.isTargetMet).toBe(true);
  });

  it('turns a quantitative objective qualitative, dropping its target', async () => {
    const created = (
      await create({ title: 'Ethics culture', metric: 'Survey score', targetValue: 4 })
    ).json<Objective>();
    const changed = await call(api.ctx, api.manager, {
      method: 'PATCH',
      url: url(`/${created.id}`),
      payload: { kind: 'qualitative', evaluationMethod: 'Board review of the yearly survey' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Objective>()).toMatchObject({ kind: 'qualitative', targetValue: null });
  });
});
