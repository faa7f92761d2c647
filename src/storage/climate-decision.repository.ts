/** The organization's climate decisions (clauses 4.1, 4.2), one row per question once decided. */
import type {
  ClimateAnswer,
  ClimateDecision,
  ClimateQuestion,
} from '../domain/context/climate-decision.js';
import type { Executor } from './database.js';
import type { ClimateDecisionTable } from './schema.js';

export interface StoredClimateDecision extends ClimateDecision {
  readonly id: string;
  readonly decidedAt: string;
}

const toDecision = (row: ClimateDecisionTable): StoredClimateDecision => ({
  id: row.id,
  question: row.question as ClimateQuestion,
  answer: row.answer as ClimateAnswer,
  reason: row.reason,
  decidedByUserId: row.decided_by_user_id,
  decidedAt: row.decided_at,
});

/** The decisions the organization has taken, by question. */
export const listClimateDecisions = async (
  db: Executor,
  organizationId: string,
): Promise<Map<ClimateQuestion, StoredClimateDecision>> => {
  const rows = await db
    .selectFrom('climate_decision')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .execute();
  return new Map(rows.map((row) => [row.question as ClimateQuestion, toDecision(row)]));
};

/** Records the decision on a question, replacing the one taken before. */
export const saveClimateDecision = async (
  db: Executor,
  organizationId: string,
  decision: StoredClimateDecision,
): Promise<void> => {
  const row: ClimateDecisionTable = {
    id: decision.id,
    organization_id: organizationId,
    question: decision.question,
    answer: decision.answer,
    reason: decision.reason,
    decided_by_user_id: decision.decidedByUserId,
    decided_at: decision.decidedAt,
  };
  await db
    .insertInto('climate_decision')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['organization_id', 'question']).doUpdateSet({
        answer: row.answer,
        reason: row.reason,
        decided_by_user_id: row.decided_by_user_id,
        decided_at: row.decided_at,
      }),
    )
    .execute();
};

/**
 * What the registers say about climate: context issues marked
 * climate-relevant, and party requirements marked climate-related.
 */
export const climateFactsOf = async (db: Executor, organizationId: string) => {
  const issues = await db
    .selectFrom('context_issue')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('is_climate_relevant', '=', 1)
    .executeTakeFirst();
  const parties = await db
    .selectFrom('interested_party')
    .select('requirements')
    .where('organization_id', '=', organizationId)
    // Keys are written in a fixed order without spaces (context.repository.ts).
    .where('requirements', 'like', '%"isClimateRelated":true%')
    .execute();
  const climateRequirementCount = parties.reduce(
    (total, party) =>
      total +
      (JSON.parse(party.requirements) as { isClimateRelated?: boolean }[]).filter(
        (entry) => entry.isClimateRelated === true,
      ).length,
    0,
  );
  return { climateIssueCount: Number(issues?.count ?? 0), climateRequirementCount };
};
