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

  it('allows an Annex III area only for a high-risk system', () => {
    expect(
      fieldsAtFault({ euRiskClass: 'transparency', euAnnexIiiArea: 'education_and_training' }),
    ).toEqual(['euAnnexIiiArea']);
    expect(
      fieldsAtFault({ euRiskClass: 'high_risk', euAnnexIiiArea: 'education_and_training' }),
    ).toEqual([]);
    expect(fieldsAtFault({ euRiskClass: 'high_risk' })).toEqual([]);
  });

  it('refuses "no personal data" together with other categories and counts special categories as personal', () => {
    expect(fieldsAtFault({ dataCategories: ['none', 'special_category'] })).toContain(
      'dataCategories',
    );
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
