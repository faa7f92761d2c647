import { describe, expect, it } from 'vitest';
import {
  EMPTY_AI_SYSTEM,
  exclusiveDataCategories,
  requestBodyOf,
  subRolesUnder,
} from './ai-system-form-values.js';
import type { AiSystemFormValues } from './ai-system-form-values.js';

describe('the AI system form’s exclusive choices', () => {
  it.each<[string, string[], string[], string[]]>([
    ['ticking "no personal data" unticks the others', ['personal'], ['personal', 'none'], ['none']],
    [
      'ticking personal data unticks "no personal data"',
      ['none'],
      ['none', 'personal'],
      ['personal'],
    ],
    [
      'special-category data brings personal data along',
      ['none'],
      ['none', 'special_category'],
      ['personal', 'special_category'],
    ],
    [
      'unticking keeps the rest',
      ['personal', 'special_category'],
      ['special_category'],
      ['personal', 'special_category'],
    ],
  ])('%s', (_name, previous, next, expected) => {
    expect(exclusiveDataCategories(previous, next)).toEqual(expected);
  });

  it('drops the sub-roles of a family that is no longer chosen', () => {
    const groups = [
      { value: 'ai_developer', group: 'ai_producer' },
      { value: 'ai_user', group: 'ai_customer' },
    ];
    expect(subRolesUnder(['ai_customer'], ['ai_developer', 'ai_user'], groups)).toEqual([
      'ai_user',
    ]);
  });

  it('sends nothing of a system for a general-purpose AI model, nor of another route', () => {
    const model: AiSystemFormValues = {
      ...EMPTY_AI_SYSTEM,
      isGeneralPurposeModel: true,
      hasSystemicRisk: true,
      euRiskClass: 'high_risk',
      euHighRiskRoute: 'annex_iii',
      euAnnexIiiArea: 'biometrics',
      euTransparencyObligations: ['deep_fake'],
    };
    expect(requestBodyOf(model)).toMatchObject({
      hasSystemicRisk: true,
      euRiskClass: null,
      euHighRiskRoute: null,
      euAnnexIiiArea: null,
      hasTransparencyObligations: false,
      euTransparencyObligations: [],
    });
    const annexI: AiSystemFormValues = {
      ...EMPTY_AI_SYSTEM,
      euRiskClass: 'high_risk',
      euHighRiskRoute: 'annex_i',
      euAnnexIiiArea: 'biometrics',
      euDerogation: 'preparatory_task',
      hasSystemicRisk: true,
    };
    expect(requestBodyOf(annexI)).toMatchObject({
      euHighRiskRoute: 'annex_i',
      euAnnexIiiArea: null,
      euDerogation: null,
      euDerogationReasoning: null,
      hasSystemicRisk: false,
    });
  });
});
