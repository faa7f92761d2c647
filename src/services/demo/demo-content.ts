/**
 * The demo organization's pre-work, written as a small insurer would: AI
 * systems with different roles, an approved scope, an AI policy and other
 * controlled documents, context, climate decisions, interested parties,
 * obligations and objectives with measurements.
 */
import type { AiSystemInput } from '../../domain/ai-system/ai-system.js';
import type { DocumentInput } from '../../domain/document/document.js';

/** Who owns a demo AI system: one of the demo organization's people, by their part. */
export type DemoOwner = 'manager' | 'approver';

export const DEMO_AI_SYSTEMS: readonly (AiSystemInput & { readonly owner?: DemoOwner })[] = [
  {
    name: 'Claims triage assistant',
    purpose:
      'Ranks incoming life and health insurance claims by urgency and risk, and suggests a handling queue and a first reserve to staff.',
    description:
      'Gradient-boosted model trained on five years of claims history; retrained quarterly. Built by the data science team and used by our own claims handlers.',
    owner: 'manager',
    lifecycleStage: 'operation_and_monitoring',
    aiRoles: ['ai_provider', 'ai_producer', 'ai_customer'],
    aiSubRoles: ['ai_product_or_service_provider', 'ai_developer', 'ai_user'],
    euAiActRoles: ['provider', 'deployer'],
    euRiskClass: 'high_risk',
    euHighRiskRoute: 'annex_iii',
    euAnnexIiiArea: 'essential_services',
    thirdPartyComponents: [
      { component: 'Gradient boosting library', supplier: 'Open-source community' },
    ],
    dataCategories: ['personal', 'special_category'],
    automationLevel: 'decision_support',
    humanOversight: 'A claims handler confirms or changes every suggested queue and reserve.',
    isInScope: true,
  },
  {
    name: 'Customer support chatbot',
    purpose: 'Answers policy questions on the website using a third-party language model.',
    description:
      'Our own assistant, offered under the Northwind name, on top of a hosted general-purpose model; it answers from the published policy wordings.',
    owner: 'approver',
    lifecycleStage: 'deployment',
    aiRoles: ['ai_provider', 'ai_customer'],
    aiSubRoles: ['ai_product_or_service_provider', 'ai_user'],
    euAiActRoles: ['provider', 'deployer'],
    isBuiltOnGeneralPurposeModel: true,
    euRiskClass: 'minimal',
    euTransparencyObligations: ['direct_interaction', 'synthetic_content'],
    thirdPartyComponents: [{ component: 'Hosted large language model', supplier: 'LLM vendor' }],
    dataCategories: ['personal'],
    automationLevel: 'human_on_the_loop',
    humanOversight:
      'Conversations can be handed to an agent at any time; transcripts are sampled weekly.',
    isInScope: true,
  },
  {
    name: 'Fraud pattern detector',
    purpose: 'Flags unusual claim patterns for human investigators to review.',
    description:
      'Learns weekly from investigators’ verdicts; each update is validated against a held-out set before it is released. Fraud detection is not an Annex III use.',
    owner: 'manager',
    lifecycleStage: 'continuous_validation',
    aiRoles: ['ai_producer', 'ai_customer'],
    aiSubRoles: ['ai_developer', 'ai_user'],
    euAiActRoles: ['provider', 'deployer'],
    euRiskClass: 'minimal',
    dataCategories: ['personal', 'special_category'],
    automationLevel: 'decision_support',
    humanOversight: 'Investigators decide; a flag alone never leads to a refusal.',
    isInScope: true,
  },
  {
    name: 'Claims correspondence language model',
    purpose:
      'An open-weight general-purpose language model, further trained on claims letters, that the group’s companies build their own assistants on.',
    owner: 'manager',
    lifecycleStage: 'design_and_development',
    aiRoles: ['ai_provider', 'ai_producer'],
    aiSubRoles: ['ai_platform_provider', 'ai_developer'],
    euAiActRoles: ['provider'],
    isGeneralPurposeModel: true,
    hasSystemicRisk: false,
    thirdPartyComponents: [
      { component: 'Open-weight base language model', supplier: 'Model publisher' },
    ],
    dataCategories: ['personal'],
    humanOversight: 'Releases to group companies are approved by the model risk committee.',
    isInScope: true,
  },
  {
    name: 'Home fall-detection alarm',
    purpose:
      'Detects falls from a wearable’s motion data and calls the emergency line; offered to home-care policyholders under the Northwind name.',
    description:
      'The wearable is a class IIa medical device; its fall detection is the AI part. Pilot with a device partner, with notified-body assessment under way.',
    owner: 'approver',
    lifecycleStage: 'verification_and_validation',
    aiRoles: ['ai_provider', 'ai_partner'],
    aiSubRoles: ['ai_product_or_service_provider', 'ai_system_integrator'],
    euAiActRoles: ['product_manufacturer', 'provider'],
    euRiskClass: 'high_risk',
    euHighRiskRoute: 'annex_i',
    euAnnexIRelation: 'safety_component',
    euAnnexILegislation: 'Regulation (EU) 2017/745 on medical devices',
    isThirdPartyAssessmentRequired: true,
    thirdPartyComponents: [{ component: 'Wearable motion sensor', supplier: 'Device partner' }],
    dataCategories: ['personal', 'special_category'],
    automationLevel: 'fully_automated',
    humanOversight:
      'The call centre calls the policyholder back after every alarm; false alarms are reviewed monthly.',
    isInScope: false,
    outOfScopeReason:
      'A pilot outside the certified insurance services until the device is CE-marked.',
  },
  {
    name: 'Applicant document sorter',
    purpose:
      'Sorts the attachments of job applications into CV, cover letter and certificates before recruiters read them.',
    owner: 'manager',
    lifecycleStage: 'operation_and_monitoring',
    aiRoles: ['ai_producer', 'ai_customer'],
    aiSubRoles: ['ai_developer', 'ai_user'],
    euAiActRoles: ['provider', 'deployer'],
    euRiskClass: 'minimal',
    euHighRiskRoute: 'annex_iii',
    euAnnexIiiArea: 'employment_and_workers',
    euDerogation: 'narrow_procedural_task',
    euDerogationReasoning:
      'It only files each attachment under its document type. It does not read, score, rank or filter candidates, and recruiters see every application in full. Assessment documented and the system registered before use.',
    dataCategories: ['personal'],
    automationLevel: 'fully_automated',
    humanOversight: 'Recruiters can move a misfiled attachment; misfilings are counted monthly.',
    isInScope: false,
    outOfScopeReason: 'Recruitment is not part of the certified insurance services.',
  },
  {
    name: 'Marketing copy generator',
    owner: 'approver',
    purpose: 'Drafts campaign texts; used by the marketing team outside the certified scope.',
    lifecycleStage: 'inception',
    aiRoles: ['ai_customer'],
    aiSubRoles: ['ai_user'],
    euAiActRoles: ['deployer'],
    isBuiltOnGeneralPurposeModel: true,
    euRiskClass: 'minimal',
    euTransparencyObligations: ['synthetic_content'],
    dataCategories: ['none'],
    isInScope: false,
    outOfScopeReason: 'Marketing content is not part of the certified insurance services.',
  },
];

export const DEMO_SCOPE = {
  statement:
    'The AI management system of Northwind Mutual covers the design, development, operation and ' +
    'monitoring of the AI systems used in claims handling and customer service for private ' +
    'insurance customers, at the head office and the service centre.',
  organizationalUnits: ['Claims operations', 'Customer service', 'Data science', 'IT operations'],
  sites: [
    { name: 'Head office', location: 'Leeds', peopleInScope: 84 },
    { name: 'Service centre', location: 'Cardiff', peopleInScope: 37 },
  ],
  processes: [
    'Claims triage',
    'Fraud review',
    'Customer enquiries',
    'Model development and monitoring',
  ],
  interfaces: [
    'Group IT provides hosting and identity management under its ISO/IEC 27001 ISMS',
    'The language model of the chatbot is supplied as a service by an external vendor',
  ],
  exclusions: [
    {
      item: 'Marketing copy generator',
      justification:
        'Used only for marketing drafts reviewed by people; no effect on claims or cover.',
    },
  ],
  aiRoles: ['ai_provider', 'ai_producer', 'ai_customer'],
};

export const DEMO_AI_POLICY = `# AI policy

Northwind Mutual uses AI to serve policyholders faster and more fairly, never to
replace human judgement on a claim.

1. **Purpose.** We develop and use AI systems only for purposes approved by the
   AI steering group and recorded in the AI system inventory.
2. **People decide.** Decisions that affect a policyholder's claim or cover are
   taken or confirmed by a person.
3. **Fairness and transparency.** We test our models for unfair outcomes before
   release and every quarter, and we explain automated support on request.
4. **Risk and impact.** Every AI system is risk-assessed and impact-assessed
   before deployment and after significant change.
5. **Compliance.** We meet our legal, regulatory and contractual obligations,
   including the EU AI Act where it applies.
6. **Improvement.** We set measurable AI objectives, review them at management
   review and improve the AI management system continually.

Approved by the executive board. Reviewed at least once a year.
`;

/** What seeding does with a demo document after registering it. */
export type DemoDocumentStage = 'draft' | 'approved' | 'retired';

/**
 * The controlled documents beside the AI policy, numbered in the AIMS-<kind>
 * series, each with its retention, one restricted to the people who handle
 * the risk treatment, one retired and counting down to its disposition, and
 * the recommended impact assessment procedure still in draft.
 */
export const DEMO_DOCUMENTS: readonly (DocumentInput & {
  readonly bodyMarkdown: string;
  readonly stage: DemoDocumentStage;
})[] = [
  {
    title: 'AI risk assessment methodology',
    kind: 'methodology',
    referenceNumber: 'AIMS-MET-001',
    fulfils: ['RD-05'],
    reviewIntervalMonths: 12,
    retentionMonths: 60,
    disposition: 'archive',
    bodyMarkdown:
      '# AI risk assessment methodology\n\nLikelihood and impact are each scored 1–5; a risk scoring 12 or more needs a treatment approved by the AI steering group.\n',
    stage: 'approved',
  },
  {
    title: 'AI risk treatment plan 2026',
    kind: 'plan',
    referenceNumber: 'AIMS-PLN-001',
    fulfils: ['RD-08'],
    reviewIntervalMonths: 6,
    retentionMonths: 36,
    disposition: 'destroy',
    readAccess: 'named_roles',
    readRoles: ['aims_manager', 'approver'],
    bodyMarkdown:
      '# AI risk treatment plan 2026\n\nTreatments, owners and due dates for the risks above the acceptance threshold, with the residual risks the board accepted.\n',
    stage: 'approved',
  },
  {
    title: 'Actions on AI risks and opportunities, 2026',
    kind: 'record',
    referenceNumber: 'AIMS-REC-001',
    fulfils: ['RD-04'],
    retentionMonths: 72,
    disposition: 'destroy',
    bodyMarkdown:
      '# Actions on AI risks and opportunities, 2026\n\n- March: fairness testing of the claims triage model moved from yearly to quarterly.\n- June: chatbot hand-over to an agent made available on every page.\n',
    stage: 'approved',
  },
  {
    title: 'Interim guidance on generative AI tools',
    kind: 'procedure',
    referenceNumber: 'AIMS-PRC-001',
    retentionMonths: 24,
    disposition: 'destroy',
    bodyMarkdown:
      '# Interim guidance on generative AI tools\n\nUntil the AI policy is approved, staff use only the generative AI tools on the approved list.\n',
    stage: 'retired',
  },
  {
    title: 'AI system impact assessment procedure',
    kind: 'procedure',
    referenceNumber: 'AIMS-PRC-002',
    fulfils: ['RD-09'],
    retentionMonths: 60,
    disposition: 'archive',
    bodyMarkdown:
      '# AI system impact assessment procedure\n\nWho assesses, when (before deployment and on significant change), the impact scales used and who approves the result.\n',
    stage: 'draft',
  },
];

export const DEMO_CONTEXT_ISSUES = [
  {
    kind: 'external',
    title: 'EU AI Act obligations phase in',
    description: 'High-risk obligations apply to claims triage.',
    isClimateRelevant: false,
  },
  {
    kind: 'external',
    title: 'Extreme weather increases claim volumes',
    description: 'Storm and flood seasons drive peaks that stress triage.',
    isClimateRelevant: true,
  },
  {
    kind: 'internal',
    title: 'Limited in-house ML operations skills',
    description: 'Two data scientists maintain all models.',
    isClimateRelevant: false,
  },
];

export const DEMO_PARTIES = [
  {
    name: 'Policyholders',
    kind: 'external',
    requirements: [
      {
        requirement: 'Fair and timely claim decisions',
        isAddressed: true,
        how: 'Fairness objective and quarterly testing',
      },
      { requirement: 'Explanations of automated support on request', isAddressed: false },
    ],
  },
  {
    name: 'Reinsurer',
    kind: 'external',
    requirements: [
      {
        requirement: 'Report the energy use of the AI systems once a year',
        isAddressed: false,
        how: 'Planned: hosting provider energy data in the annual AIMS report',
        isClimateRelated: true,
      },
      {
        requirement: 'Claims triage keeps working through storm and flood peaks',
        isAddressed: true,
        how: 'Capacity plan for weather peaks and a manual fallback procedure',
        isClimateRelated: true,
      },
    ],
  },
  {
    name: 'Financial regulator',
    kind: 'external',
    requirements: [
      {
        requirement: 'Governance of models used in claims',
        isAddressed: true,
        how: 'This AIMS and its internal audits',
      },
    ],
  },
  {
    name: 'Claims handlers',
    kind: 'internal',
    requirements: [
      {
        requirement: 'Training on when to override the triage',
        isAddressed: true,
        how: 'Annual training and guidance',
      },
    ],
  },
];

/** The climate decisions of clauses 4.1 and 4.2, with their reasons. */
export const DEMO_CLIMATE_DECISIONS = [
  {
    question: 'climate_issue' as const,
    answer: 'relevant' as const,
    reason:
      'Storms and floods drive the peaks in claim volumes that the claims triage assistant must absorb, ' +
      'and the reinsurer asks about the energy use of our AI systems. Recorded as the context issue ' +
      '"Extreme weather increases claim volumes".',
  },
  {
    question: 'party_requirements' as const,
    answer: 'relevant' as const,
    reason:
      'The reinsurer requires yearly energy reporting and continuity of claims triage through weather ' +
      'peaks; no other party has stated a climate-related requirement.',
  },
];

/** What the approved scope considered: context issues by title, party requirements by party. */
export const DEMO_SCOPE_CONSIDERED = {
  contextIssues: [
    'EU AI Act obligations phase in',
    'Extreme weather increases claim volumes',
    'Limited in-house ML operations skills',
  ],
  partyRequirements: [
    ['Policyholders', 'Fair and timely claim decisions'],
    ['Policyholders', 'Explanations of automated support on request'],
    ['Financial regulator', 'Governance of models used in claims'],
    ['Reinsurer', 'Claims triage keeps working through storm and flood peaks'],
  ] as const,
};

export const DEMO_OBLIGATIONS = [
  {
    kind: 'regulatory',
    source: 'EU AI Act',
    reference: 'Art. 9',
    requirement:
      'Run a risk management system for the high-risk claims triage assistant over its life cycle.',
    complianceStatus: 'partially_compliant',
    nextReviewDate: '2027-03-31',
    owner: 'manager' as DemoOwner,
    systems: ['Claims triage assistant'],
  },
  {
    kind: 'regulatory',
    source: 'EU AI Act',
    reference: 'Art. 50',
    requirement: 'Tell people they are talking to an AI system.',
    complianceStatus: 'compliant',
    nextReviewDate: '2027-06-30',
    owner: 'approver' as DemoOwner,
    systems: ['Customer support chatbot'],
  },
  {
    kind: 'legal',
    source: 'GDPR',
    reference: 'Art. 22',
    requirement:
      'No decision based solely on automated processing with legal effect without safeguards.',
    complianceStatus: 'compliant',
    nextReviewDate: '2027-01-31',
    owner: 'manager' as DemoOwner,
    systems: ['Claims triage assistant', 'Fraud pattern detector'],
  },
  {
    kind: 'contractual',
    source: 'Reinsurance treaty',
    reference: 'Clause 14.2',
    requirement: 'Document and explain automated claim handling on the reinsurer’s request.',
    complianceStatus: 'not_assessed',
    nextReviewDate: null,
    systems: [],
  },
];

export const DEMO_OBJECTIVES = [
  {
    title: 'Keep unfair triage outcomes rare',
    kind: 'quantitative' as const,
    metric: 'Demographic parity gap of the claims triage assistant',
    unit: 'percentage points',
    targetValue: 2,
    direction: 'at_most' as const,
    evaluationMethod:
      'Data science computes the gap on all claims of the quarter; the AIMS manager reviews it.',
    dueDate: '2027-06-30',
    plan: 'Quarterly fairness tests by data science; retrain when the gap exceeds 3 points.',
    resources:
      'One data scientist two days a quarter; the fairness test suite; labelled claims data.',
    communication:
      'Quarterly results to the claims director and the AIMS committee; yearly summary in the management review.',
    policyConsistency:
      'Serves the AI policy commitment to fair treatment of customers and GDPR Art. 22 safeguards.',
    annexCObjectiveId: 'fairness' as const,
    measurements: [
      ['2026-03-31', 4.2],
      ['2026-06-30', 3.1],
      ['2026-09-30', 2.4],
    ] as const,
  },
  {
    title: 'Explain automated support on request',
    kind: 'quantitative' as const,
    metric: 'Share of explanation requests answered within 10 working days',
    unit: '%',
    targetValue: 95,
    direction: 'at_least' as const,
    evaluationMethod: 'Monthly count from the customer service ticket system.',
    dueDate: '2027-03-31',
    plan: 'Explanation templates per AI system; monthly reporting to the AIMS manager.',
    resources: 'Customer service team leads; templates written by data science.',
    communication: 'Monthly dashboard to customer service; quarterly to the AIMS committee.',
    policyConsistency:
      'Serves the transparency commitment of the AI policy and the policyholders’ requirement for explanations.',
    annexCObjectiveId: 'transparency-and-explainability' as const,
    measurements: [
      ['2026-08-31', 81],
      ['2026-09-30', 88],
      ['2026-10-31', 93],
    ] as const,
  },
  {
    title: 'Claims handlers use the triage responsibly',
    kind: 'qualitative' as const,
    metric: '',
    unit: '',
    targetValue: null,
    direction: 'at_least' as const,
    evaluationMethod:
      'Twice a year the AIMS manager and the claims director sample 30 overridden and 30 accepted ' +
      'triage suggestions and judge, against the override guidance, whether handlers applied it; ' +
      'achieved when no systematic misuse is found.',
    dueDate: '2027-09-30',
    plan: 'Override guidance in the claims manual, annual training, and a feedback channel to data science.',
    resources: 'Training team (one day a year per handler); the AIMS manager’s review time.',
    communication:
      'Results to claims team leads after each review; summary in the management review.',
    policyConsistency:
      'Serves the AI policy commitment to human oversight and the claims handlers’ requirement for training.',
    annexCObjectiveId: 'accountability' as const,
    measurements: [['2026-09-30', 0]] as const,
  },
];
