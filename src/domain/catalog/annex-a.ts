/**
 * ISO/IEC 42001:2023 Annex A (normative): the reference control objectives and
 * the 38 controls A.2.2 … A.10.4, grouped under 10 objectives (topic A.6 has
 * two, A.6.1 and A.6.2). Control numbers start at `.2` because the `.1` slot of
 * each topic holds its objective, so no control id ends in `.1`.
 * Identifiers and titles are facts; objectives and descriptions are our own
 * summaries, not the text of the standard.
 */
import { deepFreeze } from './freeze.js';

/** The nine Annex A topics. */
export const ANNEX_A_TOPIC_IDS = [
  'A.2',
  'A.3',
  'A.4',
  'A.5',
  'A.6',
  'A.7',
  'A.8',
  'A.9',
  'A.10',
] as const;
export type AnnexATopicId = (typeof ANNEX_A_TOPIC_IDS)[number];

export const ANNEX_A_TOPIC_TITLES: Readonly<Record<AnnexATopicId, string>> = deepFreeze({
  'A.2': 'Policies related to AI',
  'A.3': 'Internal organization',
  'A.4': 'Resources for AI systems',
  'A.5': 'Assessing impacts of AI systems',
  'A.6': 'AI system life cycle',
  'A.7': 'Data for AI systems',
  'A.8': 'Information for interested parties of AI systems',
  'A.9': 'Use of AI systems',
  'A.10': 'Third-party and customer relationships',
});

/** The ten objective groups: every topic, with A.6 split into A.6.1 and A.6.2. */
export const ANNEX_A_GROUP_IDS = [
  'A.2',
  'A.3',
  'A.4',
  'A.5',
  'A.6.1',
  'A.6.2',
  'A.7',
  'A.8',
  'A.9',
  'A.10',
] as const;
export type AnnexAGroupId = (typeof ANNEX_A_GROUP_IDS)[number];

export const CONTROL_IDS = [
  'A.2.2',
  'A.2.3',
  'A.2.4',
  'A.3.2',
  'A.3.3',
  'A.4.2',
  'A.4.3',
  'A.4.4',
  'A.4.5',
  'A.4.6',
  'A.5.2',
  'A.5.3',
  'A.5.4',
  'A.5.5',
  'A.6.1.2',
  'A.6.1.3',
  'A.6.2.2',
  'A.6.2.3',
  'A.6.2.4',
  'A.6.2.5',
  'A.6.2.6',
  'A.6.2.7',
  'A.6.2.8',
  'A.7.2',
  'A.7.3',
  'A.7.4',
  'A.7.5',
  'A.7.6',
  'A.8.2',
  'A.8.3',
  'A.8.4',
  'A.8.5',
  'A.9.2',
  'A.9.3',
  'A.9.4',
  'A.10.2',
  'A.10.3',
  'A.10.4',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

/**
 * Exactly the 38 valid Annex A control ids. Importers use it to reject ids that
 * circulate in public templates but do not exist (A.5.1, A.6.2.9, A.7.1 …).
 */
export const CONTROL_ID_PATTERN =
  /^A\.(2\.[2-4]|3\.[23]|4\.[2-6]|5\.[2-5]|6\.1\.[23]|6\.2\.[2-8]|7\.[2-6]|8\.[2-5]|9\.[2-4]|10\.[2-4])$/;

/** Whether `text` is exactly one of the 38 Annex A control ids (no trimming, no `B.` prefix). */
export const isControlId = (text: string): text is ControlId => CONTROL_ID_PATTERN.test(text);

export interface ControlObjectiveGroup {
  readonly id: AnnexAGroupId;
  readonly topicId: AnnexATopicId;
  readonly title: string;
  /** The control objective, in our own words. */
  readonly objective: string;
  /** Title variants seen in other tools and templates, for import matching only. */
  readonly aliases: readonly string[];
}

export interface Control {
  readonly id: ControlId;
  readonly title: string;
  readonly groupId: AnnexAGroupId;
  readonly topicId: AnnexATopicId;
  /** What the control expects, in our own words. */
  readonly description: string;
  /** Title variants seen in other tools and templates, for import matching only. */
  readonly aliases: readonly string[];
}

export const CONTROL_OBJECTIVE_GROUPS = deepFreeze([
  {
    id: 'A.2',
    topicId: 'A.2',
    title: 'Policies related to AI',
    objective:
      "Top management steers and backs the organization's work with AI systems so that it serves business requirements.",
    aliases: [],
  },
  {
    id: 'A.3',
    topicId: 'A.3',
    title: 'Internal organization',
    objective:
      'Set up accountability inside the organization so that AI systems are put in place, run and managed responsibly.',
    aliases: [],
  },
  {
    id: 'A.4',
    topicId: 'A.4',
    title: 'Resources for AI systems',
    objective:
      'Keep track of every resource an AI system relies on, its components and assets, so that its risks and impacts can be understood and handled.',
    aliases: [],
  },
  {
    id: 'A.5',
    topicId: 'A.5',
    title: 'Assessing impacts of AI systems',
    objective:
      'Work out how AI systems affect individuals, groups of individuals and society at every stage of their life cycle.',
    aliases: [],
  },
  {
    id: 'A.6.1',
    topicId: 'A.6',
    title: 'Management guidance for AI system development',
    objective:
      'Have documented objectives and processes that lead to AI systems being designed and developed responsibly.',
    aliases: [],
  },
  {
    id: 'A.6.2',
    topicId: 'A.6',
    title: 'AI system life cycle',
    objective:
      'Define the criteria and requirements that apply at each stage of the life cycle of an AI system.',
    aliases: [],
  },
  {
    id: 'A.7',
    topicId: 'A.7',
    title: 'Data for AI systems',
    objective:
      'Understand what role data plays in AI systems and how it shapes them, whether the organization develops, provides or uses them.',
    aliases: [],
  },
  {
    id: 'A.8',
    topicId: 'A.8',
    title: 'Information for interested parties of AI systems',
    objective:
      'Give interested parties what they need to understand and judge the risks and impacts of AI systems, both positive and negative.',
    aliases: [],
  },
  {
    id: 'A.9',
    topicId: 'A.9',
    title: 'Use of AI systems',
    objective: "Use AI systems responsibly and as the organization's policies intend.",
    aliases: [],
  },
  {
    id: 'A.10',
    topicId: 'A.10',
    title: 'Third-party and customer relationships',
    objective:
      'When third parties take part at any stage of the life cycle, make responsibilities and accountability clear and share the risks fairly.',
    aliases: ['Third party and customer relationships'],
  },
] as const satisfies readonly ControlObjectiveGroup[]);

/** The 38 controls in Annex A order, each under its objective group. */
export const CONTROLS = deepFreeze([
  {
    id: 'A.2.2',
    title: 'AI policy',
    groupId: 'A.2',
    topicId: 'A.2',
    description:
      'Write down a policy that sets out how the organization develops or uses AI systems, or both.',
    aliases: [],
  },
  {
    id: 'A.2.3',
    title: 'Alignment with other organizational policies',
    groupId: 'A.2',
    topicId: 'A.2',
    description:
      'Find out where existing policies, such as those for security, privacy or quality, touch AI objectives or are touched by them, and bring them into line.',
    aliases: [],
  },
  {
    id: 'A.2.4',
    title: 'Review of the AI policy',
    groupId: 'A.2',
    topicId: 'A.2',
    description:
      'Look at the AI policy again at planned intervals, and sooner when circumstances demand, so that it stays suitable and effective.',
    aliases: [],
  },
  {
    id: 'A.3.2',
    title: 'AI roles and responsibilities',
    groupId: 'A.3',
    topicId: 'A.3',
    description:
      'Decide which roles AI work needs in this organization and assign people to them, with clear responsibilities.',
    aliases: [],
  },
  {
    id: 'A.3.3',
    title: 'Reporting of concerns',
    groupId: 'A.3',
    topicId: 'A.3',
    description:
      "Give anyone a way to raise concerns about the organization's part in an AI system at any point in its life cycle, and handle what they report.",
    aliases: [],
  },
  {
    id: 'A.4.2',
    title: 'Resource documentation',
    groupId: 'A.4',
    topicId: 'A.4',
    description:
      'Identify and record the resources each AI system needs at its life-cycle stages and for other AI-related activities.',
    aliases: [],
  },
  {
    id: 'A.4.3',
    title: 'Data resources',
    groupId: 'A.4',
    topicId: 'A.4',
    description: 'Keep a record of the data resources the AI system uses.',
    aliases: [],
  },
  {
    id: 'A.4.4',
    title: 'Tooling resources',
    groupId: 'A.4',
    topicId: 'A.4',
    description:
      'Keep a record of the tools behind the AI system, such as frameworks, libraries, pipelines and platforms.',
    aliases: [],
  },
  {
    id: 'A.4.5',
    title: 'System and computing resources',
    groupId: 'A.4',
    topicId: 'A.4',
    description: 'Keep a record of the computing power and infrastructure the AI system runs on.',
    aliases: [],
  },
  {
    id: 'A.4.6',
    title: 'Human resources',
    groupId: 'A.4',
    topicId: 'A.4',
    description:
      'Keep a record of the people and skills needed to develop, deploy, operate and retire the AI system.',
    aliases: [],
  },
  {
    id: 'A.5.2',
    title: 'AI system impact assessment process',
    groupId: 'A.5',
    topicId: 'A.5',
    description:
      'Set up the process used to work out the possible consequences of an AI system for people and society.',
    aliases: [],
  },
  {
    id: 'A.5.3',
    title: 'Documentation of AI system impact assessments',
    groupId: 'A.5',
    topicId: 'A.5',
    description:
      'Write up the results of each impact assessment and keep them for a period the organization sets.',
    aliases: [],
  },
  {
    id: 'A.5.4',
    title: 'Assessing AI system impact on individuals or groups of individuals',
    groupId: 'A.5',
    topicId: 'A.5',
    description:
      'Work out and record how an AI system may affect particular people or groups of people over its life cycle.',
    aliases: ['Assessing AI system impact on individuals and groups of individuals'],
  },
  {
    id: 'A.5.5',
    title: 'Assessing societal impacts of AI systems',
    groupId: 'A.5',
    topicId: 'A.5',
    description:
      'Work out and record how an AI system may affect society at large over its life cycle.',
    aliases: [],
  },
  {
    id: 'A.6.1.2',
    title: 'Objectives for responsible development of AI system',
    groupId: 'A.6.1',
    topicId: 'A.6',
    description:
      'Name and record the objectives that steer responsible development, and build ways of meeting them into the development life cycle.',
    aliases: ['Objectives for responsible development of AI systems'],
  },
  {
    id: 'A.6.1.3',
    title: 'Processes for responsible AI system design and development',
    groupId: 'A.6.1',
    topicId: 'A.6',
    description:
      'Define and write down the processes used to design and develop AI systems responsibly.',
    aliases: [
      'Processes for trustworthy AI system design and development',
      'Processes for responsible design and development of AI systems',
    ],
  },
  {
    id: 'A.6.2.2',
    title: 'AI system requirements and specification',
    groupId: 'A.6.2',
    topicId: 'A.6',
    description:
      'Specify and record what a new AI system, or a significant enhancement of an existing one, has to do.',
    aliases: [],
  },
  {
    id: 'A.6.2.3',
    title: 'Documentation of AI system design and development',
    groupId: 'A.6.2',
    topicId: 'A.6',
    description:
      'Record how the AI system was designed and built, measured against its objectives, requirements and criteria.',
    aliases: [],
  },
  {
    id: 'A.6.2.4',
    title: 'AI system verification and validation',
    groupId: 'A.6.2',
    topicId: 'A.6',
    description:
      'Decide and record how the AI system will be verified and validated, and what results it must reach to be accepted.',
    aliases: [],
  },
  {
    id: 'A.6.2.5',
    title: 'AI system deployment',
    groupId: 'A.6.2',
    topicId: 'A.6',
    description:
      'Plan and record how the AI system goes live, and confirm its requirements are met before it does.',
    aliases: [],
  },
  {
    id: 'A.6.2.6',
    title: 'AI system operation and monitoring',
    groupId: 'A.6.2',
    topicId: 'A.6',
    description:
      'Decide what keeping the AI system running well takes, including monitoring, fixes, updates and support.',
    aliases: [],
  },
  {
    id: 'A.6.2.7',
    title: 'AI system technical documentation',
    groupId: 'A.6.2',
    topicId: 'A.6',
    description:
      'Work out which technical documentation each kind of interested party needs about the AI system and supply it in a suitable form.',
    aliases: [],
  },
  {
    id: 'A.6.2.8',
    title: 'AI system recording of event logs',
    groupId: 'A.6.2',
    topicId: 'A.6',
    description:
      'Decide at which life-cycle stages the AI system keeps event logs, and make sure logging is on at least while the system is in use.',
    aliases: [],
  },
  {
    id: 'A.7.2',
    title: 'Data for development and enhancement of AI system',
    groupId: 'A.7',
    topicId: 'A.7',
    description:
      'Define, record and follow the processes for managing the data used to develop and improve AI systems.',
    aliases: ['Data for development and enhancement of AI systems'],
  },
  {
    id: 'A.7.3',
    title: 'Acquisition of data',
    groupId: 'A.7',
    topicId: 'A.7',
    description: 'Decide and record how data for the AI system is obtained and chosen.',
    aliases: [],
  },
  {
    id: 'A.7.4',
    title: 'Quality of data for AI systems',
    groupId: 'A.7',
    topicId: 'A.7',
    description:
      'Set and record the quality the data must have for the AI system, and make sure the data used meets it.',
    aliases: [],
  },
  {
    id: 'A.7.5',
    title: 'Data provenance',
    groupId: 'A.7',
    topicId: 'A.7',
    description:
      'Decide and record how the origin and history of the data are tracked throughout the life of the AI system and its data.',
    aliases: [],
  },
  {
    id: 'A.7.6',
    title: 'Data preparation',
    groupId: 'A.7',
    topicId: 'A.7',
    description:
      'Set and record the criteria for choosing how data is cleaned, labelled, transformed or otherwise prepared.',
    aliases: [],
  },
  {
    id: 'A.8.2',
    title: 'System documentation and information for users',
    groupId: 'A.8',
    topicId: 'A.8',
    description: 'Work out what users need to know about the AI system and give it to them.',
    aliases: [],
  },
  {
    id: 'A.8.3',
    title: 'External reporting',
    groupId: 'A.8',
    topicId: 'A.8',
    description:
      'Offer interested parties a channel to report harmful effects of the AI system to the organization.',
    aliases: [],
  },
  {
    id: 'A.8.4',
    title: 'Communication of incidents',
    groupId: 'A.8',
    topicId: 'A.8',
    description: 'Plan in advance how users will be told about incidents involving the AI system.',
    aliases: [],
  },
  {
    id: 'A.8.5',
    title: 'Information for interested parties',
    groupId: 'A.8',
    topicId: 'A.8',
    description:
      'Identify and record what the organization is obliged to report about its AI systems, and to which interested parties.',
    aliases: [],
  },
  {
    id: 'A.9.2',
    title: 'Processes for responsible use of AI systems',
    groupId: 'A.9',
    topicId: 'A.9',
    description: 'Define and record the processes that keep the use of AI systems responsible.',
    aliases: [],
  },
  {
    id: 'A.9.3',
    title: 'Objectives for responsible use of AI system',
    groupId: 'A.9',
    topicId: 'A.9',
    description: 'Name and record the objectives that guide how AI systems are used responsibly.',
    aliases: ['Objectives for responsible use of AI systems'],
  },
  {
    id: 'A.9.4',
    title: 'Intended use of the AI system',
    groupId: 'A.9',
    topicId: 'A.9',
    description:
      'Use each AI system only for what it was designed for, following the documentation that comes with it.',
    aliases: [],
  },
  {
    id: 'A.10.2',
    title: 'Allocating responsibilities',
    groupId: 'A.10',
    topicId: 'A.10',
    description:
      'Divide life-cycle responsibilities clearly among the organization, its partners, suppliers, customers and other third parties.',
    aliases: [],
  },
  {
    id: 'A.10.3',
    title: 'Suppliers',
    groupId: 'A.10',
    topicId: 'A.10',
    description:
      "Have a process that makes sure services, products and materials from suppliers fit the organization's responsible approach to AI.",
    aliases: [],
  },
  {
    id: 'A.10.4',
    title: 'Customers',
    groupId: 'A.10',
    topicId: 'A.10',
    description:
      "Take customers' expectations and needs into account in the organization's responsible approach to AI.",
    aliases: [],
  },
] as const satisfies readonly Control[]);
