import { describe, expect, it } from 'vitest';
import { checkEuClassification } from './eu-ai-act-rules.js';
import type { EuClassificationInput } from './eu-ai-act-rules.js';

const fieldsAtFault = (input: EuClassificationInput) =>
  checkEuClassification(input).issues.map((issue) => issue.field);

const annexI: EuClassificationInput = {
  euRiskClass: 'high_risk',
  euHighRiskRoute: 'annex_i',
  euAnnexIRelation: 'safety_component',
  euAnnexILegislation: 'Regulation (EU) 2017/745',
  isThirdPartyAssessmentRequired: true,
};

const annexIii: EuClassificationInput = {
  euRiskClass: 'high_risk',
  euHighRiskRoute: 'annex_iii',
  euAnnexIiiArea: 'employment_and_workers',
};

const derogation: EuClassificationInput = {
  ...annexIii,
  euRiskClass: 'minimal',
  euDerogation: 'narrow_procedural_task',
  euDerogationReasoning: 'Only files attachments by type.',
};

describe('EU AI Act classification rules', () => {
  it.each<[string, EuClassificationInput, string[]]>([
    ['an unclassified system', {}, []],
    ['a high-risk system whose route is not yet recorded', { euRiskClass: 'high_risk' }, []],
    ['an Annex I safety component meeting both conditions', annexI, []],
    [
      'the Art. 6(1) route without a third-party conformity assessment',
      { ...annexI, isThirdPartyAssessmentRequired: false },
      ['isThirdPartyAssessmentRequired'],
    ],
    [
      'the Art. 6(1) route without its first condition',
      { ...annexI, euAnnexIRelation: null, euAnnexILegislation: ' ' },
      ['euAnnexIRelation', 'euAnnexILegislation'],
    ],
    [
      'the Art. 6(1) route for a minimal-risk system',
      { ...annexI, euRiskClass: 'minimal' },
      ['euRiskClass'],
    ],
    ['an Annex III system', annexIii, []],
    [
      'the Annex III route without an area',
      { ...annexIii, euAnnexIiiArea: null },
      ['euAnnexIiiArea'],
    ],
    [
      'an Annex III system called minimal risk without a derogation',
      { ...annexIii, euRiskClass: 'minimal' },
      ['euRiskClass'],
    ],
    ['a claimed Art. 6(3) derogation with its reasoning', derogation, []],
    [
      'a derogation without reasoning',
      { ...derogation, euDerogationReasoning: '  ' },
      ['euDerogationReasoning'],
    ],
    [
      'a derogation on a system still called high-risk',
      { ...derogation, euRiskClass: 'high_risk' },
      ['euRiskClass'],
    ],
    [
      'a derogation on the Art. 6(1) route',
      { ...annexI, euDerogation: 'preparatory_task', euDerogationReasoning: 'x' },
      ['euDerogation'],
    ],
    [
      'a derogation without a route',
      {
        euRiskClass: 'minimal',
        euHighRiskRoute: null,
        euDerogation: 'preparatory_task',
        euDerogationReasoning: 'x',
      },
      ['euDerogation'],
    ],
    [
      'an Annex III area on the Art. 6(1) route',
      { ...annexI, euAnnexIiiArea: 'biometrics' },
      ['euAnnexIiiArea'],
    ],
    [
      'a route for a prohibited practice',
      { euRiskClass: 'prohibited', euHighRiskRoute: 'annex_iii', euAnnexIiiArea: 'biometrics' },
      ['euHighRiskRoute'],
    ],
    ['systemic risk for an AI system', { hasSystemicRisk: true }, ['hasSystemicRisk']],
    [
      'a general-purpose AI model with systemic risk',
      {
        isGeneralPurposeModel: true,
        hasSystemicRisk: true,
        euAiActRoles: ['provider', 'authorised_representative'],
      },
      [],
    ],
    [
      'a risk class, an Art. 50 flag or a deployer for a general-purpose AI model',
      {
        isGeneralPurposeModel: true,
        euRiskClass: 'minimal',
        euTransparencyObligations: ['deep_fake'],
        euAiActRoles: ['provider', 'deployer'],
      },
      ['euRiskClass', 'hasTransparencyObligations', 'euAiActRoles.1'],
    ],
    [
      'transparency on top of a high-risk class',
      { ...annexIii, euTransparencyObligations: ['emotion_or_biometric_categorisation'] },
      [],
    ],
    ['an unknown operator role', { euAiActRoles: ['provider', 'reseller'] }, ['euAiActRoles.1']],
  ])('%s', (_name, input, fields) => {
    expect(fieldsAtFault(input)).toEqual(fields);
  });

  it('names a refused role by where it stood in the list as sent', () => {
    expect(
      fieldsAtFault({ isGeneralPurposeModel: true, euAiActRoles: ['importer', 'provider'] }),
    ).toEqual(['euAiActRoles.0']);
  });

  it('keeps several operator roles once each, in the order of Art. 3(8)', () => {
    const { details } = checkEuClassification({
      euAiActRoles: ['deployer', 'provider', 'deployer', 'product_manufacturer'],
    });
    expect(details.euAiActRoles).toEqual(['provider', 'product_manufacturer', 'deployer']);
  });

  it('reads an Annex III area sent without a route as the Annex III route', () => {
    const { details, issues } = checkEuClassification({
      euRiskClass: 'high_risk',
      euAnnexIiiArea: 'essential_services',
    });
    expect(issues).toEqual([]);
    expect(details.euHighRiskRoute).toBe('annex_iii');
  });

  it('sets the Art. 50 flag from any listed obligation, and keeps the flag alone', () => {
    expect(
      checkEuClassification({ euTransparencyObligations: ['direct_interaction'] }).details
        .hasTransparencyObligations,
    ).toBe(true);
    expect(
      checkEuClassification({ hasTransparencyObligations: true }).details.euTransparencyObligations,
    ).toEqual([]);
  });

  it('drops what belongs to another route and the reasoning of no derogation', () => {
    const { details } = checkEuClassification({
      ...annexIii,
      euAnnexIRelation: 'product',
      euAnnexILegislation: 'Machinery',
      isThirdPartyAssessmentRequired: true,
      euDerogationReasoning: 'stale',
    });
    expect(details).toMatchObject({
      euAnnexIRelation: null,
      euAnnexILegislation: '',
      isThirdPartyAssessmentRequired: false,
      euDerogationReasoning: null,
    });
  });
});
