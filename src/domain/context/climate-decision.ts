/**
 * The organization's climate decisions (ISO/IEC 42001 clauses 4.1 and 4.2):
 * whether climate change is a relevant issue for it, and whether its
 * interested parties have climate-related requirements. Each question is
 * answered once for the organization, with the reason, by whom and when; a
 * question nobody has answered yet is "not yet considered", which an auditor
 * must be able to tell apart from "considered, not relevant".
 */
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, checkOneOf } from '../validation.js';
import type { Checked } from '../validation.js';

export const CLIMATE_QUESTIONS = ['climate_issue', 'party_requirements'] as const;
export type ClimateQuestion = (typeof CLIMATE_QUESTIONS)[number];

/** What a decision can say; `not_considered` is the state before anyone decides. */
export const CLIMATE_ANSWERS = ['not_considered', 'relevant', 'not_relevant'] as const;
export type ClimateAnswer = (typeof CLIMATE_ANSWERS)[number];

/** The answers a person gives: a decision is never taken back to "not yet considered". */
export const CLIMATE_DECIDED_ANSWERS = ['relevant', 'not_relevant'] as const;
export type ClimateDecidedAnswer = (typeof CLIMATE_DECIDED_ANSWERS)[number];

export interface ClimateQuestionTerms {
  readonly clause: '4.1' | '4.2';
  readonly question: string;
  readonly answers: Readonly<Record<ClimateAnswer, string>>;
}

/** The words of each question and its answers, shared by the API, the UI and the exports. */
export const CLIMATE_QUESTION_TERMS: Readonly<Record<ClimateQuestion, ClimateQuestionTerms>> = {
  climate_issue: {
    clause: '4.1',
    question: 'Is climate change a relevant issue for the organization?',
    answers: {
      not_considered: 'Not yet considered',
      relevant: 'Relevant',
      not_relevant: 'Considered, not relevant',
    },
  },
  party_requirements: {
    clause: '4.2',
    question: 'Do interested parties have climate-related requirements?',
    answers: {
      not_considered: 'Not yet considered',
      relevant: 'Yes, they have climate-related requirements',
      not_relevant: 'Considered: none',
    },
  },
};

export interface ClimateDecision {
  readonly question: ClimateQuestion;
  readonly answer: ClimateAnswer;
  readonly reason: string;
  readonly decidedByUserId: string | null;
  /** When the current answer was given; null while not yet considered. */
  readonly decidedAt: string | null;
}

export interface ClimateDecisionInput {
  readonly answer: string;
  readonly reason?: string | undefined;
}

export const CLIMATE_REASON_MAX = LONG_TEXT_MAX;

/** The decision on a question nobody has answered yet. */
export const notYetConsidered = (question: ClimateQuestion): ClimateDecision => ({
  question,
  answer: 'not_considered',
  reason: '',
  decidedByUserId: null,
  decidedAt: null,
});

/** Checks a decision: a decided answer and the reason for it (required either way). */
export const validateClimateDecision = (
  input: ClimateDecisionInput,
): Checked<{ answer: ClimateDecidedAnswer; reason: string }> => {
  const issues: FieldIssue[] = [];
  const answer = checkOneOf(issues, 'answer', input.answer, CLIMATE_DECIDED_ANSWERS);
  const reason = (input.reason ?? '').trim();
  if (reason.length === 0)
    issues.push({
      field: 'reason',
      reason: 'say why: an auditor reads the reason with the answer',
    });
  else if (reason.length > CLIMATE_REASON_MAX)
    issues.push({ field: 'reason', reason: `must be at most ${CLIMATE_REASON_MAX} characters` });
  return { issues, details: { answer, reason } };
};

/** What the registers hold that bears on the decisions. */
export interface ClimateFacts {
  /** Context issues marked climate-relevant. */
  readonly climateIssueCount: number;
  /** Requirements of interested parties marked climate-related. */
  readonly climateRequirementCount: number;
}

export const CLIMATE_WARNINGS = [
  'relevant_without_issue',
  'not_relevant_with_issues',
  'undecided_with_issues',
  'requirements_without_any',
  'none_with_requirements',
  'undecided_with_requirements',
] as const;
export type ClimateWarning = (typeof CLIMATE_WARNINGS)[number];

export const CLIMATE_WARNING_TEXTS: Readonly<Record<ClimateWarning, string>> = {
  relevant_without_issue:
    'Climate change is judged relevant, but no context issue is marked climate-relevant: record the issue.',
  not_relevant_with_issues:
    'Climate change is judged not relevant, yet some context issues are marked climate-relevant.',
  undecided_with_issues:
    'Some context issues are marked climate-relevant, but the decision is not recorded yet.',
  requirements_without_any:
    'Interested parties are said to have climate-related requirements, but none of their requirements is marked climate-related.',
  none_with_requirements:
    'The decision says no climate-related requirements, yet some requirements are marked climate-related.',
  undecided_with_requirements:
    'Some requirements are marked climate-related, but the decision is not recorded yet.',
};

const warningFor = (
  answer: ClimateAnswer,
  count: number,
  words: readonly [ClimateWarning, ClimateWarning, ClimateWarning],
): ClimateWarning[] => {
  const [relevantWithout, notRelevantWith, undecidedWith] = words;
  if (answer === 'relevant' && count === 0) return [relevantWithout];
  if (answer === 'not_relevant' && count > 0) return [notRelevantWith];
  if (answer === 'not_considered' && count > 0) return [undecidedWith];
  return [];
};

/**
 * Where a decision and the registers disagree: a decision stands on its own,
 * so these are warnings to act on, not refusals.
 */
export const climateWarnings = (
  decision: Pick<ClimateDecision, 'question' | 'answer'>,
  facts: ClimateFacts,
): ClimateWarning[] =>
  decision.question === 'climate_issue'
    ? warningFor(decision.answer, facts.climateIssueCount, [
        'relevant_without_issue',
        'not_relevant_with_issues',
        'undecided_with_issues',
      ])
    : warningFor(decision.answer, facts.climateRequirementCount, [
        'requirements_without_any',
        'none_with_requirements',
        'undecided_with_requirements',
      ]);
