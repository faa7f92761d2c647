import { z } from 'zod';
import {
  CLIMATE_ANSWERS,
  CLIMATE_DECIDED_ANSWERS,
  CLIMATE_QUESTIONS,
  CLIMATE_REASON_MAX,
  CLIMATE_WARNINGS,
} from '../../../domain/context/climate-decision.js';
import { Id, Timestamp } from '../../schemas.js';

export const ClimateDecision = z
  .object({
    question: z
      .enum(CLIMATE_QUESTIONS)
      .describe(
        'climate_issue: is climate change a relevant issue (4.1); party_requirements: do interested parties have climate-related requirements (4.2)',
      ),
    clause: z.string(),
    questionText: z.string().describe('The question in words'),
    answer: z
      .enum(CLIMATE_ANSWERS)
      .describe('not_considered until someone decides; then relevant or not_relevant'),
    answerLabel: z.string().describe('The answer in words, as the question puts it'),
    reason: z.string(),
    decidedByUserId: Id.nullable(),
    decidedAt: Timestamp.nullable(),
    warnings: z
      .array(z.object({ code: z.enum(CLIMATE_WARNINGS), message: z.string() }))
      .readonly()
      .describe('Where the context issues or parties’ requirements disagree with the answer'),
  })
  .meta({ id: 'ClimateDecision' });

export const ClimateOverview = z
  .object({
    decisions: z.array(ClimateDecision).readonly(),
    availableActions: z.array(z.enum(['decide'])),
  })
  .meta({ id: 'ClimateDecisions' });

export const ClimateDecisionBody = z.strictObject({
  answer: z.enum(CLIMATE_DECIDED_ANSWERS),
  reason: z.string().max(CLIMATE_REASON_MAX).describe('Why: required'),
});

export const ClimateDecisionParams = z.object({ orgId: Id, question: z.enum(CLIMATE_QUESTIONS) });
