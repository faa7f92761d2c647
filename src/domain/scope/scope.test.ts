import { describe, expect, it } from 'vitest';
import { approvalIssues, scopeActions, totalPeopleInScope, validateScope } from './scope.js';

describe('AIMS scope rules', () => {
  it('adds up the people in scope over the sites', () => {
    expect(
      totalPeopleInScope([
        { name: 'Head office', location: 'Leeds', peopleInScope: 120 },
        { name: 'Data centre', location: 'Slough', peopleInScope: 8 },
      ]),
    ).toBe(128);
  });

  it('keeps what the change leaves out from the version it starts from', () => {
    const base = validateScope({ statement: 'Claims AI', processes: ['Claims handling'] }).content;
    const { content } = validateScope({ statement: 'Claims and fraud AI' }, base);
    expect(content).toMatchObject({
      statement: 'Claims and fraud AI',
      processes: ['Claims handling'],
    });
  });

  it('names each problem: duplicate site, negative head count, exclusion without justification, unknown role', () => {
    const { issues } = validateScope({
      sites: [
        { name: 'Leeds', peopleInScope: 10 },
        { name: 'leeds ', peopleInScope: -1 },
      ],
      exclusions: [{ item: 'HR screening tool', justification: ' ' }],
      aiRoles: ['ai_provider', 'ai_vendor'],
    });
    expect(issues.map((issue) => issue.field)).toEqual([
      'sites.1.name',
      'sites.1.peopleInScope',
      'exclusions.0.justification',
      'aiRoles.1',
    ]);
  });

  it('lists what a draft lacks before it can be approved', () => {
    expect(approvalIssues(validateScope({}).content).map((issue) => issue.field)).toEqual([
      'statement',
      'sites',
      'aiRoles',
    ]);
  });

  it('offers approval to an approver who is not the author, editing to writers, revision of the approved scope', () => {
    const draft = { status: 'draft' as const, editorUserIds: ['alex'] };
    expect(scopeActions(draft, { userId: 'sam', canWrite: false, canApprove: true }, true)).toEqual(
      ['approve'],
    );
    expect(scopeActions(draft, { userId: 'alex', canWrite: true, canApprove: true }, true)).toEqual(
      ['edit', 'discard'],
    );
    const approved = { status: 'approved' as const, editorUserIds: ['alex'] };
    expect(
      scopeActions(approved, { userId: 'alex', canWrite: true, canApprove: false }, false),
    ).toEqual(['revise']);
    expect(
      scopeActions(approved, { userId: 'alex', canWrite: true, canApprove: false }, true),
    ).toEqual([]);
  });
});
