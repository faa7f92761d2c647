/**
 * The organization's climate decisions (clauses 4.1 and 4.2): whether climate
 * change is a relevant issue, and whether interested parties have
 * climate-related requirements. Each decision is taken with its reason, by a
 * writer of the AIMS, recorded with who and when, and kept in the audit
 * trail; everyone who reads the AIMS (its auditors too) sees the answers,
 * including "not yet considered", and where the registers disagree with them.
 */
import {
  CLIMATE_QUESTIONS,
  CLIMATE_QUESTION_TERMS,
  CLIMATE_WARNING_TEXTS,
  climateWarnings,
  notYetConsidered,
  validateClimateDecision,
} from '../../domain/context/climate-decision.js';
import type {
  ClimateDecision,
  ClimateDecisionInput,
  ClimateQuestion,
  ClimateWarning,
} from '../../domain/context/climate-decision.js';
import { invalid } from '../../domain/errors.js';
import {
  climateFactsOf,
  listClimateDecisions,
  saveClimateDecision,
} from '../../storage/climate-decision.repository.js';
import type { Executor } from '../../storage/database.js';
import { recordChange } from '../audit-trail.js';
import { authorize } from '../authorization.js';
import type { OrgAccess } from '../authorization.js';
import { actorUserId, inTransaction, now, reader } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';

export interface ClimateDecisionView extends ClimateDecision {
  readonly clause: string;
  readonly questionText: string;
  readonly answerLabel: string;
  readonly warnings: readonly { code: ClimateWarning; message: string }[];
}

export interface ClimateOverview {
  readonly decisions: readonly ClimateDecisionView[];
  readonly availableActions: 'decide'[];
}

const overviewOf = async (
  db: Executor,
  actor: Actor,
  access: OrgAccess,
): Promise<ClimateOverview> => {
  const organizationId = access.organization.id;
  const stored = await listClimateDecisions(db, organizationId);
  const facts = await climateFactsOf(db, organizationId);
  const canDecide = access.permissions.includes('aims.write');
  return {
    decisions: CLIMATE_QUESTIONS.map((question) => {
      const decision = stored.get(question) ?? notYetConsidered(question);
      const terms = CLIMATE_QUESTION_TERMS[question];
      return {
        question,
        answer: decision.answer,
        reason: decision.reason,
        decidedByUserId: decision.decidedByUserId,
        decidedAt: decision.decidedAt,
        clause: terms.clause,
        questionText: terms.question,
        answerLabel: terms.answers[decision.answer],
        warnings: climateWarnings(decision, facts).map((code) => ({
          code,
          message: CLIMATE_WARNING_TEXTS[code],
        })),
      };
    }),
    availableActions: canDecide ? ['decide'] : [],
  };
};

export const createClimateDecisionService = (deps: ServiceDeps) => ({
  /** Both decisions as they stand, with the warnings the registers raise. */
  async overview(actor: Actor, organizationId: string): Promise<ClimateOverview> {
    const db = reader(deps);
    const access = await authorize(db, actor, organizationId, 'aims.read');
    return overviewOf(db, actor, access);
  },

  /** Records the answer to one question with its reason; the audit trail keeps the one before. */
  decide(
    actor: Actor,
    organizationId: string,
    question: ClimateQuestion,
    input: ClimateDecisionInput,
  ): Promise<ClimateOverview> {
    return inTransaction(deps, async (trx) => {
      const access = await authorize(trx, actor, organizationId, 'aims.write');
      const { details, issues } = validateClimateDecision(input);
      if (issues.length > 0)
        throw invalid('CLIMATE_DECISION_INVALID', 'The climate decision is not acceptable', issues);
      const previous = (await listClimateDecisions(trx, organizationId)).get(question);
      const decision = {
        id: previous?.id ?? deps.newId(),
        question,
        answer: details.answer,
        reason: details.reason,
        decidedByUserId: actorUserId(actor),
        decidedAt: now(deps),
      };
      await saveClimateDecision(trx, organizationId, decision);
      await recordChange(trx, deps, actor, {
        organizationId,
        action: 'climate_decision.decided',
        entityType: 'climate_decision',
        entityId: decision.id,
        before: previous ?? notYetConsidered(question),
        after: decision,
      });
      return overviewOf(trx, actor, access);
    });
  },
});

export type ClimateDecisionService = ReturnType<typeof createClimateDecisionService>;
