/**
 * ISO/IEC 42001:2023 clauses 4–10 (the AIMS requirements) as a read-only tree:
 * the 7 top-level clauses, the intermediate nodes 6.1, 7.5, 9.2 and 9.3, and the
 * 32 leaf requirement units, each with the documented information it calls for.
 * Identifiers and titles are facts; every description is our own summary, not
 * the text of the standard.
 */
import { deepFreeze } from './freeze.js';

/**
 * What a leaf clause asks for in documented information: `maintain` a
 * controlled document, `retain` a record, both, nothing, or `meta` for the
 * 7.5.x clauses that govern documented information itself.
 */
export const DOCUMENTED_INFORMATION_KINDS = [
  'maintain',
  'retain',
  'maintain_and_retain',
  'none',
  'meta',
] as const;
export type DocumentedInformationKind = (typeof DOCUMENTED_INFORMATION_KINDS)[number];

export const TOP_LEVEL_CLAUSE_IDS = ['4', '5', '6', '7', '8', '9', '10'] as const;
export type TopLevelClauseId = (typeof TOP_LEVEL_CLAUSE_IDS)[number];

/** The 32 requirement units an organization is assessed against, in natural order. */
export const LEAF_CLAUSE_IDS = [
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '5.1',
  '5.2',
  '5.3',
  '6.1.1',
  '6.1.2',
  '6.1.3',
  '6.1.4',
  '6.2',
  '6.3',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '7.5.1',
  '7.5.2',
  '7.5.3',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
  '9.1',
  '9.2.1',
  '9.2.2',
  '9.3.1',
  '9.3.2',
  '9.3.3',
  '10.1',
  '10.2',
] as const;
export type LeafClauseId = (typeof LEAF_CLAUSE_IDS)[number];

/** Clauses that only group other clauses. */
export const BRANCH_CLAUSE_IDS = [...TOP_LEVEL_CLAUSE_IDS, '6.1', '7.5', '9.2', '9.3'] as const;
export type BranchClauseId = (typeof BRANCH_CLAUSE_IDS)[number];

export type ClauseId = BranchClauseId | LeafClauseId;

interface ClauseBase {
  readonly title: string;
  /** Absent for the top-level clauses 4 … 10. */
  readonly parentId?: BranchClauseId;
  /** What the organization has to do, in our own words. */
  readonly description: string;
  /** Title variants seen in other tools and templates, for import matching only. */
  readonly aliases: readonly string[];
}

export interface BranchClause extends ClauseBase {
  readonly id: BranchClauseId;
  readonly isLeaf: false;
}

export interface LeafClause extends ClauseBase {
  readonly id: LeafClauseId;
  readonly isLeaf: true;
  readonly documentedInformation: DocumentedInformationKind;
}

export type Clause = BranchClause | LeafClause;

/** Clauses 4–10 in natural order (each parent directly before its children). */
export const CLAUSES = deepFreeze([
  {
    id: '4',
    title: 'Context of the organization',
    isLeaf: false,
    description:
      'Understand the setting in which the AI management system operates and fix its boundaries before building it.',
    aliases: [],
  },
  {
    id: '4.1',
    title: 'Understanding the organization and its context',
    parentId: '4',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'Work out the internal and external issues that affect what the AIMS can achieve, including whether climate change is relevant. Given the intended purpose of its AI systems, decide which roles the organization plays for them, such as provider, producer, customer or partner.',
    aliases: [],
  },
  {
    id: '4.2',
    title: 'Understanding the needs and expectations of interested parties',
    parentId: '4',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'Identify the interested parties that matter to the AIMS, what they require, and which of those requirements the AIMS will address.',
    aliases: [],
  },
  {
    id: '4.3',
    title: 'Determining the scope of the AI management system',
    parentId: '4',
    isLeaf: true,
    documentedInformation: 'maintain',
    description:
      'Decide where the AIMS starts and stops, taking the issues and requirements found under 4.1 and 4.2 into account, and keep the resulting scope statement as a controlled document.',
    aliases: [],
  },
  {
    id: '4.4',
    title: 'AI management system',
    parentId: '4',
    isLeaf: true,
    documentedInformation: 'maintain',
    description:
      'Set up, run, maintain and keep improving the AIMS, including its processes and how they interact. Unlike most management system standards, this one also expects the AIMS itself to be documented.',
    aliases: [],
  },
  {
    id: '5',
    title: 'Leadership',
    isLeaf: false,
    description:
      'Top management owns the AIMS: it shows commitment, sets the AI policy and makes sure responsibilities are assigned.',
    aliases: [],
  },
  {
    id: '5.1',
    title: 'Leadership and commitment',
    parentId: '5',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'Top management visibly drives the AIMS by aligning AI policy and objectives with strategy, providing resources, embedding the AIMS in business processes and explaining why it matters. It also supports the people who make it work and promotes improvement.',
    aliases: [],
  },
  {
    id: '5.2',
    title: 'AI policy',
    parentId: '5',
    isLeaf: true,
    documentedInformation: 'maintain',
    description:
      'Top management sets a policy on AI that fits the purpose of the organization, frames its AI objectives and commits to meeting requirements and to improvement. The policy is documented, communicated inside the organization and available to interested parties as appropriate.',
    aliases: ['Policy'],
  },
  {
    id: '5.3',
    title: 'Roles, responsibilities and authorities',
    parentId: '5',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'Top management assigns and communicates who is responsible and has authority for the AIMS, including keeping it conformant and reporting on how it performs.',
    aliases: ['Organizational roles, responsibilities and authorities'],
  },
  {
    id: '6',
    title: 'Planning',
    isLeaf: false,
    description:
      'Plan how the AIMS deals with risks, opportunities, impacts and objectives, and how changes to it are made.',
    aliases: [],
  },
  {
    id: '6.1',
    title: 'Actions to address risks and opportunities',
    parentId: '6',
    isLeaf: false,
    description:
      'Plan how the AIMS handles AI risks and opportunities through risk assessment, risk treatment and impact assessment.',
    aliases: [],
  },
  {
    id: '6.1.1',
    title: 'General',
    parentId: '6.1',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Using the context and interested-party needs, determine the risks and opportunities the AIMS has to address and set criteria for acceptable AI risk. Plan actions for them, build those actions into the AIMS and decide how their effect will be checked.',
    aliases: ['Actions to address risks and opportunities (General)'],
  },
  {
    id: '6.1.2',
    title: 'AI risk assessment',
    parentId: '6.1',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Define and apply a repeatable process that identifies, analyses and evaluates AI risks against the agreed criteria, so that repeated assessments give consistent and comparable results.',
    aliases: [],
  },
  {
    id: '6.1.3',
    title: 'AI risk treatment',
    parentId: '6.1',
    isLeaf: true,
    documentedInformation: 'maintain_and_retain',
    description:
      'Choose how to treat each assessed AI risk, determine the controls needed and compare them with Annex A so that nothing necessary is missed. Record the outcome in a statement of applicability and a risk treatment plan approved by the risk owners.',
    aliases: [],
  },
  {
    id: '6.1.4',
    title: 'AI system impact assessment',
    parentId: '6.1',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Define a process for working out the possible consequences of AI systems for individuals, groups of individuals and society over their life cycle. Feed what it finds into AI risk assessment.',
    aliases: [],
  },
  {
    id: '6.2',
    title: 'AI objectives and planning to achieve them',
    parentId: '6',
    isLeaf: true,
    documentedInformation: 'maintain',
    description:
      'Set measurable AI objectives for the relevant functions and levels, consistent with the AI policy. Plan what will be done, by whom, with which resources, by when and how results will be evaluated.',
    aliases: [],
  },
  {
    id: '6.3',
    title: 'Planning of changes',
    parentId: '6',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'When the AIMS needs to change, make the change in a planned way rather than ad hoc.',
    aliases: [],
  },
  {
    id: '7',
    title: 'Support',
    isLeaf: false,
    description:
      'Provide the resources, competent people, awareness, communication and documented information the AIMS depends on.',
    aliases: [],
  },
  {
    id: '7.1',
    title: 'Resources',
    parentId: '7',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'Determine what is needed to establish, run, maintain and improve the AIMS and make it available.',
    aliases: [],
  },
  {
    id: '7.2',
    title: 'Competence',
    parentId: '7',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Define the competence needed by people whose work affects AI performance, make sure they have it through education, training or experience, and close any gaps. Keep evidence of that competence.',
    aliases: [],
  },
  {
    id: '7.3',
    title: 'Awareness',
    parentId: '7',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'Make sure people working for the organization know the AI policy, how their work contributes to the AIMS, and what follows if they do not act in line with it.',
    aliases: [],
  },
  {
    id: '7.4',
    title: 'Communication',
    parentId: '7',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'Decide what the AIMS needs to communicate inside and outside the organization, when, with whom and how.',
    aliases: [],
  },
  {
    id: '7.5',
    title: 'Documented information',
    parentId: '7',
    isLeaf: false,
    description:
      'Rules for the documented information of the AIMS: what it includes, how it is created and updated, and how it is kept under control.',
    aliases: [],
  },
  {
    id: '7.5.1',
    title: 'General',
    parentId: '7.5',
    isLeaf: true,
    documentedInformation: 'meta',
    description:
      'Make sure the AIMS includes the documented information the standard asks for, plus whatever else the organization decides it needs for the AIMS to work.',
    aliases: [],
  },
  {
    id: '7.5.2',
    title: 'Creating and updating documented information',
    parentId: '7.5',
    isLeaf: true,
    documentedInformation: 'meta',
    description:
      'Whenever documented information is written or revised, identify it properly, pick a suitable format and medium, and have it reviewed and approved.',
    aliases: ['Creating and updating'],
  },
  {
    id: '7.5.3',
    title: 'Control of documented information',
    parentId: '7.5',
    isLeaf: true,
    documentedInformation: 'meta',
    description:
      'Keep documented information available where it is needed and protected from misuse or loss. Manage its distribution, access, storage, versions, retention and disposal, including documents that come from outside.',
    aliases: [],
  },
  {
    id: '8',
    title: 'Operation',
    isLeaf: false,
    description:
      'Run the planned processes and carry out AI risk assessment, risk treatment and impact assessment in day-to-day practice.',
    aliases: [],
  },
  {
    id: '8.1',
    title: 'Operational planning and control',
    parentId: '8',
    isLeaf: true,
    documentedInformation: 'maintain_and_retain',
    description:
      'Plan, carry out and control the processes that meet the requirements and the actions decided under clause 6, including planned changes and processes provided from outside. Keep enough evidence to be confident they ran as planned.',
    aliases: [],
  },
  {
    id: '8.2',
    title: 'AI risk assessment',
    parentId: '8',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Carry out AI risk assessments at planned intervals and whenever significant changes are proposed or happen, and keep their results.',
    aliases: [],
  },
  {
    id: '8.3',
    title: 'AI risk treatment',
    parentId: '8',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Put the AI risk treatment plan into action, check that the treatments work, and keep the results.',
    aliases: [],
  },
  {
    id: '8.4',
    title: 'AI system impact assessment',
    parentId: '8',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Carry out AI system impact assessments at planned intervals and whenever significant changes are proposed or happen, and keep their results.',
    aliases: [],
  },
  {
    id: '9',
    title: 'Performance evaluation',
    isLeaf: false,
    description:
      'Check whether the AIMS works, through monitoring and measurement, internal audit and management review.',
    aliases: [],
  },
  {
    id: '9.1',
    title: 'Monitoring, measurement, analysis and evaluation',
    parentId: '9',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Decide what to monitor and measure, how, when, and who analyses and evaluates the results, then judge how well the AIMS performs. Keep the results as evidence.',
    aliases: [],
  },
  {
    id: '9.2',
    title: 'Internal audit',
    parentId: '9',
    isLeaf: false,
    description:
      'Audit the AIMS from within the organization to learn whether it meets requirements and is effective.',
    aliases: [],
  },
  {
    id: '9.2.1',
    title: 'General',
    parentId: '9.2',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      "Hold internal audits at planned intervals to check that the AIMS meets the organization's own requirements and those of the standard, and that it is implemented and maintained effectively.",
    aliases: [],
  },
  {
    id: '9.2.2',
    title: 'Internal audit programme',
    parentId: '9.2',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Plan and run an audit programme covering frequency, methods, responsibilities and reporting; give each audit criteria and a scope, choose objective and impartial auditors and report the results to management. Keep evidence of the programme and its results.',
    aliases: ['Internal Audit'],
  },
  {
    id: '9.3',
    title: 'Management review',
    parentId: '9',
    isLeaf: false,
    description:
      'Top management regularly steps back to judge whether the AIMS is still suitable, adequate and effective.',
    aliases: [],
  },
  {
    id: '9.3.1',
    title: 'General',
    parentId: '9.3',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'Top management reviews the AIMS at planned intervals to confirm that it remains suitable, adequate and effective.',
    aliases: [],
  },
  {
    id: '9.3.2',
    title: 'Management review inputs',
    parentId: '9.3',
    isLeaf: true,
    documentedInformation: 'none',
    description:
      'Bring to the review the status of earlier actions, changes in context and in interested-party needs, trends in AIMS performance and opportunities for improvement.',
    aliases: [],
  },
  {
    id: '9.3.3',
    title: 'Management review results',
    parentId: '9.3',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'Capture the decisions of the review on improvement opportunities and on any changes the AIMS needs, and keep them as evidence.',
    aliases: ['Management review'],
  },
  {
    id: '10',
    title: 'Improvement',
    isLeaf: false,
    description: 'Keep making the AIMS better and deal with nonconformities when they occur.',
    aliases: [],
  },
  {
    id: '10.1',
    title: 'Continual improvement',
    parentId: '10',
    isLeaf: true,
    documentedInformation: 'none',
    description: 'Keep raising how suitable, adequate and effective the AIMS is over time.',
    aliases: [],
  },
  {
    id: '10.2',
    title: 'Nonconformity and corrective action',
    parentId: '10',
    isLeaf: true,
    documentedInformation: 'retain',
    description:
      'When something does not meet a requirement, contain and correct it, find the cause and decide whether action is needed to stop it happening again; then check that the action worked. Keep evidence of what went wrong, what was done and the outcome.',
    aliases: [],
  },
] as const satisfies readonly Clause[]);
