import { describe, expect, it } from 'vitest';
import {
  CLIMATE_QUESTIONS,
  CLIMATE_QUESTION_TERMS,
  climateWarnings,
  notYetConsidered,
  validateClimateDecision,
} from './climate-decision.js';
import type { ClimateAnswer, ClimateQuestion, ClimateWarning } from './climate-decision.js';

describe('climate decisions (clauses 4.1 and 4.2)', () => {
  it('starts every question as not yet considered, without a decider or date', () => {
    expect(CLIMATE_QUESTIONS.map(notYetConsidered)).toEqual([
      {
        question: 'climate_issue',
        answer: 'not_considered',
        reason: '',
        decidedByUserId: null,
        decidedAt: null,
      },
      {
        question: 'party_requirements',
        answer: 'not_considered',
        reason: '',
        decidedByUserId: null,
        decidedAt: null,
      },
    ]);
  });

  it('words "not yet considered" apart from "considered, not relevant"', () => {
    for (const question of CLIMATE_QUESTIONS) {
      const { answers } = CLIMATE_QUESTION_TERMS[question];
      expect(answers.not_considered).not.toBe(answers.not_relevant);
    }
    expect(CLIMATE_QUESTION_TERMS.climate_issue.clause).toBe('4.1');
    expect(CLIMATE_QUESTION_TERMS.party_requirements.clause).toBe('4.2');
  });

  const inputs: { name: string; input: { answer: string; reason?: string }; fields: string[] }[] = [
    {
      name: 'accepts a decision with its reason',
      input: { answer: 'not_relevant', reason: ' Our models run on renewable power. ' },
      fields: [],
    },
    { name: 'needs a reason', input: { answer: 'relevant', reason: '  ' }, fields: ['reason'] },
    {
      name: 'does not take a decision back to not yet considered',
      input: { answer: 'not_considered', reason: 'Undo' },
      fields: ['answer'],
    },
    { name: 'refuses an unknown answer', input: { answer: 'maybe' }, fields: ['answer', 'reason'] },
    {
      name: 'bounds the reason',
      input: { answer: 'relevant', reason: 'x'.repeat(10_001) },
      fields: ['reason'],
    },
  ];
  it.each(inputs)('$name', ({ input, fields }) => {
    expect(validateClimateDecision(input).issues.map((issue) => issue.field)).toEqual(fields);
  });

  it('trims the reason', () => {
    expect(
      validateClimateDecision({ answer: 'relevant', reason: ' Flood risk at the data centre ' })
        .details,
    ).toEqual({ answer: 'relevant', reason: 'Flood risk at the data centre' });
  });

  const warnings: {
    question: ClimateQuestion;
    answer: ClimateAnswer;
    issues: number;
    requirements: number;
    expected: ClimateWarning[];
  }[] = [
    { question: 'climate_issue', answer: 'relevant', issues: 1, requirements: 0, expected: [] },
    {
      question: 'climate_issue',
      answer: 'relevant',
      issues: 0,
      requirements: 3,
      expected: ['relevant_without_issue'],
    },
    {
      question: 'climate_issue',
      answer: 'not_relevant',
      issues: 2,
      requirements: 0,
      expected: ['not_relevant_with_issues'],
    },
    { question: 'climate_issue', answer: 'not_relevant', issues: 0, requirements: 0, expected: [] },
    {
      question: 'climate_issue',
      answer: 'not_considered',
      issues: 1,
      requirements: 0,
      expected: ['undecided_with_issues'],
    },
    {
      question: 'climate_issue',
      answer: 'not_considered',
      issues: 0,
      requirements: 0,
      expected: [],
    },
    {
      question: 'party_requirements',
      answer: 'relevant',
      issues: 4,
      requirements: 0,
      expected: ['requirements_without_any'],
    },
    {
      question: 'party_requirements',
      answer: 'relevant',
      issues: 0,
      requirements: 1,
      expected: [],
    },
    {
      question: 'party_requirements',
      answer: 'not_relevant',
      issues: 0,
      requirements: 1,
      expected: ['none_with_requirements'],
    },
    {
      question: 'party_requirements',
      answer: 'not_considered',
      issues: 0,
      requirements: 2,
      expected: ['undecided_with_requirements'],
    },
  ];
  it.each(warnings)(
    '$question $answer with $issues issues and $requirements requirements warns $expected',
    ({ question, answer, issues, requirements, expected }) => {
      expect(
        climateWarnings(
          { question, answer },
          { climateIssueCount: issues, climateRequirementCount: requirements },
        ),
      ).toEqual(expected);
    },
  );
});
