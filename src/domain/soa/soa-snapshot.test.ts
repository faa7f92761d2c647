import { describe, expect, it } from 'vitest';
import { UNDECIDED } from './soa-entry.js';
import type { SoaDecision } from './soa-entry.js';
import { soaLinksByControl, treatingRisksOf } from './soa-links.js';
import type { LinkingAction, SoaRiskLink } from './soa-links.js';
import {
  annexAControlRefs,
  compareSoaSnapshots,
  filterSoaEntries,
  organizationControlRef,
  soaEntries,
  soaSnapshot,
} from './soa-snapshot.js';

const risk = (id: string, status: SoaRiskLink['status'] = 'in_treatment'): SoaRiskLink => ({
  id,
  kind: 'risk',
  statement: `Risk ${id}`,
  status,
  level: 'high',
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
    expect(treatingRisksOf(control ?? { risks: [], treatmentActions: [], measures: [] })).toEqual([
      { id: 'r1', statement: 'Risk r1' },
    ]);
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
    const ids = (filter: Parameters<typeof filterSoaEntries>[1]) =>
      filterSoaEntries(entries, filter).map((entry) => entry.controlId);
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
});
