import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { obligationTransfersAccess } from './access/register-transfers.cases.js';
import { multipartFile } from '../harness/upload.js';
import { createAiSystem } from '../harness/services.js';

const GOOD = [
  'Kind,Source,Reference,Requirement,AI systems,Owner,Compliance status,Next review date,Notes',
  'Regulatory,EU AI Act,Art. 9,Risk management system for high-risk AI,claims triage,OWNER,Partially compliant,2027-03-31,',
  'contractual,Reinsurer agreement,Clause 14.2,Explain automated claim decisions on request,,,,,',
].join('\n');

describe('importing and exporting obligations', () => {
  const api = orgApiForSuite({ name: 'Obligations Import Co' }, { manager: ['aims_manager'] });
  const importFile = (content: string, dryRun = false) =>
    call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/obligations/import?dryRun=${dryRun}`,
      ...multipartFile('obligations.csv', content),
    });

  beforeAll(async () => {
    await createAiSystem(api.ctx.services, api.manager, api.orgId, {
      name: 'Claims triage',
      purpose: 'Ranks claims',
    });
  });

  it('lists unknown AI systems, owners, kinds and dates by line, and writes nothing', async () => {
    const bad = [
      'Kind,Source,Reference,Requirement,AI systems,Owner,Next review date',
      'statutory,EU AI Act,Art. 10,Data governance,,,',
      'legal,GDPR,Art. 22,Automated decisions,Fraud model,,',
      'legal,GDPR,Art. 35,DPIA,,ghost@example.test,2027-02-30',
    ].join('\n');
    const response = await importFile(bad);
    expect(response.statusCode).toBe(400);
    const { details } = errorOf(response) as unknown as {
      details: { errors: { line: number; field: string }[] };
    };
    expect(details.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'kind'],
      [3, 'aiSystemNames'],
      [4, 'ownerEmail'],
      [4, 'nextReviewDate'],
    ]);
    expect((await api.ctx.services.obligations.list(api.manager.actor, api.orgId, {})).total).toBe(
      0,
    );
  });

  it('imports good rows linking AI systems by name and owners by email, then exports them', async () => {
    const response = await importFile(GOOD.replace('OWNER', api.manager.email));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ created: 2 });
    const { items } = await api.ctx.services.obligations.list(api.manager.actor, api.orgId, {
      sort: 'source',
    });
    expect(items[0]).toMatchObject({
      source: 'EU AI Act',
      kind: 'regulatory',
      complianceStatus: 'partially_compliant',
      ownerUserId: api.manager.id,
      nextReviewDate: '2027-03-31',
      aiSystemIds: [expect.any(String)],
    });
    expect(items[1]).toMatchObject({ kind: 'contractual', complianceStatus: 'not_assessed' });

    const exported = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/obligations/export?format=csv`,
    });
    expect(exported.body).toContain('Claims triage');
    expect(exported.body).toContain('Partially compliant');
  });
});

describeOrgRouteAccess(obligationTransfersAccess);
