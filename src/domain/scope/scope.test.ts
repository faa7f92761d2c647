import { describe, expect, it } from 'vitest';
import {
  SCOPE_STATUSES,
  approvalIssues,
  isOpenScopeVersion,
  scopeActions,
  totalPeopleInScope,
  validateScope,
} from './scope.js';

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
      'aiSystemIds',
      'aiRoles',
    ]);
  });

  it('needs at least one AI system before approval', () => {
    const complete = validateScope({
      statement: 'Claims AI',
      sites: [{ name: 'Leeds', peopleInScope: 10 }],
      aiRoles: ['ai_provider'],
    }).content;
    expect(approvalIssues(complete)).toEqual([
      {
        field: 'aiSystemIds',
        reason: 'name at least one AI system of the inventory in scope before approval',
      },
    ]);
    expect(approvalIssues({ ...complete, aiSystemIds: ['sys-1'] })).toEqual([]);
  });

  it('keeps the considered issues and requirements once each, the text trimmed', () => {
    const { content, issues } = validateScope({
      contextIssueIds: ['i1', 'i2', 'i1'],
      partyRequirements: [
        { interestedPartyId: 'p1', requirement: ' Human review on request ' },
        { interestedPartyId: 'p1', requirement: 'human review on request' },
        { interestedPartyId: 'p2', requirement: 'Human review on request' },
        { interestedPartyId: 'p2', requirement: ' ' },
      ],
    });
    expect(content.contextIssueIds).toEqual(['i1', 'i2']);
    expect(content.partyRequirements).toEqual([
      { interestedPartyId: 'p1', requirement: 'Human review on request' },
      { interestedPartyId: 'p2', requirement: 'Human review on request' },
      { interestedPartyId: 'p2', requirement: '' },
    ]);
    expect(issues.map((issue) => issue.field)).toEqual(['partyRequirements.3.requirement']);
  });

  it('offers the workflow steps the approval rules allow, plus discard and revise', () => {
    const draft = { status: 'draft' as const, editorUserIds: ['alex'], revision: 2 };
    const inReview = { ...draft, status: 'in_review' as const };
    const sam = { userId: 'sam', canWrite: false, canApprove: true };
    const alex = { userId: 'alex', canWrite: true, canApprove: true };
    expect(scopeActions(draft, sam, true)).toEqual([]);
    expect(scopeActions(draft, alex, true)).toEqual(['edit', 'submit', 'discard']);
    expect(scopeActions(inReview, sam, true)).toEqual(['approve', 'return']);
    expect(scopeActions(inReview, alex, true)).toEqual(['return']);
    const operator = { userId: null, canWrite: true, canApprove: true };
    expect(scopeActions(inReview, operator, true)).toEqual(['return']);
    const approved = { ...draft, status: 'approved' as const };
    const writer = { userId: 'alex', canWrite: true, canApprove: false };
    expect(scopeActions(approved, writer, false)).toEqual(['revise']);
    expect(scopeActions(approved, writer, true)).toEqual([]);
  });

  it('counts a version in review as open, like a draft', () => {
    expect(SCOPE_STATUSES.filter((status) => isOpenScopeVersion({ status }))).toEqual([
      'draft',
      'in_review',
    ]);
  });
});
