/**
 * Seeds the demo's risk and impact work the way the people would have done
 * it: the manager writes the risk criteria, the register and the impact
 * assessments; the approver (and top management for what only it may accept)
 * approve and accept. The one acceptance that has lapsed is written as it
 * was recorded a year ago, then the expiry sweep reopens its risk.
 */
import { defaultRiskCriteria } from '../../domain/risk/default-criteria.js';
import { addMonths, monthOf, trendMonthOf } from '../../domain/risk/risk-trend.js';
import { calendarDateOf } from '../../domain/validation.js';
import { saveTrendMonth } from '../../storage/risk-trend.repository.js';
import { insertAcceptance } from '../../storage/risk-treatment.repository.js';
import { findRisk, updateRisk } from '../../storage/risk.repository.js';
import type { Actor } from '../context.js';
import { reader } from '../context.js';
import type { CoreServices } from '../index.js';
import { DEMO_IMPACTS, DEMO_RISKS, DEMO_TREND } from './demo-risk-content.js';
import type { DemoPerson, DemoRisk } from './demo-risk-content.js';

export type DemoPeople = Readonly<Record<DemoPerson, Actor>>;

const userIdOf = (actor: Actor): string => (actor.kind === 'user' ? actor.userId : '');
const DAY = 86_400_000;

/** Writes an acceptance given a year ago that ran out yesterday, then lets the sweep reopen the risk. */
const seedLapsedAcceptance = async (
  services: CoreServices,
  orgId: string,
  riskId: string,
  by: Actor,
  rationale: string,
) => {
  const db = reader(services.deps);
  const now = services.deps.clock.now();
  const risk = await findRisk(db, orgId, riskId);
  if (!risk?.criteriaVersionId || !risk.inherentLevel) return;
  const expiresOn = calendarDateOf(new Date(now.getTime() - DAY));
  await insertAcceptance(db, {
    id: services.deps.newId(),
    organizationId: orgId,
    riskId,
    criteriaVersionId: risk.criteriaVersionId,
    levelKey: risk.residualLevel ?? risk.inherentLevel,
    rationale,
    acceptedByUserId: userIdOf(by),
    requestedByUserId: null,
    acceptedAt: new Date(now.getTime() - 366 * DAY).toISOString(),
    expiresOn,
    revokedAt: null,
  });
  await updateRisk(db, { ...risk, status: 'accepted', acceptedUntil: expiresOn });
  await services.risks.reopenLapsedAcceptances({ kind: 'system', label: 'risk-acceptance-expiry' });
};

const seedRisk = async (
  services: CoreServices,
  orgId: string,
  people: DemoPeople,
  systems: ReadonlyMap<string, string>,
  entry: DemoRisk,
) => {
  const manager = people.manager;
  const risk = await services.risks.create(manager, orgId, {
    kind: entry.kind ?? 'risk',
    statement: entry.statement,
    aiSystemIds: entry.systems.map((name) => systems.get(name) ?? ''),
    source: entry.source ?? '',
    annexCRiskSourceId: entry.annexCRiskSourceId ?? null,
    annexCObjectiveIds: entry.annexCObjectiveIds ?? [],
    consequencesForOrganization: entry.consequencesForOrganization ?? '',
    consequencesForIndividuals: entry.consequencesForIndividuals ?? '',
    existingControls: entry.existingControls ?? '',
    ownerUserId: userIdOf(people[entry.owner]),
    likelihood: entry.scores?.[0] ?? null,
    consequence: entry.scores?.[1] ?? null,
    treatmentOption: entry.treatmentOption ?? null,
    reviewDate: entry.reviewDate ?? null,
  });
  for (const action of entry.actions ?? []) {
    await services.risks.addTreatmentAction(manager, orgId, risk.id, {
      title: action.title,
      annexAControlIds: action.annexA,
      status: action.status,
      dueDate: action.dueDate,
      ownerUserId: userIdOf(people[entry.owner]),
    });
  }
  if (entry.residual)
    await services.risks.update(manager, orgId, risk.id, {
      residualLikelihood: entry.residual[0],
      residualConsequence: entry.residual[1],
    });
  const acceptance = entry.acceptance;
  if (acceptance?.until === 'lapsed')
    await seedLapsedAcceptance(
      services,
      orgId,
      risk.id,
      people[acceptance.by],
      acceptance.rationale,
    );
  else if (acceptance) {
    await services.risks.requestAcceptance(manager, orgId, risk.id);
    await services.risks.accept(people[acceptance.by], orgId, risk.id, {
      rationale: acceptance.rationale,
      expiresOn: acceptance.until,
    });
  }
  if (entry.close) await services.risks.close(manager, orgId, risk.id);
};

/** The figures the daily job would have recorded on the last day of each past month, then this month's. */
const seedRiskTrend = async (services: CoreServices, orgId: string) => {
  const current = monthOf(services.deps.clock.now().toISOString());
  const levels = defaultRiskCriteria().levels;
  for (const [index, [low, medium, high, critical, unscored]] of DEMO_TREND.entries()) {
    const counts = [low, medium, high, critical];
    const month = addMonths(current, index - DEMO_TREND.length);
    const lastDay = new Date(Date.parse(`${addMonths(month, 1)}-01T06:00:00.000Z`) - DAY);
    const figures = trendMonthOf({
      month,
      takenAt: lastDay.toISOString(),
      levelsInForce: levels,
      levelsByCriteria: new Map(),
      counts: levels.map((level, at) => ({
        criteriaVersionId: 'demo',
        level: level.key,
        count: counts[at] ?? 0,
      })),
      unscored,
    });
    await saveTrendMonth(reader(services.deps), orgId, figures);
  }
  await services.riskTrend.recordMonth();
};

const impactContent = (name: string, owner: string, today: string) => {
  const text = DEMO_IMPACTS[name];
  if (!text) return undefined;
  const [category, description, likelihood, severity] = text.harm;
  const year = Number(today.slice(0, 4));
  return {
    scope: text.scope,
    trigger: 'initial' as const,
    systemDescription: text.systemDescription,
    purpose: text.purpose,
    intendedUses: text.intendedUses,
    foreseeableMisuse: text.foreseeableMisuse,
    dataAndDataQuality: text.dataAndDataQuality,
    algorithmAndModel: text.algorithmAndModel,
    deploymentEnvironment: text.deploymentEnvironment,
    interestedParties: text.parties.map(([partyName, how, isVulnerableGroup]) => ({
      name: partyName,
      description: how,
      isVulnerableGroup,
    })),
    impacts: [
      {
        id: 'I1',
        description,
        affects: ['individuals', 'groups'],
        nature: 'harm',
        category,
        likelihood,
        severity,
        reversibility: 'partly_reversible',
        scale: 'large_group',
      },
      {
        id: 'I2',
        description: text.benefit,
        affects: ['individuals'],
        nature: 'benefit',
        category: 'economic_and_employment',
        likelihood: 4,
        severity: 3,
        reversibility: 'reversible',
        scale: 'large_group',
      },
    ],
    measures: [
      {
        id: 'M1',
        impactId: 'I1',
        description: text.measure,
        ownerUserId: owner,
        dueDate: `${year + 1}-03-31`,
        status: 'in_progress',
        annexAControlIds: ['A.5.4', 'A.9.4'],
      },
    ],
    thresholds:
      'Any use that decides a claim without a person, or that reaches vulnerable customers in a new way, needs a new assessment first.',
    nextReviewDate: `${year + 1}-${today.slice(5, 10)}`,
    retention: 'Kept for ten years after the system is retired.',
  };
};

/** The risk criteria, register, treatment plan and impact assessments of the demo organization. */
export const seedRiskAndImpact = async (
  services: CoreServices,
  orgId: string,
  people: DemoPeople,
  systems: ReadonlyMap<string, string>,
  inScope: readonly string[],
) => {
  const { manager, approver } = people;
  const criteria = await services.riskCriteria.createDraft(manager, orgId);
  await services.riskCriteria.submit(manager, orgId, criteria.id);
  await services.riskCriteria.approve(approver, orgId, criteria.id);

  for (const entry of DEMO_RISKS) await seedRisk(services, orgId, people, systems, entry);
  await seedRiskTrend(services, orgId);

  const plan = await services.treatmentPlans.createDraft(manager, orgId);
  await services.treatmentPlans.submit(manager, orgId, plan.id);
  await services.treatmentPlans.approve(approver, orgId, plan.id);

  const today = calendarDateOf(services.deps.clock.now());
  for (const name of inScope) {
    const content = impactContent(name, userIdOf(manager), today);
    const systemId = systems.get(name);
    if (!content || !systemId) continue;
    const draft = await services.impactAssessments.createDraft(manager, orgId, systemId, content);
    await services.impactAssessments.submit(manager, orgId, draft.id);
    await services.impactAssessments.approve(approver, orgId, draft.id);
  }
};
