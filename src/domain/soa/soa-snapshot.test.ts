import { describe, expect, it } from 'vitest';
import { UNDECIDED } from './soa-entry.js';
import type { SoaDecision } from './soa-entry.js';
import { NO_LINKS, soaLinksByControl, treatingRisksOf, withEvidenceList } from './soa-links.js';
import type { LinkingAction, SoaEvidenceLink, SoaRiskLink } from './soa-links.js';
import {
  annexAControlRefs,
  compareSoaSnapshots,
  filterSoaRows,
  organizationControlRef,
  soaEntries,
  soaEntryRow,
  soaSnapshot,
} from './soa-snapshot.js';
import type { SoaEntry, SoaEntryFilter, SoaEntryRow } from './soa-snapshot.js';

const risk = (id: string, status: SoaRiskLink['status'] = 'in_treatment'): SoaRiskLink => ({
  id,
  kind: 'risk',
  statement: `Risk ${id}`,
  status,
  level: 'high',
});
const evidence = (id: string, freshness: SoaEvidenceLink['freshness']): SoaEvidenceLink => ({
  evidenceId: id,
  title: `Evidence ${id}`,
  kind: 'file',
  version: 1,
  evidenceDate: '2026-11-01',
  validUntil: freshness === 'no_expiry' ? null : '2027-01-01',
  sha256: 'a'.repeat(64),
  url: null,
  freshness,
});

const action = (
  id: string,
  riskId: string,
  controls: string[],
  status: LinkingAction['status'] = 'planned',
): LinkingAction => ({
  id,
  riskId,
  title: `Action ${id}`,
  status,
  dueDate: null,
  ownerUserId: null,
  annexAControlIds: controls.filter((c) => c.startsWith('A.')),
  organizationControlIds: controls.filter((c) => !c.startsWith('A.')),
});
const decision = (change: Partial<SoaDecision>): SoaDecision => ({ ...UNDECIDED, ...change });

describe('the entries of the SoA', () => {
  const orgControls = [
    organizationControlRef({
      controlId: 'ORG-2',
      title: 'Model cards',
      annexAControlId: 'A.6.2.7',
      annexAObjectiveId: null,
    }),
    organizationControlRef({
      controlId: 'ORG-1',
      title: 'Red team',
      annexAControlId: null,
      annexAObjectiveId: null,
    }),
  ];

  it('lists all 38 Annex A controls undecided, then organization controls under their objective', () => {
    const entries = soaEntries(
      [...annexAControlRefs(), ...orgControls],
      new Map(),
      new Map(),
      '2026-12-07',
    );
    expect(entries).toHaveLength(40);
    expect(entries.filter((entry) => entry.source === 'annex_a')).toHaveLength(38);
    expect(entries.every((entry) => entry.applicability === 'undecided')).toBe(true);
    const ids = entries.map((entry) => entry.controlId);
    expect(ids[0]).toBe('A.2.2');
    expect(ids.at(-1)).toBe('ORG-1');
    // ORG-2 relates to A.6.2.7 and so sits after the last control of A.6.2.
    expect(ids.indexOf('ORG-2')).toBe(ids.indexOf('A.6.2.8') + 1);
    expect(entries.find((entry) => entry.controlId === 'ORG-2')?.objectiveId).toBe('A.6.2');
  });

  it('derives the links: risks once per control, and what keeps a control applicable', () => {
    const risks = new Map([risk('r1'), risk('r2', 'closed'), risk('r3')].map((r) => [r.id, r]));
    const links = soaLinksByControl(
      [
        action('a1', 'r1', ['A.6.2.4', 'ORG-1']),
        action('a2', 'r1', ['A.6.2.4']),
        action('a3', 'r2', ['A.6.2.4']),
        action('a4', 'r3', ['A.6.2.4'], 'cancelled'),
      ],
      risks,
      [
        {
          aiSystemId: 's1',
          aiSystemName: 'Triage',
          assessmentVersionId: 'v1',
          assessmentVersion: 1,
          assessmentStatus: 'approved',
          measureId: 'M1',
          description: 'Fairness test',
          status: 'planned',
          dueDate: null,
          annexAControlIds: ['A.6.2.4'],
        },
      ],
    );
    const control = links.get('A.6.2.4');
    expect(control?.risks.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(control?.treatmentActions.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(control?.measures.map((m) => m.measureId)).toEqual(['M1']);
    expect(control?.treatmentActions[0]).not.toHaveProperty('annexAControlIds');
    expect(links.get('ORG-1')?.risks.map((r) => r.id)).toEqual(['r1']);
    // r2 is closed and r3's only action is cancelled: only r1 keeps the control applicable.
    expect(treatingRisksOf(control ?? NO_LINKS)).toEqual([{ id: 'r1', statement: 'Risk r1' }]);
  });

  it('filters by objective, applicability, status, owner and review due', () => {
    const decisions = new Map([
      [
        'A.2.2',
        decision({
          applicability: 'applicable',
          implementationStatus: 'implemented',
          ownerUserId: 'u1',
        }),
      ],
      [
        'A.7.3',
        decision({ applicability: 'not_applicable', justification: 'x', reviewDate: '2026-01-01' }),
      ],
    ]);
    const entries = soaEntries(annexAControlRefs(), decisions, new Map(), '2026-12-07');
    const ids = (filter: Parameters<typeof filterSoaRows>[1]) =>
      filterSoaRows(
        entries.map((entry) => soaEntryRow(entry)),
        filter,
      ).map((entry) => entry.controlId);
    expect(ids({ objectiveId: 'A.2' })).toEqual(['A.2.2', 'A.2.3', 'A.2.4']);
    expect(ids({ applicability: 'not_applicable' })).toEqual(['A.7.3']);
    expect(ids({ implementationStatus: 'implemented' })).toEqual(['A.2.2']);
    expect(ids({ ownerUserId: 'u1' })).toEqual(['A.2.2']);
    expect(ids({ isReviewDue: true })).toEqual(['A.7.3']);
    const summary = soaSnapshot(entries, '2026-12-07T10:00:00.000Z', '2026-12-07').summary;
    expect(summary).toMatchObject({
      controls: 38,
      applicable: 1,
      notApplicable: 1,
      undecided: 36,
      reviewsDue: 1,
      missingJustification: 37,
    });
    expect(summary.byStatus.implemented).toBe(1);
  });

  it('compares two snapshots: fields that changed, links added and removed, new controls', () => {
    const risks = new Map([risk('r1'), risk('r2')].map((r) => [r.id, r]));
    const before = soaEntries(
      annexAControlRefs(),
      new Map([
        ['A.2.2', decision({ applicability: 'applicable', justification: 'Policy needed' })],
      ]),
      soaLinksByControl([action('a1', 'r1', ['A.6.2.4'])], risks, []),
      '2026-12-07',
    );
    const after = soaEntries(
      [...annexAControlRefs(), ...orgControls.slice(1)],
      new Map([
        [
          'A.2.2',
          decision({
            applicability: 'applicable',
            justification: 'Policy needed',
            implementationStatus: 'implemented',
          }),
        ],
      ]),
      soaLinksByControl([action('a2', 'r2', ['A.6.2.4'])], risks, []),
      '2026-12-07',
    );
    const diff = compareSoaSnapshots({ entries: before }, { entries: after });
    expect(diff.added.map((ref) => ref.controlId)).toEqual(['ORG-1']);
    expect(diff.removed).toEqual([]);
    expect(diff.unchanged).toBe(36);
    expect(diff.changed.map((change) => [change.controlId, change.fields])).toEqual([
      ['A.2.2', ['implementationStatus']],
      ['A.6.2.4', []],
    ]);
    const links = diff.changed[1];
    expect(links?.linksAdded.risks.map((r) => r.id)).toEqual(['r2']);
    expect(links?.linksRemoved.treatmentActions.map((a) => a.id)).toEqual(['a1']);
  });

  it("carries each control's evidence, also for controls nothing else links", () => {
    const risks = new Map([risk('r1')].map((r) => [r.id, r]));
    const links = soaLinksByControl(
      [action('a1', 'r1', ['A.6.2.4'])],
      risks,
      [],
      new Map([
        ['A.6.2.4', [evidence('e1', 'fresh')]],
        ['A.2.2', [evidence('e2', 'expired'), evidence('e3', 'no_expiry')]],
        ['A.3.2', []],
      ]),
    );
    expect(links.get('A.6.2.4')?.evidence.map((item) => item.evidenceId)).toEqual(['e1']);
    expect(links.get('A.2.2')).toMatchObject({ risks: [], treatmentActions: [], measures: [] });
    expect(links.get('A.2.2')?.evidence.map((item) => item.freshness)).toEqual([
      'expired',
      'no_expiry',
    ]);
    expect(links.has('A.3.2')).toBe(false);
  });

  it('compares evidence by item: one linked since, one no longer linked, a new version is no change', () => {
    const entriesWith = (items: ReturnType<typeof evidence>[]) =>
      soaEntries(
        annexAControlRefs(),
        new Map(),
        soaLinksByControl([], new Map(), [], new Map([['A.7.4', items]])),
        '2026-12-07',
      );
    const diff = compareSoaSnapshots(
      { entries: entriesWith([evidence('e1', 'fresh'), evidence('e2', 'fresh')]) },
      {
        entries: entriesWith([
          { ...evidence('e1', 'expired'), version: 2 },
          evidence('e3', 'fresh'),
        ]),
      },
    );
    expect(diff.changed.map((change) => change.controlId)).toEqual(['A.7.4']);
    expect(diff.changed[0]?.linksAdded.evidence.map((item) => item.evidenceId)).toEqual(['e3']);
    expect(diff.changed[0]?.linksRemoved.evidence.map((item) => item.evidenceId)).toEqual(['e2']);
  });

  it('reads a snapshot stored before evidence joined the links as having none', () => {
    const { evidence: _none, ...older } = NO_LINKS;
    expect(withEvidenceList(older)).toEqual(NO_LINKS);
    const current = { ...NO_LINKS, evidence: [evidence('e1', 'fresh')] };
    expect(withEvidenceList(current)).toBe(current);
  });

  it("counts a row's links and its evidence by freshness, and filters on evidence", () => {
    const entries = soaEntries(
      annexAControlRefs(),
      new Map(),
      soaLinksByControl(
        [action('a1', 'r1', ['A.2.2'])],
        new Map([risk('r1')].map((r) => [r.id, r])),
        [],
        new Map([
          [
            'A.2.2',
            [
              evidence('e1', 'expired'),
              { ...evidence('e2', 'expiring'), evidenceDate: '2026-11-20' },
            ],
          ],
          ['A.2.3', [evidence('e3', 'expiring')]],
          ['A.2.4', [evidence('e4', 'fresh')]],
        ]),
      ),
      '2026-12-07',
    );
    const rows = entries.map((entry) => soaEntryRow(entry));
    const row = rows[0] as SoaEntryRow;
    expect(row).not.toHaveProperty('links');
    expect(row.linkCounts).toEqual({
      risks: 1,
      treatmentActions: 1,
      measures: 0,
      evidence: 2,
      evidenceByFreshness: { fresh: 0, expiring: 1, expired: 1, no_expiry: 0 },
      latestEvidenceDate: '2026-11-20',
    });
    const ids = (filter: SoaEntryFilter) => filterSoaRows(rows, filter).map((e) => e.controlId);
    // Counted in the database instead of from the links, the row is the same.
    const counted = soaEntryRow(entries[0] as SoaEntry, {
      evidence: 2,
      evidenceByFreshness: { fresh: 0, expiring: 1, expired: 1, no_expiry: 0 },
      latestEvidenceDate: '2026-11-20',
    });
    expect(counted).toEqual(row);
    expect(ids({ evidence: 'expired' })).toEqual(['A.2.2']);
    expect(ids({ evidence: 'expiring' })).toEqual(['A.2.3']);
    expect(ids({ evidence: 'none' })).toHaveLength(35);
  });
});
