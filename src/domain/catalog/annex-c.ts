/**
 * ISO/IEC 42001:2023 Annex C (informative): potential AI-related
 * organizational objectives and AI risk sources, an idea bank for AI risk
 * assessment (6.1.2), AI system impact assessment (6.1.4) and AI objectives
 * (6.2). Titles are facts; descriptions are our own words.
 *
 * Risk sources 3–7 are only partly sourced (they follow ISO/IEC 23894 Annex B)
 * and must be checked against the licensed text before they drive any rule.
 */
import { deepFreeze } from './freeze.js';

export const ANNEX_C_OBJECTIVE_IDS = [
  'accountability',
  'ai-expertise',
  'training-and-test-data',
  'environmental-impact',
  'fairness',
  'maintainability',
  'privacy',
  'robustness',
  'safety',
  'security',
  'transparency-and-explainability',
] as const;
export type AnnexCObjectiveId = (typeof ANNEX_C_OBJECTIVE_IDS)[number];

export const ANNEX_C_RISK_SOURCE_IDS = [
  'complexity-of-environment',
  'lack-of-transparency-and-explainability',
  'level-of-automation',
  'machine-learning',
  'system-hardware-issues',
  'system-life-cycle-issues',
  'technology-readiness',
] as const;
export type AnnexCRiskSourceId = (typeof ANNEX_C_RISK_SOURCE_IDS)[number];

interface AnnexCEntry<Id extends string> {
  /** Stable kebab-case key, safe to store. */
  readonly id: Id;
  /** Position in the Annex C list, starting at 1. */
  readonly order: number;
  readonly title: string;
  readonly description: string;
}

export type AnnexCObjective = AnnexCEntry<AnnexCObjectiveId>;
export type AnnexCRiskSource = AnnexCEntry<AnnexCRiskSourceId>;

export const ANNEX_C_OBJECTIVES = deepFreeze([
  {
    id: 'accountability',
    order: 1,
    title: 'Accountability',
    description:
      'Make clear who answers for the decisions and outcomes of AI systems, including when automation takes over work people used to do.',
  },
  {
    id: 'ai-expertise',
    order: 2,
    title: 'AI expertise',
    description:
      'Have access to people with the mix of specialist skills needed to assess, build and deploy AI systems.',
  },
  {
    id: 'training-and-test-data',
    order: 3,
    title: 'Availability and quality of training and test data',
    description:
      'Make sure enough suitable data of good quality is available to train, validate and test AI systems.',
  },
  {
    id: 'environmental-impact',
    order: 4,
    title: 'Environmental impact',
    description:
      'Consider how AI systems affect the environment, such as through energy and resource use, whether for better or worse.',
  },
  {
    id: 'fairness',
    order: 5,
    title: 'Fairness',
    description: 'Avoid AI-driven decisions that treat particular people or groups unjustly.',
  },
  {
    id: 'maintainability',
    order: 6,
    title: 'Maintainability',
    description:
      'Keep the ability to change AI systems to correct defects or to meet new requirements.',
  },
  {
    id: 'privacy',
    order: 7,
    title: 'Privacy',
    description:
      'Protect personal or sensitive data that AI systems handle or infer from misuse and unwanted disclosure.',
  },
  {
    id: 'robustness',
    order: 8,
    title: 'Robustness',
    description:
      'Have AI systems keep working as intended when inputs or conditions differ from those seen during development.',
  },
  {
    id: 'safety',
    order: 9,
    title: 'Safety',
    description:
      'Prevent AI systems from putting people, property or the environment in unacceptable danger.',
  },
  {
    id: 'security',
    order: 10,
    title: 'Security',
    description:
      'Protect AI systems against threats, including attacks peculiar to AI such as poisoned training data or stolen models.',
  },
  {
    id: 'transparency-and-explainability',
    order: 11,
    title: 'Transparency and explainability',
    description:
      'Let interested parties see how AI systems work and understand why they produce their outputs, as far as is appropriate.',
  },
] as const satisfies readonly AnnexCObjective[]);

export const ANNEX_C_RISK_SOURCES = deepFreeze([
  {
    id: 'complexity-of-environment',
    order: 1,
    title: 'Complexity of environment',
    description:
      'The more varied and unpredictable the setting an AI system works in, the harder it is to foresee how it will behave.',
  },
  {
    id: 'lack-of-transparency-and-explainability',
    order: 2,
    title: 'Lack of transparency and explainability',
    description:
      'When nobody can see or explain how an AI system reaches its results, trust and accountability suffer and errors go unnoticed.',
  },
  {
    id: 'level-of-automation',
    order: 3,
    title: 'Level of automation',
    description:
      'How far an AI system acts without people in the loop changes how risks arise and who can step in when things go wrong.',
  },
  {
    id: 'machine-learning',
    order: 4,
    title: 'Risk sources related to machine learning',
    description:
      'Weak, biased or unrepresentative data and the way models learn from it can make an AI system behave in unexpected ways.',
  },
  {
    id: 'system-hardware-issues',
    order: 5,
    title: 'System hardware issues',
    description:
      'Faults, limits or failures of the hardware an AI system runs on, or moving a model to different hardware, can cause errors.',
  },
  {
    id: 'system-life-cycle-issues',
    order: 6,
    title: 'System life cycle issues',
    description:
      'Weak practice at any stage from design through deployment and maintenance to retirement can introduce risk.',
  },
  {
    id: 'technology-readiness',
    order: 7,
    title: 'Technology readiness',
    description:
      'Immature technology brings risks nobody has met yet, while very mature technology can breed complacency.',
  },
] as const satisfies readonly AnnexCRiskSource[]);
