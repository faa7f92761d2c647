/**
 * The demo organization's pre-work, written as a small insurer would: AI
 * systems with different roles, an approved scope, an AI policy and other
 * controlled documents, context, interested parties, obligations and
 * objectives with measurements.
 */
import type { AiSystemInput } from '../../domain/ai-system/ai-system.js';
import type { DocumentInput } from '../../domain/document/document.js';

export const DEMO_AI_SYSTEMS: readonly AiSystemInput[] = [
  {
    name: 'Claims triage assistant',
    purpose: 'Ranks incoming insurance claims by urgency and suggests a handling queue to staff.',
    description:
      'Gradient-boosted model trained on five years of claims history; retrained quarterly.',
    lifecycleStage: 'operation_and_monitoring',
    aiRoles: ['ai_provider', 'ai_producer'],
    euAiActRole: 'provider',
    euRiskClass: 'high_risk',
    euAnnexIiiArea: 'essential_services',
    thirdPartyComponents: [
      { component: 'Gradient boosting library', supplier: 'Open-source community' },
    ],
    dataCategories: ['personal'],
    automationLevel: 'decision_support',
    humanOversight: 'A claims handler confirms or changes every suggested queue.',
    isInScope: true,
  },
  {
    name: 'Customer support chatbot',
    purpose: 'Answers policy questions on the website using a third-party language model.',
    lifecycleStage: 'deployment',
    aiRoles: ['ai_customer'],
    euAiActRole: 'deployer',
    euRiskClass: 'transparency',
    isGeneralPurposeModel: true,
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
    lifecycleStage: 'verification_and_validation',
    aiRoles: ['ai_producer'],
    euRiskClass: 'minimal',
    dataCategories: ['personal', 'special_category'],
    automationLevel: 'decision_support',
    humanOversight: 'Investigators decide; a flag alone never leads to a refusal.',
    isInScope: true,
  },
  {
    name: 'Marketing copy generator',
    purpose: 'Drafts campaign texts; used by the marketing team outside the certified scope.',
    lifecycleStage: 'inception',
    aiRoles: ['ai_customer'],
    euRiskClass: 'minimal',
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

export const DEMO_OBLIGATIONS = [
  {
    kind: 'regulatory',
    source: 'EU AI Act',
    reference: 'Art. 9',
    requirement:
      'Run a risk management system for the high-risk claims triage assistant over its life cycle.',
    complianceStatus: 'partially_compliant',
    nextReviewDate: '2027-03-31',
    systems: ['Claims triage assistant'],
  },
  {
    kind: 'regulatory',
    source: 'EU AI Act',
    reference: 'Art. 50',
    requirement: 'Tell people they are talking to an AI system.',
    complianceStatus: 'compliant',
    nextReviewDate: '2027-06-30',
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
    metric: 'Demographic parity gap of the claims triage assistant',
    unit: 'percentage points',
    targetValue: 2,
    direction: 'at_most' as const,
    dueDate: '2027-06-30',
    plan: 'Quarterly fairness tests by data science; retrain when the gap exceeds 3 points.',
    annexCObjectiveId: 'fairness' as const,
    measurements: [
      ['2026-03-31', 4.2],
      ['2026-06-30', 3.1],
      ['2026-09-30', 2.4],
    ] as const,
  },
  {
    title: 'Explain automated support on request',
    metric: 'Share of explanation requests answered within 10 working days',
    unit: '%',
    targetValue: 95,
    direction: 'at_least' as const,
    dueDate: '2027-03-31',
    plan: 'Explanation templates per AI system; monthly reporting to the AIMS manager.',
    annexCObjectiveId: 'transparency-and-explainability' as const,
    measurements: [
      ['2026-08-31', 81],
      ['2026-09-30', 88],
      ['2026-10-31', 93],
    ] as const,
  },
];
