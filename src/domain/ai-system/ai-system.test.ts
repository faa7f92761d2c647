import { describe, expect, it } from 'vitest';
import { validateAiSystem } from './ai-system.js';
import type { AiSystemInput } from './ai-system.js';

const base: AiSystemInput = {
  name: 'Claims triage',
  purpose: 'Ranks claims',
  lifecycleStage: 'deployment',
  isInScope: true,
};

const fieldsAtFault = (input: Partial<AiSystemInput>) =>
  validateAiSystem({ ...base, ...input }).issues.map((issue) => issue.field);

describe('AI system rules', () => {
  it('fills in the optional parts with empty values', () => {
    const { details, issues } = validateAiSystem(base);
    expect(issues).toEqual([]);
    expect(details).toMatchObject({
      description: '',
      ownerUserId: null,
      aiRoles: [],
      euRiskClass: null,
      dataCategories: [],
      thirdPartyComponents: [],
      outOfScopeReason: null,
    });
  });

  it('keeps roles once each, in the order of ISO/IEC 22989', () => {
    const { details } = validateAiSystem({
      ...base,
      aiRoles: ['ai_customer', 'ai_provider', 'ai_customer'],
    });
    expect(details.aiRoles).toEqual(['ai_provider', 'ai_customer']);
  });

  it('needs a reason for a system outside the AIMS scope, and drops it for one inside', () => {
    expect(fieldsAtFault({ isInScope: false })).toEqual(['outOfScopeReason']);
    expect(fieldsAtFault({ isInScope: false, outOfScopeReason: '   ' })).toEqual([
      'outOfScopeReason',
    ]);
    expect(
      validateAiSystem({ ...base, outOfScopeReason: 'stale' }).details.outOfScopeReason,
    ).toBeNull();
  });

  it('allows an Annex III area only on the Annex III route', () => {
    expect(
      fieldsAtFault({
        euRiskClass: 'high_risk',
        euHighRiskRoute: null,
        euAnnexIiiArea: 'education_and_training',
      }),
    ).toEqual(['euAnnexIiiArea']);
    expect(
      fieldsAtFault({ euRiskClass: 'high_risk', euAnnexIiiArea: 'education_and_training' }),
    ).toEqual([]);
  });

  it.each<[string, Partial<AiSystemInput>, string[]]>([
    ['a sub-role under its family', { aiRoles: ['ai_partner'], aiSubRoles: ['ai_auditor'] }, []],
    [
      'a sub-role without its family',
      { aiRoles: ['ai_provider'], aiSubRoles: ['ai_platform_provider', 'ai_developer'] },
      ['aiSubRoles.1'],
    ],
    [
      'a sub-role without its family, sent before one with it',
      { aiRoles: ['ai_customer'], aiSubRoles: ['ai_auditor', 'ai_user'] },
      ['aiSubRoles.0'],
    ],
    [
      'an unknown sub-role',
      { aiRoles: ['ai_partner'], aiSubRoles: ['ai_reseller'] },
      ['aiSubRoles.0'],
    ],
  ])('ISO/IEC 22989 roles: %s', (_name, input, fields) => {
    expect(fieldsAtFault(input)).toEqual(fields);
  });

  it('names the family a sub-role needs', () => {
    const [issue] = validateAiSystem({ ...base, aiSubRoles: ['ai_developer'] }).issues;
    expect(issue?.reason).toBe(
      '"AI developer" is a sub-role of "AI producer": choose that role too',
    );
  });

  it('knows the continuous validation stage of ISO/IEC 22989', () => {
    expect(fieldsAtFault({ lifecycleStage: 'continuous_validation' })).toEqual([]);
  });

  it('refuses "no personal data" together with other categories, naming them by their labels', () => {
    const { issues } = validateAiSystem({ ...base, dataCategories: ['none', 'personal'] });
    expect(issues).toEqual([
      {
        field: 'dataCategories',
        reason: '"No personal data" cannot be chosen together with "Personal data"',
      },
    ]);
  });

  it('counts special-category data as personal data', () => {
    expect(
      validateAiSystem({ ...base, dataCategories: ['special_category'] }).details.dataCategories,
    ).toEqual(['personal', 'special_category']);
  });

  it('names each unknown value and each incomplete component', () => {
    expect(
      fieldsAtFault({
        lifecycleStage: 'production',
        aiRoles: ['ai_provider', 'vendor'],
        thirdPartyComponents: [{ component: 'LLM', supplier: ' ' }],
      }),
    ).toEqual(['lifecycleStage', 'aiRoles.1', 'thirdPartyComponents.0.supplier']);
  });
});
