/**
 * The risk and impact facts the readiness rules read: criteria and plan in
 * force, risks above the threshold left untreated, lapsed acceptances, risks
 * awaiting re-assessment, and which in-scope AI systems lack a current
 * impact assessment — the same on both databases.
 */
import { describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../src/domain/validation.js';
import { impactFacts, riskFacts } from '../../src/storage/facts.repository.js';
import {
  createAiSystem,
  createAuditee,
  createUser,
  testContextForSuite,
} from '../harness/services.js';

const COMPLETE = {
  scope: 'The triage model in the UK claims team',
  trigger: 'initial',
  systemDescription: 'Ranks claims',
  purpose: 'Faster help for urgent claims',
  intendedUses: 'Ordering the work queue',
  foreseeableMisuse: 'Declining claims on the score alone',
  dataAndDataQuality: 'Five years of claims',
  algorithmAndModel: 'Gradient boosting',
  deploymentEnvironment: 'UK, internal',
  interestedParties: [{ name: 'Claimants', isVulnerableGroup: true }],
  impacts: [
    {
      id: 'I1',
      description: 'Some postcodes wait longer',
      affects: ['groups'],
      nature: 'harm',
      category: 'fairness_and_bias',
      likelihood: 3,
      severity: 3,
      reversibility: 'reversible',
      scale: 'large_group',
    },
  ],
  measures: [
    { id: 'M1', impactId: 'I1', description: 'Quarterly fairness test', dueDate: '2027-03-31' },
  ],
  thresholds: 'Any automated decline is restricted',
  nextReviewDate: '2027-06-30',
  retention: 'Ten years',
};

describe('risk and impact facts', () => {
  const ctx = testContextForSuite();

  it('counts how the register stands against the criteria in force', async () => {
    const { services } = ctx;
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    const orgId = organization.id;
    const today = () => calendarDateOf(ctx.clock.now());
    const db = ctx.db.database.db;
    expect(await riskFacts(db, orgId, today())).toMatchObject({
      approvedCriteria: null,
      openRisks: 0,
      risksAboveThresholdUntreated: 0,
    });

    const approveCriteria = async (content = {}) => {
      const draft = await services.riskCriteria.createDraft(manager.actor, orgId, content);
      await services.riskCriteria.submit(manager.actor, orgId, draft.id);
      return services.riskCriteria.approve(approver.actor, orgId, draft.id);
    };
    await approveCriteria();
    await services.risks.create(manager.actor, orgId, { statement: 'Unscored' });
    await services.risks.create(manager.actor, orgId, {
      statement: 'Critical, untreated',
      likelihood: 5,
      consequence: 5,
    });
    const treating = await services.risks.create(manager.actor, orgId, {
      statement: 'High, in treatment',
      likelihood: 4,
      consequence: 4,
      treatmentOption: 'modify',
    });
    await services.risks.addTreatmentAction(manager.actor, orgId, treating.id, {
      title: 'Retrain',
    });
    const accepted = await services.risks.create(manager.actor, orgId, {
      statement: 'High, accepted until January',
      likelihood: 4,
      consequence: 4,
      treatmentOption: 'retain',
    });
    await services.risks.accept(approver.actor, orgId, accepted.id, {
      rationale: 'Manual review in place',
      expiresOn: '2027-01-15',
    });
    await services.risks.create(manager.actor, orgId, {
      kind: 'opportunity',
      statement: 'Faster payouts',
      likelihood: 5,
      consequence: 5,
    });

    expect(await riskFacts(db, orgId, today())).toMatchObject({
      approvedCriteria: { version: 1 },
      approvedTreatmentPlan: null,
      openRisks: 4,
      risksAboveThresholdUntreated: 1,
      acceptancesLapsed: 0,
      risksAwaitingReassessment: 0,
      risksUnscored: 1,
    });
    expect(await riskFacts(db, orgId, '2027-01-15')).toMatchObject({
      risksAboveThresholdUntreated: 2,
      acceptancesLapsed: 1,
    });
    await approveCriteria({ acceptanceThreshold: 'high' });
    expect(await riskFacts(db, orgId, today())).toMatchObject({
      approvedCriteria: { version: 2 },
      risksAwaitingReassessment: 3,
      risksAboveThresholdUntreated: 0,
    });
  });

  it('names the in-scope AI systems without a current impact assessment', async () => {
    const { services } = ctx;
    const { organization, manager } = await createAuditee(services);
    const approver = await createUser(services, organization, ['approver']);
    const orgId = organization.id;
    const assessed = await createAiSystem(services, manager, orgId, { name: 'Claims triage' });
    await createAiSystem(services, manager, orgId, { name: 'Fraud detector' });
    await createAiSystem(services, manager, orgId, {
      name: 'Copy writer',
      isInScope: false,
      outOfScopeReason: 'Marketing',
    });
    const content = {
      ...COMPLETE,
      measures: COMPLETE.measures.map((measure) => ({ ...measure, ownerUserId: manager.id })),
    };
    const draft = await services.impactAssessments.createDraft(
      manager.actor,
      orgId,
      assessed.id,
      content,
    );
    await services.impactAssessments.submit(manager.actor, orgId, draft.id);
    await services.impactAssessments.approve(approver.actor, orgId, draft.id);
    const db = ctx.db.database.db;
    expect(await impactFacts(db, orgId, '2027-06-30')).toEqual({
      inScopeSystems: 2,
      systemsWithCurrentAssessment: 1,
      systemsLackingCurrentAssessment: [{ id: expect.any(String), name: 'Fraud detector' }],
    });
    expect((await impactFacts(db, orgId, '2027-07-01')).systemsWithCurrentAssessment).toBe(0);
  });
});
