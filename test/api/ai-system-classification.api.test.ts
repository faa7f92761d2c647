/**
 * The AI system's EU AI Act and ISO/IEC 22989 vocabulary over HTTP: what the
 * register declares, what a system may record, the list filters, and the
 * errors that name the field at fault.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import { createOrgWithUser, orgApiForSuite } from '../harness/org-api.js';

interface Declaration {
  key: string;
  fields: { field: string; choices: { value: string; label: string; group?: string }[] | null }[];
  filters: { param: string; type: string }[];
  transfer: { importColumns: { header: string }[] };
}

const system = (name: string, extra: object = {}) => ({
  name,
  purpose: 'Does a thing',
  lifecycleStage: 'deployment',
  isInScope: true,
  ...extra,
});

describe('AI system classification API', () => {
  const api = orgApiForSuite({ name: 'Classified Co' }, { manager: ['aims_manager'] });
  const create = (payload: object) =>
    call(api.ctx, api.manager, {
      method: 'POST',
      url: `/api/v1/orgs/${api.orgId}/ai-systems`,
      payload,
    });
  const names = async (query: string) => {
    const response = await call(api.ctx, api.manager, {
      method: 'GET',
      url: `/api/v1/orgs/${api.orgId}/ai-systems?${query}`,
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: { name: string }[] }>().items.map((item) => item.name);
  };

  beforeAll(async () => {
    const fixtures = [
      system('Fall alarm', {
        ownerUserId: api.manager.id,
        euAiActRoles: ['product_manufacturer', 'provider'],
        euRiskClass: 'high_risk',
        euHighRiskRoute: 'annex_i',
        euAnnexIRelation: 'safety_component',
        euAnnexILegislation: 'Regulation (EU) 2017/745',
        isThirdPartyAssessmentRequired: true,
      }),
      system('Triage', {
        euAiActRoles: ['provider', 'deployer'],
        euRiskClass: 'high_risk',
        euAnnexIiiArea: 'essential_services',
      }),
      system('Sorter', {
        euAiActRoles: ['deployer'],
        euRiskClass: 'minimal',
        euHighRiskRoute: 'annex_iii',
        euAnnexIiiArea: 'employment_and_workers',
        euDerogation: 'narrow_procedural_task',
        euDerogationReasoning: 'Files attachments by type only.',
      }),
      system('Chatbot', {
        euRiskClass: 'minimal',
        euTransparencyObligations: ['direct_interaction', 'synthetic_content'],
      }),
      system('Model', {
        euAiActRoles: ['provider'],
        isGeneralPurposeModel: true,
        hasSystemicRisk: true,
      }),
    ];
    for (const payload of fixtures) expect((await create(payload)).statusCode).toBe(201);
  });

  it('declares the EU AI Act and ISO/IEC 22989 vocabulary, with each sub-role under its family', async () => {
    const response = await call(api.ctx, api.manager, { method: 'GET', url: '/api/v1/registers' });
    const register = response
      .json<{ registers: Declaration[] }>()
      .registers.find((entry) => entry.key === 'ai-systems');
    const choicesOf = (field: string) =>
      register?.fields.find((entry) => entry.field === field)?.choices ?? [];
    const values = (field: string) => choicesOf(field).map((choice) => choice.value);
    expect(values('euAiActRoles')).toEqual([
      'provider',
      'product_manufacturer',
      'deployer',
      'authorised_representative',
      'importer',
      'distributor',
    ]);
    expect(values('euRiskClass')).toEqual(['prohibited', 'high_risk', 'minimal']);
    expect(values('euHighRiskRoute')).toEqual(['annex_i', 'annex_iii']);
    expect(values('euAnnexIiiArea')).toHaveLength(8);
    expect(values('euDerogation')).toHaveLength(4);
    expect(values('euTransparencyObligations')).toContain('deep_fake');
    expect(values('lifecycleStage')).toEqual([
      'inception',
      'design_and_development',
      'verification_and_validation',
      'deployment',
      'operation_and_monitoring',
      'continuous_validation',
      're_evaluation',
      'retirement',
    ]);
    expect(choicesOf('aiSubRoles')).toContainEqual({
      value: 'ai_evaluator',
      label: 'AI evaluator',
      group: 'ai_partner',
    });
    expect(choicesOf('aiRoles').every((choice) => choice.group === undefined)).toBe(true);
    expect(register?.filters.map((filter) => filter.param)).toEqual(
      expect.arrayContaining([
        'euAiActRole',
        'euRiskClass',
        'euHighRiskRoute',
        'isGeneralPurposeModel',
        'hasTransparencyObligations',
        'ownerUserId',
      ]),
    );
    expect(register?.transfer.importColumns.map((column) => column.header)).toEqual(
      expect.arrayContaining(['EU AI Act roles', 'High-risk route', 'Art. 6(3) derogation']),
    );
  });

  it.each([
    ['euAiActRole=provider', ['Fall alarm', 'Model', 'Triage']],
    ['euAiActRole=product_manufacturer', ['Fall alarm']],
    ['euRiskClass=high_risk', ['Fall alarm', 'Triage']],
    ['euHighRiskRoute=annex_iii', ['Sorter', 'Triage']],
    ['euHighRiskRoute=annex_i', ['Fall alarm']],
    ['isGeneralPurposeModel=true', ['Model']],
    ['hasTransparencyObligations=true', ['Chatbot']],
    ['euRiskClass=minimal&hasTransparencyObligations=false', ['Sorter']],
  ])('filters the list by %s', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('filters by owner, and finds nothing for a member of another organization', async () => {
    expect(await names(`ownerUserId=${api.manager.id}`)).toEqual(['Fall alarm']);
    const { user: stranger } = await createOrgWithUser(api.ctx, ['aims_manager'], 'Elsewhere');
    expect(await names(`ownerUserId=${stranger.id}`)).toEqual([]);
  });

  it.each([
    [
      'a derogation off the Annex III route',
      { euRiskClass: 'minimal', euDerogation: 'preparatory_task', euDerogationReasoning: 'x' },
      ['euDerogation'],
    ],
    [
      'the Art. 6(1) route without a third-party conformity assessment',
      {
        euRiskClass: 'high_risk',
        euHighRiskRoute: 'annex_i',
        euAnnexIRelation: 'product',
        euAnnexILegislation: 'Machinery',
      },
      ['isThirdPartyAssessmentRequired'],
    ],
    ['systemic risk for an AI system', { hasSystemicRisk: true }, ['hasSystemicRisk']],
    [
      'a sub-role without its family',
      { aiRoles: ['ai_customer'], aiSubRoles: ['ai_user', 'ai_auditor'] },
      ['aiSubRoles.1'],
    ],
    [
      'a deployer role for a general-purpose AI model',
      { isGeneralPurposeModel: true, euAiActRoles: ['deployer'] },
      ['euAiActRoles.0'],
    ],
  ])('refuses %s with AI_SYSTEM_INVALID, naming the field', async (_name, extra, fields) => {
    const response = await create(system('Refused', extra));
    expect(response.statusCode).toBe(400);
    const error = errorOf(response);
    expect(error.code).toBe('AI_SYSTEM_INVALID');
    expect(error.details.issues?.map((issue) => issue.field)).toEqual(fields);
  });

  it('explains exclusive data categories by their labels', async () => {
    const response = await create(system('Mixed data', { dataCategories: ['personal', 'none'] }));
    expect(errorOf(response).details.issues).toEqual([
      {
        field: 'dataCategories',
        reason: '"No personal data" cannot be chosen together with "Personal data"',
      },
    ]);
  });

  it.each([
    [
      'the former transparency risk class',
      { euRiskClass: 'transparency' },
      'body.euRiskClass',
      /transparency is no longer a class/,
    ],
    [
      'the former single EU AI Act role',
      { euAiActRole: 'provider' },
      'body.euAiActRole',
      /replaced by euAiActRoles/,
    ],
  ])('refuses %s with a 400 that names its successor', async (_name, extra, field, reason) => {
    const response = await create(system('Old client', extra));
    expect(response.statusCode).toBe(400);
    const [issue] = errorOf(response).details.issues ?? [];
    expect(issue?.field).toBe(field);
    expect(issue?.reason).toMatch(reason);
  });
});
