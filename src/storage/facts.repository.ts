/**
 * Cross-register facts for the rules that judge the AIMS as a whole
 * (required documents now, readiness later), each in a fixed number of
 * queries, returned as domain fact sets.
 */
import { CONTROL_IDS } from '../domain/catalog/index.js';
import type {
  ApprovedVersionFact,
  EvidenceFacts,
  ImpactFacts,
  ObjectiveFacts,
  RiskFacts,
  ScopeFacts,
  SoaFacts,
} from '../domain/facts/facts.js';
import { levelOf } from '../domain/risk/scoring.js';
import { naturalSortKey } from '../domain/text/natural-sort.js';
import type { Expression, SqlBool } from 'kysely';
import type { Executor } from './database.js';
import { freshnessCountColumns, freshnessCountsOf } from './evidence.repository.js';
import { criteriaInForce } from './risk-criteria.repository.js';

/** The organization's approved AIMS scope version and the open one (draft or in review), if any. */
export const scopeFacts = async (db: Executor, organizationId: string): Promise<ScopeFacts> => {
  const rows = await db
    .selectFrom('scope_version')
    .select(['id', 'version', 'status', 'approved_at'])
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['approved', 'draft', 'in_review'])
    .orderBy('version', 'desc')
    .execute();
  const approved = rows.find((row) => row.status === 'approved' && row.approved_at !== null);
  const open = rows.find((row) => row.status === 'draft' || row.status === 'in_review');
  return {
    approvedScope: approved
      ? {
          id: approved.id,
          version: Number(approved.version),
          approvedAt: approved.approved_at ?? '',
        }
      : null,
    scopeDraft: open ? { id: open.id, version: Number(open.version) } : null,
  };
};

/** How many AI objectives the organization has set. */
export const objectiveFacts = async (
  db: Executor,
  organizationId: string,
): Promise<ObjectiveFacts> => {
  const row = await db
    .selectFrom('objective')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return { objectiveCount: Number(row.total) };
};

const approvedPlan = async (
  db: Executor,
  organizationId: string,
): Promise<ApprovedVersionFact | null> => {
  const row = await db
    .selectFrom('risk_treatment_plan_version')
    .select(['id', 'version', 'approved_at'])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return row && row.approved_at !== null
    ? { id: row.id, version: Number(row.version), approvedAt: row.approved_at }
    : null;
};

/** The risk criteria and treatment plan in force and how the open risks stand against them (three queries). */
export const riskFacts = async (
  db: Executor,
  organizationId: string,
  today: string,
): Promise<RiskFacts> => {
  const inForce = await criteriaInForce(db, organizationId);
  const thresholdRank = inForce
    ? levelOf(inForce.criteria, inForce.criteria.acceptanceThreshold).rank
    : // No criteria: no rank is above it (levels number at most seven).
      1000;
  const row = await db
    .selectFrom('risk')
    .select((eb) => {
      const when = (condition: readonly Expression<SqlBool>[]) =>
        eb.fn.sum<number>(
          eb
            .case()
            .when(eb.and([...condition]))
            .then(1)
            .else(0)
            .end(),
        );
      const current = eb.fn.coalesce('residual_rank', 'inherent_rank');
      return [
        eb.fn.countAll<number>().as('open'),
        when([
          eb(current, '>', thresholdRank),
          eb('criteria_version_id', '=', inForce?.id ?? ''),
          eb.or([
            eb('status', 'in', ['identified', 'assessed', 'review_due']),
            eb.and([eb('status', '=', 'accepted'), eb('accepted_until', '<=', today)]),
          ]),
        ]).as('untreated'),
        when([
          eb.or([
            eb('status', '=', 'review_due'),
            eb.and([eb('status', '=', 'accepted'), eb('accepted_until', '<=', today)]),
          ]),
        ]).as('lapsed'),
        when([
          eb('likelihood', 'is not', null),
          eb('criteria_version_id', '!=', inForce?.id ?? ''),
        ]).as('reassess'),
        when([eb('likelihood', 'is', null)]).as('unscored'),
      ];
    })
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'risk')
    .where('status', '!=', 'closed')
    .executeTakeFirstOrThrow();
  return {
    approvedCriteria: inForce
      ? { id: inForce.id, version: inForce.version, approvedAt: inForce.approvedAt }
      : null,
    approvedTreatmentPlan: await approvedPlan(db, organizationId),
    openRisks: Number(row.open),
    risksAboveThresholdUntreated: Number(row.untreated ?? 0),
    acceptancesLapsed: Number(row.lapsed ?? 0),
    risksAwaitingReassessment: Number(row.reassess ?? 0),
    risksUnscored: Number(row.unscored ?? 0),
  };
};

/** For every in-scope AI system, whether its approved impact assessment is current (one query). */
export const impactFacts = async (
  db: Executor,
  organizationId: string,
  today: string,
): Promise<ImpactFacts> => {
  const rows = await db
    .selectFrom('ai_system')
    .leftJoin('impact_assessment_version as assessment', (join) =>
      join
        .onRef('assessment.ai_system_id', '=', 'ai_system.id')
        .on('assessment.status', '=', 'approved'),
    )
    .select([
      'ai_system.id',
      'ai_system.name',
      'assessment.next_review_date',
      'assessment.id as assessment_id',
    ])
    .where('ai_system.organization_id', '=', organizationId)
    .where('ai_system.is_in_scope', '=', 1)
    .orderBy('ai_system.name')
    .execute();
  const isCurrent = (row: (typeof rows)[number]) =>
    row.assessment_id !== null && (row.next_review_date === null || row.next_review_date >= today);
  return {
    inScopeSystems: rows.length,
    systemsWithCurrentAssessment: rows.filter(isCurrent).length,
    systemsLackingCurrentAssessment: rows
      .filter((row) => !isCurrent(row))
      .map((row) => ({ id: row.id, name: row.name })),
  };
};

/**
 * The organization's evidence by freshness on `today`, and which Annex A
 * controls have evidence still current or only expired (two queries).
 */
export const evidenceFacts = async (
  db: Executor,
  organizationId: string,
  today: string,
  expiringDays: number,
): Promise<EvidenceFacts> => {
  const counts = await db
    .selectFrom('evidence')
    .select((eb) => [
      eb.fn.countAll<number>().as('items'),
      ...freshnessCountColumns('valid_until', today, expiringDays),
    ])
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  // Each link carries its item's valid-until date, so no item is read.
  const controls = await db
    .selectFrom('evidence_link')
    .select((eb) => [
      'target_id',
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('current'),
    ])
    .where('organization_id', '=', organizationId)
    .where('target_type', '=', 'annex_a_control')
    .groupBy('target_id')
    .execute();
  const current = new Map(controls.map((row) => [row.target_id, Number(row.current ?? 0)]));
  const byFreshness = freshnessCountsOf(counts);
  return {
    evidenceItems: Number(counts.items),
    fresh: byFreshness.fresh,
    expiring: byFreshness.expiring,
    expired: byFreshness.expired,
    noExpiry: byFreshness.no_expiry,
    controlsWithCurrentEvidence: [...current.values()].filter((n) => n > 0).length,
    controlsWithOnlyExpiredEvidence: CONTROL_IDS.filter((id) => current.get(id) === 0),
  };
};

/**
 * The Statement of Applicability in force and published, the live entries
 * still undecided or unjustified, whether the version in force is older than
 * the risk register, the not-applicable decisions due for review, and the
 * applicable controls no current evidence supports (six queries).
 */
export const soaFacts = async (
  db: Executor,
  organizationId: string,
  today: string,
): Promise<SoaFacts> => {
  const versions = await db
    .selectFrom('soa_version')
    .select(['id', 'version', 'status', 'summary', 'approved_at', 'published_at'])
    .where('organization_id', '=', organizationId)
    .where((eb) => eb.or([eb('status', '=', 'approved'), eb('published_at', 'is not', null)]))
    .execute();
  const fact = (row: (typeof versions)[number] | undefined) =>
    row && row.approved_at !== null
      ? { id: row.id, version: Number(row.version), approvedAt: row.approved_at }
      : null;
  const approved = versions.find((row) => row.status === 'approved');
  const published = versions.find((row) => row.published_at !== null);
  const publishedFact = fact(published);
  const references = await db
    .selectFrom('organization_control')
    .select(['id', 'reference'])
    .where('organization_id', '=', organizationId)
    .execute();
  const controls = new Set<string>([...CONTROL_IDS, ...references.map((row) => row.reference)]);
  const entries = (
    await db
      .selectFrom('soa_entry')
      .select(['control_id', 'applicability', 'justification', 'review_date'])
      .where('organization_id', '=', organizationId)
      .execute()
  ).filter((row) => controls.has(row.control_id));
  const decided = entries.filter((row) => row.applicability !== 'undecided').length;
  const justified = entries.filter((row) => row.justification.trim() !== '').length;
  let staleSince: string | null = null;
  if (approved) {
    const { takenAt } = JSON.parse(approved.summary) as { takenAt: string };
    for (const table of ['risk', 'risk_treatment_action'] as const) {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.min<string | null>('updated_at').as('first'))
        .where('organization_id', '=', organizationId)
        .where('updated_at', '>', takenAt)
        .executeTakeFirst();
      const first = row?.first ?? null;
      if (first !== null && (staleSince === null || first < staleSince)) staleSince = first;
    }
  }
  const referenceOf = new Map(references.map((row) => [row.id, row.reference]));
  const soaOrder = [
    ...CONTROL_IDS,
    ...references
      .map((row) => row.reference)
      .sort((a, b) => naturalSortKey(a).localeCompare(naturalSortKey(b))),
  ];
  const applicable = new Set(
    entries.filter((row) => row.applicability === 'applicable').map((row) => row.control_id),
  );
  const evidenced = new Set(
    (
      await db
        .selectFrom('evidence_link')
        .select(['target_type', 'target_id'])
        .distinct()
        .where('organization_id', '=', organizationId)
        .where('target_type', 'in', ['annex_a_control', 'organization_control'])
        .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
        .execute()
    ).map((row) =>
      row.target_type === 'annex_a_control' ? row.target_id : referenceOf.get(row.target_id),
    ),
  );
  return {
    approvedSoa: fact(approved),
    publishedSoa:
      publishedFact && published?.published_at
        ? { ...publishedFact, publishedAt: published.published_at }
        : null,
    undecidedEntries: controls.size - decided,
    entriesMissingJustification: controls.size - justified,
    staleSince,
    notApplicableReviewsDue: entries
      .filter(
        (row) =>
          row.applicability === 'not_applicable' &&
          row.review_date !== null &&
          row.review_date <= today,
      )
      .map((row) => row.control_id)
      .sort(),
    applicableWithoutCurrentEvidence: soaOrder.filter(
      (id) => applicable.has(id) && !evidenced.has(id),
    ),
  };
};
