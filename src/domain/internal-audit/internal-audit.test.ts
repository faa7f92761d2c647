import { describe, expect, it } from 'vitest';
import { leafClauses } from '../catalog/index.js';
import { independenceConflicts, independenceRefusal } from './auditor-independence.js';
import type { OwnedRecord } from './auditor-independence.js';
import { programmeCoverage } from './programme-coverage.js';
import type { ProgrammeAudit } from './programme-coverage.js';

const PERIOD = { from: '2026-01-01', through: '2026-12-31' };
const CLAUSES = leafClauses().length;

const audit = (reference: string, scopeIds: string[], changes: Partial<ProgrammeAudit> = {}) => ({
  id: reference,
  reference,
  status: 'planned' as const,
  startsOn: '2026-03-01',
  scopeIds,
  ...changes,
});

describe('internal audit programme coverage', () => {
  it('names every leaf clause and applicable control as a gap while nothing is planned', () => {
    const coverage = programmeCoverage([], PERIOD, new Set(['A.2.2', 'A.6.2.4']));
    expect(coverage.covered).toBe(0);
    expect(coverage.gaps).toHaveLength(CLAUSES + 2);
    expect(coverage.gaps.slice(-2)).toEqual(['A.2.2', 'A.6.2.4']);
  });

  it('covers the clauses under a clause named, and a control named, in date order', () => {
    const coverage = programmeCoverage(
      [
        audit('IA-2026-02', ['9', 'A.6.2.4'], { startsOn: '2026-09-01', status: 'held' }),
        audit('IA-2026-01', ['9.2'], { startsOn: '2026-04-01' }),
      ],
      PERIOD,
      new Set(['A.6.2.4', 'A.2.2']),
    );
    const of = (id: string) => coverage.requirements.find((r) => r.requirementId === id);
    expect(of('9.2.1')).toMatchObject({
      isCovered: true,
      auditReferences: ['IA-2026-01', 'IA-2026-02'],
      isAudited: true,
    });
    expect(of('9.1')).toMatchObject({ isCovered: true, auditReferences: ['IA-2026-02'] });
    expect(of('A.6.2.4')).toMatchObject({ isCovered: true, kind: 'control' });
    expect(of('A.2.2')).toMatchObject({ isCovered: false, isAudited: false });
    expect(coverage.gaps).toContain('4.1');
    expect(coverage.gaps).toContain('A.2.2');
    expect(coverage.gaps).not.toContain('9.3.1');
  });

  it('counts neither cancelled audits nor audits outside the period, nor controls not applicable', () => {
    const coverage = programmeCoverage(
      [
        audit('IA-2026-01', ['4', '5', '6', '7', '8', '9', '10'], { status: 'cancelled' }),
        audit('IA-2025-04', ['4', '5', '6', '7', '8', '9', '10'], { startsOn: '2025-12-31' }),
        audit('IA-2026-03', ['A.7.3']),
      ],
      PERIOD,
      new Set(),
    );
    expect(coverage.covered).toBe(0);
    expect(coverage.gaps).toHaveLength(CLAUSES);
  });

  it('is complete when every clause and applicable control is covered', () => {
    const coverage = programmeCoverage(
      [audit('IA-2026-01', ['4', '5', '6', '7']), audit('IA-2026-02', ['8', '9', '10', 'A.2.2'])],
      PERIOD,
      new Set(['A.2.2']),
    );
    expect(coverage.gaps).toEqual([]);
    expect(coverage.covered).toBe(CLAUSES + 1);
  });
});

describe('auditor independence', () => {
  const records: OwnedRecord[] = [
    {
      kind: 'risk',
      id: 'r1',
      label: 'Postcode bias in triage',
      ownerUserId: 'sam',
      requirementIds: ['6.1.2', 'A.6.2.4'],
    },
    {
      kind: 'document',
      id: 'd1',
      label: 'AI policy',
      ownerUserId: 'alex',
      requirementIds: ['5.2', 'A.2.2'],
    },
  ];

  it.each<[string, string[], string[]]>([
    ['a control they own the risk of', ['A.6.2.4'], ['A.6.2.4']],
    ['a clause above one they own', ['6'], ['6.1.2']],
    ['a sub-clause of one they own', ['6.1.2'], ['6.1.2']],
    ['nothing of theirs', ['9.2', 'A.2.2'], []],
  ])('finds %s', (_name, scope, conflicts) => {
    expect(independenceConflicts('sam', scope, records).map((c) => c.requirementId)).toEqual(
      conflicts,
    );
  });

  it('refuses naming each requirement and record, on the auditor field', () => {
    const refusal = independenceRefusal(independenceConflicts('alex', ['5', 'A.2.2'], records));
    expect(refusal?.code).toBe('INTERNAL_AUDIT_AUDITOR_NOT_INDEPENDENT');
    expect(refusal?.kind).toBe('Forbidden');
    expect(refusal?.message).toContain('5.2 (AI policy)');
    expect(refusal?.message).toContain('A.2.2 (AI policy)');
    expect(refusal?.details.field).toBe('auditorUserId');
    expect(independenceRefusal([])).toBeNull();
  });
});
