import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/services/index.js';
import { testContextForSuite } from '../harness/services.js';

describe('demo seed', () => {
  const ctx = testContextForSuite();
  let manager: Actor;
  let orgId: string;

  beforeAll(async () => {
    const credentials = await ctx.services.demo.seed();
    expect(credentials.map((c) => c.email)).toEqual([
      'manager@northwind.example',
      'approver@northwind.example',
      'director@northwind.example',
      'lead.auditor@meridian.example',
    ]);
    const signedIn = await ctx.services.auth.signIn({
      email: 'manager@northwind.example',
      password: credentials[0]?.password ?? '',
      ip: null,
      userAgent: null,
    });
    if (signedIn.kind !== 'signed_in') throw new Error('the demo manager has no second factor');
    manager = signedIn.signedIn.actor;
    const me = await ctx.services.organizations.me(manager);
    orgId = me.memberships[0]?.organization.id ?? '';
  });

  it('gives the auditee a living pre-work set', async () => {
    const { services } = ctx;
    expect((await services.aiSystems.list(manager, orgId, {})).total).toBe(7);
    const scope = await services.scope.overview(manager, orgId);
    expect(scope.approved).toMatchObject({ status: 'approved', totalPeopleInScope: 121 });
    expect(scope.approved?.aiSystemIds).toHaveLength(4);
    expect(scope.approved?.submittedAt).not.toBeNull();
    expect(scope.approved?.approvedByUserId).not.toBeNull();
    expect(scope.approved?.editorUserIds).not.toContain(scope.approved?.approvedByUserId);
    const obligations = (await services.obligations.list(manager, orgId, {})).items;
    expect(obligations).toHaveLength(4);
    expect(obligations.filter((o) => o.ownerUserId !== null)).toHaveLength(3);
    const systems = (await services.aiSystems.list(manager, orgId, {})).items;
    expect(systems.filter((s) => s.ownerUserId === null)).toEqual([]);
    const objectives = (await services.objectives.list(manager, orgId, {})).items;
    expect(objectives.map((o) => [o.kind, o.measurements.length, o.planningGaps])).toEqual([
      ['qualitative', 1, []],
      ['quantitative', 3, []],
      ['quantitative', 3, []],
    ]);
    expect(scope.approved?.contextIssueIds).toHaveLength(3);
    expect(scope.approved?.partyRequirements).toHaveLength(4);
    const climate = await services.climateDecisions.overview(manager, orgId);
    expect(
      climate.decisions.map((decision) => [decision.answer, decision.warnings.length]),
    ).toEqual([
      ['relevant', 0],
      ['relevant', 0],
    ]);
  });

  it('fulfils the scope and AI policy items of the required-documents register', async () => {
    const { items: register } = await ctx.services.requiredDocuments.register(manager, orgId);
    const statusOf = (id: string) =>
      register.find((item) => item.requiredDocument.id === id)?.status;
    expect(statusOf('RD-01')).toBe('fulfilled');
    expect(statusOf('RD-03')).toBe('fulfilled');
    expect(statusOf('RD-10')).toBe('fulfilled');
    expect(statusOf('RD-02')).toBe('missing');
    expect(statusOf('RD-04')).toBe('fulfilled');
    expect(statusOf('RD-09')).toBe('in_progress');
  });

  it('numbers the documents and fills in their document control', async () => {
    const { items } = await ctx.services.documents.list(manager, orgId, {
      sort: 'referenceNumber',
    });
    expect(items.map((document) => document.referenceNumber)).toEqual([
      'AIMS-MET-001',
      'AIMS-PLN-001',
      'AIMS-POL-001',
      'AIMS-PRC-001',
      'AIMS-PRC-002',
      'AIMS-REC-001',
    ]);
    expect(items.every((document) => document.retentionMonths !== null)).toBe(true);
    const byReference = new Map(items.map((document) => [document.referenceNumber, document]));
    expect(byReference.get('AIMS-PLN-001')).toMatchObject({
      readAccess: 'named_roles',
      readRoles: ['aims_manager', 'approver'],
    });
    expect(byReference.get('AIMS-PRC-001')).toMatchObject({
      status: 'retired',
      disposition: 'destroy',
    });
    expect(byReference.get('AIMS-PRC-001')?.dispositionDueDate).not.toBeNull();
  });

  it('gives the auditee approved risk criteria, a register in every state, a plan and an assessment per system in scope', async () => {
    const { services } = ctx;
    const criteria = await services.riskCriteria.overview(manager, orgId);
    expect(criteria.approved?.version).toBe(1);
    const { items: risks } = await services.risks.list(manager, orgId, { pageSize: 100 });
    expect(risks).toHaveLength(12);
    const statuses = risks.map((risk) => risk.effectiveStatus).sort();
    for (const status of [
      'accepted',
      'review_due',
      'treated',
      'in_treatment',
      'closed',
      'identified',
      'assessed',
    ])
      expect(statuses).toContain(status);
    expect(risks.filter((risk) => risk.kind === 'opportunity')).toHaveLength(1);
    const treated = risks.find((risk) => risk.effectiveStatus === 'treated');
    const full = await services.risks.get(manager, orgId, treated?.id ?? '');
    expect(
      full.treatmentActions?.flatMap((action) => action.annexAControlIds).length,
    ).toBeGreaterThan(0);
    const accepted = risks.find((risk) => risk.status === 'accepted');
    const acceptance = (await services.risks.get(manager, orgId, accepted?.id ?? ''))
      .acceptances?.[0];
    expect(acceptance?.acceptedByUserId).not.toBe(accepted?.ownerUserId);
    expect((await services.treatmentPlans.overview(manager, orgId)).approved?.version).toBe(1);
    const assessments = await services.impactAssessments.overview(manager, orgId);
    const inScope = assessments.systems.filter((system) => system.isInScope);
    expect(inScope).toHaveLength(4);
    for (const system of inScope) {
      const version = await services.impactAssessments.get(
        manager,
        orgId,
        system.approved?.id ?? '',
      );
      expect(version.status).toBe('approved');
      expect(version.approvedByUserId).not.toBe(version.authorUserId);
    }
    const trend = await services.riskTrend.trend(manager, orgId);
    expect(trend.months.every((month) => month.figures !== null)).toBe(true);
    const open = risks.filter((risk) => risk.kind === 'risk' && risk.status !== 'closed');
    expect(trend.months.at(-1)?.figures?.open).toBe(open.length);
  });

  it('gives evidence to every Annex A control but the not-applicable A.7.3, two expiring and one expired', async () => {
    const byControl = await ctx.services.evidence.byControl(manager, orgId);
    const without = Object.entries(byControl.annexA)
      .filter(([, items]) => items.length === 0)
      .map(([id]) => id);
    expect(without).toEqual(['A.7.3']);
    expect(byControl.annexA['A.10.4']?.length).toBe(2);
    const { items } = await ctx.services.evidence.list(manager, orgId, { pageSize: 200 });
    const count = (freshness: string) =>
      items.filter((item) => item.freshness === freshness).length;
    expect(count('expired')).toBe(1);
    expect(count('expiring')).toBe(2);
    const files = items.filter((item) => item.current.file !== null);
    expect(files.map((item) => item.current.file?.fileType)).toEqual(
      expect.arrayContaining(['pdf', 'csv', 'text']),
    );
    const verification = await ctx.services.files.verify();
    expect(verification.problems).toEqual([]);
    expect(verification.checked).toBeGreaterThanOrEqual(files.length);
  });

  it('gives the auditee a decided SoA, two approved versions and the later one published', async () => {
    const { services } = ctx;
    const soa = await services.soa.overview(manager, orgId);
    expect(soa.summary).toMatchObject({
      controls: 39,
      undecided: 0,
      missingJustification: 0,
      notApplicable: 1,
      reviewsDue: 1,
    });
    const notApplicable = soa.entries.filter((entry) => entry.applicability === 'not_applicable');
    expect(notApplicable.map((entry) => entry.controlId)).toEqual(['A.7.3']);
    expect(soa.entries.find((entry) => entry.controlId === 'A.10.4')).toMatchObject({
      applicability: 'applicable',
      implementationStatus: 'partially_implemented',
    });
    expect(soa.entries.find((entry) => entry.isReviewDue)?.controlId).toBe('A.7.3');
    // The organization's own control sits beside Annex A, justified and with its evidence.
    const gate = soa.entries.find((entry) => entry.source === 'organization');
    expect(gate).toMatchObject({
      controlId: 'ORG-1',
      objectiveId: 'A.6.2',
      applicability: 'applicable',
      linkCounts: expect.objectContaining({ evidence: 1 }) as object,
    });
    expect(gate?.justification).toContain('model risk committee');
    const gatePage = await services.soa.entry(manager, orgId, 'ORG-1');
    expect(gatePage.links.evidence.map((item) => item.title)).toEqual([
      'Release checklist signed for claims triage v4',
    ]);
    expect(gatePage.organizationControlId).not.toBeNull();
    const policyPage = await services.soa.entry(manager, orgId, 'A.2.2');
    // A control's own page reads its evidence alone; the table's count agrees.
    expect(policyPage.links.evidence.length).toBeGreaterThan(0);
    expect(policyPage.links.evidence.length).toBe(
      soa.entries.find((entry) => entry.controlId === 'A.2.2')?.linkCounts.evidence,
    );
    const statuses = new Set(soa.entries.map((entry) => entry.implementationStatus));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
    for (const row of soa.entries.filter((e) => e.linkCounts.treatmentActions > 0)) {
      const entry = await services.soa.entry(manager, orgId, row.controlId);
      const done = entry.links.treatmentActions.every((action) => action.status === 'done');
      if (done) expect(entry.implementationStatus).toBe('implemented');
      else expect(entry.implementationStatus).not.toBe('implemented');
    }
    const { versions } = await services.soa.versions(manager, orgId);
    expect(versions.map((v) => [v.version, v.status, v.publishedAt !== null])).toEqual([
      [2, 'approved', true],
      [1, 'superseded', false],
    ]);
    for (const version of versions) {
      expect(version.approvedByUserId).not.toBeNull();
      expect(version.editorUserIds).not.toContain(version.approvedByUserId);
    }
    const run = await services.jobs.runNow('soa-review-due');
    expect(run.outcome).toMatch(/^1 not-applicable decision\(s\) due for review; 1 owner/);
  });

  it('leaves an unbroken audit trail', async () => {
    expect((await ctx.services.auditLog.verify()).firstBreak).toBeNull();
  });
});
