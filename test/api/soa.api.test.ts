/**
 * The Statement of Applicability over HTTP: all 38 Annex A controls always
 * listed (plus the organization's own), decisions with their rules, links
 * derived from treatment actions and impact measures, versions approved by
 * someone other than the preparer, compared side by side, one published,
 * the staleness against the risk register, and the exports.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../harness/api.js';
import type { ApiUser } from '../harness/api.js';
import { describeOrgRouteAccess } from '../harness/access.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { multipartForm } from '../harness/upload.js';
import { soaAccess } from './access/soa.cases.js';

interface Entry {
  controlId: string;
  source: string;
  objectiveId: string;
  applicability: string;
  justification: string;
  implementationStatus: string;
  ownerUserId: string | null;
  reviewDate: string | null;
  isReviewDue: boolean;
  links: {
    risks: { id: string; statement: string; status: string }[];
    treatmentActions: { id: string; title: string; status: string }[];
    measures: { measureId: string; aiSystemName: string; assessmentStatus: string }[];
    evidence: {
      evidenceId: string;
      title: string;
      sha256: string | null;
      freshness: string;
      version: number;
    }[];
  };
}
interface Row {
  controlId: string;
  source: string;
  objectiveId: string;
  linkCounts: {
    risks: number;
    treatmentActions: number;
    measures: number;
    evidence: number;
    evidenceByFreshness: Record<string, number>;
    latestEvidenceDate: string | null;
  };
}
interface Version {
  id: string;
  version: number;
  status: string;
  changeSummary: string;
  editorUserIds: string[];
  approvedByUserId: string | null;
  publishedAt: string | null;
  availableActions: string[];
  snapshot: { entries: Entry[] };
}
interface Overview {
  entries: Row[];
  summary: { controls: number; undecided: number; notApplicable: number; reviewsDue: number };
  approved: Version | null;
  published: Version | null;
  draft: Version | null;
  staleness: {
    isStale: boolean;
    staleSince: string | null;
    risksChanged: number;
    treatmentActionsChanged: number;
    recentTreatmentActions: { label: string }[];
  } | null;
}

describe('the Statement of Applicability', () => {
  const api = orgApiForSuite(
    { name: 'Applicability Co' },
    { manager: ['aims_manager'], approver: ['approver'], viewer: ['viewer'] },
  );
  const soa = () => `/api/v1/orgs/${api.orgId}/soa`;
  const entry = (id: string) => `${soa()}/entries/${id}`;
  const send = (user: ApiUser, method: string, url: string, payload?: object) =>
    call(api.ctx, user, { method, url, ...(payload ? { payload } : {}) });
  const ok = async <T = Entry>(user: ApiUser, method: string, url: string, payload?: object) => {
    const response = await send(user, method, url, payload);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<T>();
  };
  const state = { riskId: '', actionId: '' };

  it('lists all 38 Annex A controls undecided, then the organization controls', async () => {
    const first = await ok<Overview>(api.viewer, 'GET', soa());
    expect(first.entries).toHaveLength(38);
    expect(first.summary).toMatchObject({ controls: 38, undecided: 38 });
    expect(first.staleness).toBeNull();
    const own = await ok<{ id: string }>(
      api.manager,
      'POST',
      `/api/v1/orgs/${api.orgId}/organization-controls`,
      { title: 'Red-team every model release', annexAObjectiveId: 'A.6.2' },
    );
    const withOwn = await ok<Overview>(api.viewer, 'GET', soa());
    expect(withOwn.entries).toHaveLength(39);
    expect(withOwn.entries.filter((e) => e.source === 'annex_a')).toHaveLength(38);
    expect(withOwn.entries.find((e) => e.controlId === 'ORG-1')?.objectiveId).toBe('A.6.2');
    const one = await ok(api.viewer, 'GET', entry('A.2.2'));
    expect(one).toMatchObject({
      applicability: 'undecided',
      justification: '',
      canEdit: false,
      organizationControlId: null,
    });
    // An organization control's page knows its register id, which evidence links name.
    expect(await ok(api.viewer, 'GET', entry('ORG-1'))).toMatchObject({
      source: 'organization',
      organizationControlId: own.id,
    });
  });

  it('refuses a not-applicable decision without a justification', async () => {
    const refused = await send(api.manager, 'PATCH', entry('A.10.4'), {
      applicability: 'not_applicable',
    });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).code).toBe('SOA_JUSTIFICATION_REQUIRED');
    expect(errorOf(refused).details.issues?.map((issue) => issue.field)).toEqual(['justification']);
    const saved = await ok(api.manager, 'PATCH', entry('A.10.4'), {
      applicability: 'not_applicable',
      justification: 'We have no customers who receive our AI systems',
      reviewDate: '2099-01-01',
    });
    expect(saved).toMatchObject({ applicability: 'not_applicable', reviewDate: '2099-01-01' });
  });

  it('derives links from treatment actions and impact measures, and refuses not applicable for a treating control, naming the risk', async () => {
    const risk = await ok<{ id: string; treatmentActions: { id: string }[] }>(
      api.manager,
      'POST',
      `/api/v1/orgs/${api.orgId}/risks`,
      { statement: 'A supplier changes its model without telling us' },
    );
    state.riskId = risk.id;
    const treated = await ok<{ treatmentActions: { id: string }[] }>(
      api.manager,
      'POST',
      `/api/v1/orgs/${api.orgId}/risks/${risk.id}/treatment-actions`,
      { title: 'Contract clause on model changes', annexAControlIds: ['A.10.3'] },
    );
    state.actionId = treated.treatmentActions[0]?.id ?? '';
    const system = await api.ctx.services.aiSystems.create(api.manager.actor, api.orgId, {
      name: 'Claims triage',
      purpose: 'Order claims',
      lifecycleStage: 'operation',
      isInScope: true,
    });
    await api.ctx.services.impactAssessments.createDraft(api.manager.actor, api.orgId, system.id, {
      impacts: [
        { id: 'I1', description: 'Some claims wait longer', affects: ['groups'], nature: 'harm' },
      ],
      measures: [
        {
          id: 'M1',
          impactId: 'I1',
          description: 'Quarterly fairness test',
          annexAControlIds: ['A.10.3'],
        },
      ],
    });
    const linked = await ok(api.viewer, 'GET', entry('A.10.3'));
    expect(linked.links.risks.map((r) => r.id)).toEqual([risk.id]);
    expect(linked.links.treatmentActions.map((a) => a.title)).toEqual([
      'Contract clause on model changes',
    ]);
    expect(linked.links.measures).toEqual([
      expect.objectContaining({
        measureId: 'M1',
        aiSystemName: 'Claims triage',
        assessmentStatus: 'draft',
      }),
    ]);

    const refused = await send(api.manager, 'PATCH', entry('A.10.3'), {
      applicability: 'not_applicable',
      justification: 'Suppliers are out of scope',
    });
    expect(refused.statusCode).toBe(409);
    const error = errorOf(refused);
    expect(error.code).toBe('SOA_CONTROL_TREATS_RISK');
    expect(error.message).toContain('A supplier changes its model without telling us');
    expect(error.message).toContain(risk.id);
    expect(error.details).toMatchObject({
      field: 'applicability',
      risks: [{ id: risk.id, statement: 'A supplier changes its model without telling us' }],
    });
    expect((await ok(api.viewer, 'GET', entry('A.10.3'))).applicability).toBe('undecided');
  });

  it('answers bad input with 400 naming the field, and unknown controls with 404', async () => {
    const owner = await send(api.manager, 'PATCH', entry('A.2.2'), {
      ownerUserId: '01900000-0000-7000-8000-000000000000',
    });
    expect(errorOf(owner).details.issues?.map((issue) => issue.field)).toEqual(['ownerUserId']);
    const status = await send(api.manager, 'PATCH', entry('A.2.2'), {
      implementationStatus: 'done',
    });
    expect(errorOf(status).code).toBe('SOA_ENTRY_INVALID');
    const unknown = await send(api.viewer, 'GET', entry('A.2.1'));
    expect(unknown.statusCode).toBe(404);
    expect(errorOf(unknown).code).toBe('SOA_CONTROL_NOT_FOUND');
    const shape = await send(api.viewer, 'GET', entry('nonsense'));
    expect(errorOf(shape).details.issues?.map((issue) => issue.field)).toEqual([
      'params.controlId',
    ]);
    const filter = await send(api.viewer, 'GET', `${soa()}?applicability=maybe`);
    expect(errorOf(filter).details.issues?.map((issue) => issue.field)).toEqual([
      'querystring.applicability',
    ]);
  });

  it('refuses to submit an incomplete SoA, naming each control', async () => {
    const draft = await ok<Version>(api.manager, 'POST', `${soa()}/versions`, {
      changeSummary: 'First statement',
    });
    expect(draft).toMatchObject({ version: 1, status: 'draft', editorUserIds: [api.manager.id] });
    expect(draft.snapshot.entries).toHaveLength(39);
    const refused = await send(api.manager, 'POST', `${soa()}/versions/1/submit`);
    expect(refused.statusCode).toBe(400);
    const error = errorOf(refused);
    expect(error.code).toBe('SOA_INCOMPLETE');
    const fields = error.details.issues?.map((issue) => issue.field) ?? [];
    expect(fields).toContain('entries.A.2.2.applicability');
    expect(fields).toContain('entries.ORG-1.justification');
    expect(fields).not.toContain('entries.A.10.4.justification');
  });

  it('approves a complete SoA by someone other than the preparer, and publishes it', async () => {
    const all = await ok<Overview>(api.manager, 'GET', soa());
    for (const e of all.entries.filter((candidate) => candidate.controlId !== 'A.10.4')) {
      await ok(api.manager, 'PATCH', entry(e.controlId), {
        applicability: 'applicable',
        justification: `Needed for our AI systems (${e.controlId})`,
        implementationStatus: e.controlId === 'A.10.3' ? 'planned' : 'implemented',
        ownerUserId: api.manager.id,
      });
    }
    await ok(api.manager, 'POST', `${soa()}/versions/1/refresh`, {
      changeSummary: 'Every control decided',
    });
    await ok(api.manager, 'POST', `${soa()}/versions/1/submit`);
    const byPreparer = await send(api.manager, 'POST', `${soa()}/versions/1/approve`);
    expect(byPreparer.statusCode).toBe(403);
    const approved = await ok<Version>(api.approver, 'POST', `${soa()}/versions/1/approve`);
    expect(approved).toMatchObject({
      status: 'approved',
      approvedByUserId: api.approver.id,
      changeSummary: 'Every control decided',
      availableActions: ['publish'],
    });
    const notYours = await send(api.manager, 'POST', `${soa()}/versions/1/publish`);
    expect(notYours.statusCode).toBe(403);
    const published = await ok<Version>(api.approver, 'POST', `${soa()}/versions/1/publish`);
    expect(published.publishedAt).not.toBeNull();
    const overview = await ok<Overview>(api.viewer, 'GET', soa());
    expect(overview.approved?.version).toBe(1);
    expect(overview.published?.version).toBe(1);
    expect(overview.staleness).toMatchObject({ isStale: false, risksChanged: 0 });
  });

  it('shows the SoA older than a later change to a treatment action, and says which', async () => {
    api.ctx.clock.advanceSeconds(60);
    await ok(
      api.manager,
      'PATCH',
      `/api/v1/orgs/${api.orgId}/risks/${state.riskId}/treatment-actions/${state.actionId}`,
      { status: 'in_progress' },
    );
    const overview = await ok<Overview>(api.viewer, 'GET', soa());
    expect(overview.staleness?.isStale).toBe(true);
    expect(overview.staleness?.treatmentActionsChanged).toBe(1);
    expect(overview.staleness?.recentTreatmentActions.map((a) => a.label)).toEqual([
      'Contract clause on model changes',
    ]);
    expect(overview.staleness?.staleSince).not.toBeNull();
  });

  it('compares two versions, publishes the new one and unpublishes the old', async () => {
    await ok(api.manager, 'PATCH', entry('A.2.3'), {
      implementationStatus: 'partially_implemented',
    });
    await ok(api.manager, 'POST', `${soa()}/versions`, {
      changeSummary: 'Policy alignment slipped',
    });
    await ok(api.manager, 'POST', `${soa()}/versions/2/submit`);
    const earlyPublish = await send(api.approver, 'POST', `${soa()}/versions/2/publish`);
    expect(earlyPublish.statusCode).toBe(409);
    expect(errorOf(earlyPublish).code).toBe('SOA_VERSION_NOT_APPROVED');
    await ok(api.approver, 'POST', `${soa()}/versions/2/approve`);
    const diff = await ok<{
      base: Version;
      next: Version;
      changed: { controlId: string; fields: string[]; before: Entry; after: Entry }[];
      unchanged: number;
    }>(api.viewer, 'GET', `${soa()}/compare?base=1&next=2`);
    expect(diff.next.changeSummary).toBe('Policy alignment slipped');
    expect(diff.changed).toEqual([
      expect.objectContaining({
        controlId: 'A.2.3',
        fields: ['implementationStatus'],
        before: expect.objectContaining({ implementationStatus: 'implemented' }),
        after: expect.objectContaining({ implementationStatus: 'partially_implemented' }),
      }),
    ]);
    expect(diff.unchanged).toBe(38);
    const superseded = await send(api.approver, 'POST', `${soa()}/versions/1/publish`);
    expect(errorOf(superseded).code).toBe('SOA_VERSION_NOT_APPROVED');
    await ok(api.approver, 'POST', `${soa()}/versions/2/publish`);
    const versions = await ok<{ versions: Version[] }>(api.viewer, 'GET', `${soa()}/versions`);
    expect(versions.versions.map((v) => [v.version, v.status, v.publishedAt !== null])).toEqual([
      [2, 'approved', true],
      [1, 'superseded', false],
    ]);
    const trail = await api.ctx.services.auditLog.list(api.manager.actor, api.orgId, {
      entityId: versions.versions[1]?.id ?? '',
    });
    expect(trail.items.map((item) => item.action)).toContain('soa_version.unpublished');
    const missing = await send(api.viewer, 'GET', `${soa()}/versions/9`);
    expect(errorOf(missing).code).toBe('SOA_VERSION_NOT_FOUND');
  });

  it("shows each control's evidence with its freshness, counts it in the table, filters on it, and freezes it in a version", async () => {
    const evidence = `/api/v1/orgs/${api.orgId}/evidence`;
    const today = api.ctx.clock.now().toISOString().slice(0, 10);
    const uploaded = await send(api.manager, 'POST', `${evidence}/files`, undefined);
    expect(uploaded.statusCode).toBe(400);
    const form = multipartForm(
      {
        metadata: JSON.stringify({
          title: 'Supplier contract, model-change clause',
          links: { controlIds: ['A.10.3'] },
          version: { evidenceDate: today },
        }),
      },
      {
        name: 'contract.txt',
        content: Buffer.from('Clause 14: the supplier tells us of model changes.'),
      },
    );
    const file = await call(api.ctx, api.manager, {
      method: 'POST',
      url: `${evidence}/files`,
      ...form,
    });
    expect(file.statusCode, file.body).toBe(201);
    const fileId = file.json<{ id: string }>().id;
    const minutes = await ok<{ id: string }>(api.manager, 'POST', evidence, {
      title: 'Supplier review minutes',
      links: { controlIds: ['A.10.3'] },
      version: {
        url: 'https://intranet.example/supplier-review',
        evidenceDate: '2026-01-10',
        validUntil: '2026-02-10',
      },
    });

    const linked = await ok(api.viewer, 'GET', entry('A.10.3'));
    expect(linked.links.evidence.map((item) => [item.title, item.freshness])).toEqual([
      ['Supplier contract, model-change clause', 'no_expiry'],
      ['Supplier review minutes', 'expired'],
    ]);
    expect(linked.links.evidence[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const overview = await ok<Overview>(api.viewer, 'GET', soa());
    expect(overview.entries[0]).not.toHaveProperty('links');
    expect(overview.entries.find((row) => row.controlId === 'A.10.3')?.linkCounts).toEqual({
      risks: 1,
      treatmentActions: 1,
      measures: 1,
      evidence: 2,
      evidenceByFreshness: { fresh: 0, expiring: 0, expired: 1, no_expiry: 1 },
      latestEvidenceDate: today,
    });
    const expired = await ok<Overview>(api.viewer, 'GET', `${soa()}?evidence=expired`);
    expect(expired.entries.map((row) => row.controlId)).toEqual(['A.10.3']);
    const none = await ok<Overview>(api.viewer, 'GET', `${soa()}?evidence=none`);
    expect(none.entries).toHaveLength(38);
    // The table's counts and the control's listed evidence agree.
    expect(expired.entries[0]?.linkCounts.evidence).toBe(linked.links.evidence.length);
    // A new version with a later date: the table counts the item as fresh at once.
    await ok(api.manager, 'POST', `${evidence}/${minutes.id}/versions`, {
      url: 'https://intranet.example/supplier-review-2',
      evidenceDate: today,
      validUntil: '2099-12-31',
    });
    const renewed = await ok<Overview>(api.viewer, 'GET', `${soa()}?evidence=expired`);
    expect(renewed.entries).toEqual([]);
    const counts = (await ok<Overview>(api.viewer, 'GET', soa())).entries.find(
      (row) => row.controlId === 'A.10.3',
    )?.linkCounts;
    expect(counts?.evidenceByFreshness).toEqual({
      fresh: 1,
      expiring: 0,
      expired: 0,
      no_expiry: 1,
    });
    await ok(api.manager, 'PATCH', `${evidence}/${minutes.id}`, {
      links: { controlIds: ['A.10.2'] },
    });
    const moved = (await ok<Overview>(api.viewer, 'GET', soa())).entries;
    expect(moved.find((row) => row.controlId === 'A.10.3')?.linkCounts.evidence).toBe(1);
    expect(
      moved.find((row) => row.controlId === 'A.10.2')?.linkCounts.evidenceByFreshness.fresh,
    ).toBe(1);
    const badFilter = await send(api.viewer, 'GET', `${soa()}?evidence=stale`);
    expect(errorOf(badFilter).details.issues?.map((issue) => issue.field)).toEqual([
      'querystring.evidence',
    ]);

    const draft = await ok<Version>(api.manager, 'POST', `${soa()}/versions`, {
      changeSummary: 'Evidence for the supplier controls',
    });
    const frozen = draft.snapshot.entries.find((e) => e.controlId === 'A.10.3');
    expect(frozen?.links.evidence.map((item) => item.evidenceId)).toContain(fileId);
    await ok(api.manager, 'POST', `${soa()}/versions/${draft.version}/submit`);
    await ok(api.approver, 'POST', `${soa()}/versions/${draft.version}/approve`);
    const diff = await ok<{
      changed: { controlId: string; linksAdded: { evidence: { title: string }[] } }[];
    }>(api.viewer, 'GET', `${soa()}/compare?base=${draft.version - 1}&next=${draft.version}`);
    expect(
      diff.changed
        .find((change) => change.controlId === 'A.10.3')
        ?.linksAdded.evidence.map((item) => item.title)
        .sort(),
    ).toEqual(['Supplier contract, model-change clause']);
    const csv = await send(
      api.viewer,
      'GET',
      `${soa()}/export?format=csv&version=${draft.version}`,
    );
    expect(csv.body).toContain('Evidence');
    expect(csv.body).toContain('Supplier contract, model-change clause v1 [no expiry');
  });

  it('exports the live SoA and a version as XLSX, CSV and PDF', async () => {
    const xlsx = await send(api.viewer, 'GET', `${soa()}/export?format=xlsx&version=1`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('statement-of-applicability-v1-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Statement of Applicability');
    const ids: string[] = [];
    sheet?.eachRow((row, index) => {
      if (index > 1) ids.push(row.getCell(1).text);
    });
    expect(ids.filter((id) => id.startsWith('A.'))).toHaveLength(38);
    expect(ids).toContain('ORG-1');
    const csv = await send(api.viewer, 'GET', `${soa()}/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Linked treatment actions');
    expect(csv.body).toContain('Contract clause on model changes');
    const pdf = await send(api.viewer, 'GET', `${soa()}/export?format=pdf&version=2`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await send(api.viewer, 'GET', `${soa()}/export?format=docx`);
    expect(errorOf(bad).details.issues?.map((issue) => issue.field)).toEqual([
      'querystring.format',
    ]);
  });
});

describeOrgRouteAccess(soaAccess);
