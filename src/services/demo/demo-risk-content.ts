/**
 * The demo organization's AI risk register and impact assessments: a dozen
 * risks across its AI systems in every state an auditor samples (treated,
 * in treatment, accepted, an acceptance that lapsed, closed, untreated,
 * unscored, an opportunity), and an impact assessment for each AI system in
 * scope. Written as an insurer's AIMS manager would.
 */
import type { TreatmentOption } from '../../domain/risk/risk.js';

export type DemoPerson = 'manager' | 'approver' | 'director';

export interface DemoAction {
  readonly title: string;
  readonly annexA: readonly string[];
  readonly status: 'planned' | 'in_progress' | 'done';
  readonly dueDate: string;
}

export interface DemoRisk {
  readonly statement: string;
  readonly kind?: 'risk' | 'opportunity';
  readonly systems: readonly string[];
  readonly source?: string;
  readonly annexCRiskSourceId?: string;
  readonly annexCObjectiveIds?: readonly string[];
  readonly consequencesForOrganization?: string;
  readonly consequencesForIndividuals?: string;
  readonly existingControls?: string;
  readonly owner: DemoPerson;
  readonly scores?: readonly [number, number];
  readonly treatmentOption?: TreatmentOption;
  readonly actions?: readonly DemoAction[];
  readonly residual?: readonly [number, number];
  readonly reviewDate?: string;
  /** Accepted by this person until the date; `lapsed` seeds an acceptance that has run out. */
  readonly acceptance?: {
    readonly by: DemoPerson;
    /** YYYY-MM-DD, or `lapsed`. */
    readonly until: string;
    readonly rationale: string;
  };
  readonly close?: boolean;
}

export const DEMO_RISKS: readonly DemoRisk[] = [
  {
    statement: 'The claims triage assistant ranks claims from some postcodes as less urgent',
    systems: ['Claims triage assistant'],
    annexCRiskSourceId: 'machine-learning',
    annexCObjectiveIds: ['fairness'],
    consequencesForOrganization:
      'Regulatory findings under the EU AI Act and the consumer duty; complaints.',
    consequencesForIndividuals: 'Claimants in poorer areas wait longer for help after a loss.',
    existingControls: 'Handlers can re-prioritise any claim.',
    owner: 'manager',
    scores: [4, 5],
    treatmentOption: 'modify',
    actions: [
      {
        title: 'Quarterly fairness tests with a parity gap limit of 2 points',
        annexA: ['A.6.2.4'],
        status: 'done',
        dueDate: '2026-09-30',
      },
      {
        title: 'Remove postcode-derived features; reweight training data',
        annexA: ['A.7.4', 'A.7.6'],
        status: 'done',
        dueDate: '2026-10-31',
      },
    ],
    residual: [2, 4],
    reviewDate: '2027-03-31',
  },
  {
    statement: 'The customer support chatbot states policy terms that are not in the policy',
    systems: ['Customer support chatbot'],
    annexCRiskSourceId: 'lack-of-transparency-and-explainability',
    annexCObjectiveIds: ['transparency-and-explainability', 'robustness'],
    consequencesForOrganization: 'Mis-selling claims; the answer may bind the insurer.',
    consequencesForIndividuals: 'Customers rely on wrong cover information.',
    existingControls: 'Answers cite the policy section they come from.',
    owner: 'approver',
    scores: [4, 4],
    treatmentOption: 'modify',
    actions: [
      {
        title: 'Answer only from the indexed policy wording; refuse otherwise',
        annexA: ['A.6.2.2'],
        status: 'in_progress',
        dueDate: '2027-01-31',
      },
      {
        title: 'Tell users they are talking to an AI system and how to reach a person',
        annexA: ['A.8.2'],
        status: 'done',
        dueDate: '2026-11-30',
      },
    ],
    residual: [2, 3],
    reviewDate: '2027-04-30',
  },
  {
    statement: 'The fraud pattern detector drifts as fraud patterns change',
    systems: ['Fraud pattern detector'],
    annexCRiskSourceId: 'system-life-cycle-issues',
    annexCObjectiveIds: ['robustness'],
    consequencesForOrganization: 'More fraud paid out; more genuine claims delayed.',
    consequencesForIndividuals: 'Honest claimants are questioned without cause.',
    existingControls: 'Monthly drift report; every flag is reviewed by an investigator.',
    owner: 'manager',
    scores: [3, 3],
    treatmentOption: 'retain',
    reviewDate: '2027-06-30',
    acceptance: {
      by: 'approver',
      until: '2027-06-30',
      rationale:
        'Every flag is reviewed by a person before any action; the monthly drift report triggers retraining.',
    },
  },
  {
    statement:
      'The vendor language model behind the correspondence tool sends claim data outside the EU',
    systems: ['Claims correspondence language model'],
    annexCRiskSourceId: 'complexity-of-environment',
    annexCObjectiveIds: ['privacy', 'security'],
    consequencesForOrganization: 'A GDPR breach and its reporting.',
    consequencesForIndividuals: 'Claimants lose control of health and financial data.',
    existingControls: 'Data processing agreement with the vendor.',
    owner: 'manager',
    scores: [3, 5],
    treatmentOption: 'retain',
    reviewDate: '2026-12-31',
    acceptance: {
      by: 'director',
      until: 'lapsed',
      rationale: 'Accepted for the pilot year while an EU-hosted model was procured.',
    },
  },
  {
    statement: 'The home fall-detection alarm misses falls at night',
    systems: ['Home fall-detection alarm'],
    annexCRiskSourceId: 'system-hardware-issues',
    annexCObjectiveIds: ['safety'],
    consequencesForOrganization: 'Product liability; a high-risk system under Annex I.',
    consequencesForIndividuals: 'An older customer lies unhelped after a fall.',
    owner: 'approver',
    scores: [3, 5],
    treatmentOption: 'modify',
    actions: [
      {
        title: 'Night-time test set and a recall target of 98 %',
        annexA: ['A.6.2.4'],
        status: 'planned',
        dueDate: '2027-02-28',
      },
    ],
    reviewDate: '2027-02-28',
  },
  {
    statement: 'The applicant document sorter files medical evidence under the wrong claim',
    systems: ['Applicant document sorter'],
    annexCRiskSourceId: 'machine-learning',
    annexCObjectiveIds: ['privacy'],
    consequencesForIndividuals: 'Medical details are seen by the wrong handler.',
    owner: 'manager',
    scores: [2, 4],
    treatmentOption: 'avoid',
    actions: [
      {
        title: 'Stop automatic filing of medical evidence; handlers file it',
        annexA: ['A.9.4'],
        status: 'done',
        dueDate: '2026-10-15',
      },
    ],
    residual: [1, 2],
    reviewDate: '2027-10-15',
  },
  {
    statement: 'Two data scientists maintain every model: a leaver stops monitoring',
    systems: [],
    annexCObjectiveIds: ['ai-expertise', 'maintainability'],
    source: 'Key-person dependency in the data science team',
    consequencesForOrganization: 'Monitoring and retraining stop; findings at audit.',
    owner: 'manager',
    scores: [3, 3],
    treatmentOption: 'share',
    actions: [
      {
        title: 'Support contract with an external ML operations partner',
        annexA: ['A.4.6', 'A.10.3'],
        status: 'done',
        dueDate: '2026-11-15',
      },
    ],
    residual: [2, 2],
    reviewDate: '2027-05-31',
  },
  {
    statement:
      'Training data for the triage model is kept longer than the retention schedule allows',
    systems: ['Claims triage assistant'],
    annexCRiskSourceId: 'system-life-cycle-issues',
    annexCObjectiveIds: ['privacy', 'training-and-test-data'],
    consequencesForOrganization: 'A GDPR storage-limitation finding.',
    owner: 'manager',
    scores: [4, 3],
    treatmentOption: 'modify',
    actions: [
      {
        title: 'Delete training snapshots older than five years; automate the purge',
        annexA: ['A.7.5'],
        status: 'done',
        dueDate: '2026-08-31',
      },
    ],
    residual: [1, 2],
    close: true,
  },
  {
    statement: 'Prompts hidden in uploaded documents steer the chatbot',
    systems: ['Customer support chatbot'],
    annexCRiskSourceId: 'complexity-of-environment',
    annexCObjectiveIds: ['security'],
    owner: 'approver',
    scores: [3, 2],
    reviewDate: '2027-01-31',
  },
  {
    statement: 'The fall-detection alarm records video in customers’ homes beyond what it needs',
    systems: ['Home fall-detection alarm'],
    annexCObjectiveIds: ['privacy'],
    owner: 'approver',
    scores: [5, 4],
  },
  {
    statement:
      'New guidance on general-purpose AI models may change what the correspondence tool must disclose',
    systems: ['Claims correspondence language model'],
    source: 'Regulatory change',
    owner: 'manager',
  },
  {
    kind: 'opportunity',
    statement: 'Urgent claims paid within a day by triage and straight-through processing',
    systems: ['Claims triage assistant'],
    annexCObjectiveIds: ['accountability'],
    consequencesForOrganization: 'Lower handling cost, better retention.',
    consequencesForIndividuals: 'Claimants in distress get money sooner.',
    owner: 'manager',
    scores: [4, 3],
  },
];

interface DemoImpactText {
  readonly scope: string;
  readonly systemDescription: string;
  readonly purpose: string;
  readonly intendedUses: string;
  readonly foreseeableMisuse: string;
  readonly dataAndDataQuality: string;
  readonly algorithmAndModel: string;
  readonly deploymentEnvironment: string;
  readonly parties: readonly [string, string, boolean][];
  readonly harm: readonly [string, string, number, number];
  readonly benefit: string;
  readonly measure: string;
}

/** The impact assessment of each AI system in the demo scope. */
export const DEMO_IMPACTS: Readonly<Record<string, DemoImpactText>> = {
  'Claims triage assistant': {
    scope:
      'The triage assistant as the UK claims team uses it to order new property and motor claims.',
    systemDescription:
      'A gradient-boosted model that scores each new claim for urgency from the first notice of loss.',
    purpose: 'Help handlers reach the most urgent claims first.',
    intendedUses: 'Ordering the work queue; the handler decides every claim.',
    foreseeableMisuse: 'Declining or delaying a claim on the score alone.',
    dataAndDataQuality:
      'Five years of claims with outcomes; gaps and label quality checked each quarter.',
    algorithmAndModel:
      'Gradient boosting, retrained quarterly, validated against the latest held-out quarter.',
    deploymentEnvironment: 'UK only, internal web application used by 300 handlers.',
    parties: [
      ['Claimants', 'Their claim is handled sooner or later depending on the score.', false],
      ['Claimants in financial hardship', 'Delay hits them hardest.', true],
    ],
    harm: ['fairness_and_bias', 'Claims from some postcodes are ranked as less urgent.', 3, 4],
    benefit: 'Claimants in distress reach a handler sooner.',
    measure: 'Quarterly fairness tests with a parity gap limit; postcode features removed.',
  },
  'Customer support chatbot': {
    scope: 'The chatbot on the customer website and app answering questions about cover.',
    systemDescription: 'A retrieval-augmented assistant answering from the policy wording.',
    purpose: 'Answer routine questions at any hour.',
    intendedUses: 'Explaining cover and how to claim; handing over to a person on request.',
    foreseeableMisuse: 'Customers treating an answer as a cover decision.',
    dataAndDataQuality: 'The indexed policy documents, refreshed on every policy change.',
    algorithmAndModel:
      'A hosted language model with retrieval; no customer data used for training.',
    deploymentEnvironment: 'Public website and app, English.',
    parties: [
      ['Customers', 'They act on the answers.', false],
      ['Customers with low digital literacy', 'Less able to spot a wrong answer.', true],
    ],
    harm: [
      'transparency_and_explainability',
      'A customer relies on a cover answer that is wrong.',
      3,
      3,
    ],
    benefit: 'Answers outside office hours without waiting.',
    measure: 'Answers only from the indexed wording; AI disclosure and hand-over to a person.',
  },
  'Fraud pattern detector': {
    scope: 'The detector flagging motor and property claims for fraud review.',
    systemDescription: 'An anomaly model that flags claims resembling known fraud patterns.',
    purpose: 'Find likely fraud for investigators to review.',
    intendedUses: 'Flagging claims for a person to investigate.',
    foreseeableMisuse: 'Refusing a flagged claim without investigation.',
    dataAndDataQuality:
      'Northwind’s own confirmed fraud cases from investigators’ verdicts; drift measured monthly.',
    algorithmAndModel:
      'Isolation forest and gradient boosting, updated weekly from investigators’ verdicts.',
    deploymentEnvironment: 'Internal, investigators only.',
    parties: [['Claimants', 'A flag brings questions and delay.', false]],
    harm: [
      'human_autonomy_and_oversight',
      'An honest claimant is questioned because of a flag.',
      3,
      2,
    ],
    benefit: 'Less fraud keeps premiums down for everyone.',
    measure: 'Every flag reviewed by an investigator before any contact; monthly drift report.',
  },
  'Claims correspondence language model': {
    scope: 'The model drafting letters and e-mails to claimants for handlers to review.',
    systemDescription:
      'An open-weight general-purpose language model fine-tuned on approved letters.',
    purpose: 'Faster, clearer letters to claimants.',
    intendedUses: 'Drafting; a handler edits and sends every letter.',
    foreseeableMisuse: 'Sending a draft unreviewed.',
    dataAndDataQuality: 'Approved letters with personal data removed before fine-tuning.',
    algorithmAndModel: 'Fine-tuned open-weight model, hosted by a vendor.',
    deploymentEnvironment: 'Internal, claims handlers.',
    parties: [['Claimants', 'They receive the letters.', false]],
    harm: ['privacy', 'Claim details reach the vendor outside the EU.', 2, 4],
    benefit: 'Claimants get clearer letters sooner.',
    measure: 'Move to an EU-hosted model; no claim data in prompts beyond the letter.',
  },
};

/**
 * The risk trend of the eleven months before the demo's month, oldest first:
 * open risks at low, medium, high and critical, and those not scored yet —
 * the register filling up over the first months, then treatment bringing the
 * high and critical risks down.
 */
export const DEMO_TREND: readonly (readonly [number, number, number, number, number])[] = [
  [0, 1, 2, 1, 3],
  [1, 2, 3, 1, 2],
  [1, 2, 4, 2, 1],
  [1, 3, 4, 2, 1],
  [2, 3, 4, 1, 1],
  [2, 3, 3, 1, 1],
  [3, 3, 3, 1, 0],
  [3, 3, 2, 1, 1],
  [3, 4, 2, 1, 1],
  [4, 3, 2, 0, 1],
  [4, 3, 2, 0, 1],
];
