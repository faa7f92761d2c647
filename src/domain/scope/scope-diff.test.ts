import { describe, expect, it } from 'vitest';
import { EMPTY_SCOPE } from './scope.js';
import type { ScopeContent } from './scope.js';
import { diffScope } from './scope-diff.js';

const IN_FORCE: ScopeContent = {
  ...EMPTY_SCOPE,
  statement: 'The AIMS covers the AI used in claims handling.',
  organizationalUnits: ['Claims', 'Data science'],
  sites: [
    { name: 'Head office', location: 'Leeds', peopleInScope: 120 },
    { name: 'Service centre', location: 'Cardiff', peopleInScope: 45 },
  ],
  processes: ['Claims triage'],
  aiSystemIds: ['sys-1'],
  interfaces: ['Group IT provides hosting'],
  exclusions: [{ item: 'Marketing copy generator', justification: 'Not used for insurance' }],
  aiRoles: ['ai_provider'],
  contextIssueIds: ['issue-1'],
  partyRequirements: [{ interestedPartyId: 'party-1', requirement: 'Human review on request' }],
};

describe('AIMS scope side by side with the version in force', () => {
  it('marks every field added when no version is in force', () => {
    const diff = diffScope(null, IN_FORCE);
    expect(diff.changedFields).toEqual([
      'statement',
      'totalPeopleInScope',
      'organizationalUnits',
      'sites',
      'processes',
      'aiSystemIds',
      'interfaces',
      'exclusions',
      'aiRoles',
      'contextIssueIds',
      'partyRequirements',
    ]);
    expect(diff.changedFields.map((field) => diff.fields[field].change)).toEqual(
      Array.from({ length: 11 }, () => 'added'),
    );
    expect(diff.fields.statement).toEqual({
      change: 'added',
      changed: true,
      before: null,
      after: IN_FORCE.statement,
    });
    expect(diff.fields.sites.items.map((item) => [item.key, item.change])).toEqual([
      ['head office', 'added'],
      ['service centre', 'added'],
    ]);
  });

  it('finds nothing changed in a copy of the version in force', () => {
    const diff = diffScope(IN_FORCE, { ...IN_FORCE });
    expect(diff.changedFields).toEqual([]);
    expect(diff.fields.exclusions).toMatchObject({
      change: 'unchanged',
      changed: false,
      items: [{ key: 'marketing copy generator', change: 'unchanged' }],
    });
  });

  it('compares sites by name: a new head count is a changed site, the total follows', () => {
    const diff = diffScope(IN_FORCE, {
      ...IN_FORCE,
      sites: [
        { name: 'Head office', location: 'Leeds', peopleInScope: 130 },
        { name: 'Lab', location: 'Bristol', peopleInScope: 5 },
      ],
    });
    expect(diff.fields.sites.items).toEqual([
      {
        key: 'head office',
        change: 'changed',
        before: { name: 'Head office', location: 'Leeds', peopleInScope: 120 },
        after: { name: 'Head office', location: 'Leeds', peopleInScope: 130 },
      },
      {
        key: 'lab',
        change: 'added',
        before: null,
        after: { name: 'Lab', location: 'Bristol', peopleInScope: 5 },
      },
      {
        key: 'service centre',
        change: 'removed',
        before: { name: 'Service centre', location: 'Cardiff', peopleInScope: 45 },
        after: null,
      },
    ]);
    expect(diff.fields.totalPeopleInScope).toEqual({
      change: 'changed',
      changed: true,
      before: 165,
      after: 135,
    });
    expect(diff.changedFields).toEqual(['totalPeopleInScope', 'sites']);
  });

  it('shows a new justification as a changed exclusion and a renamed entry as removed and added', () => {
    const diff = diffScope(IN_FORCE, {
      ...IN_FORCE,
      exclusions: [{ item: 'Marketing copy generator', justification: 'Retired in 2026' }],
      interfaces: ['Group IT provides hosting and backups'],
      aiRoles: ['ai_provider', 'ai_customer'],
    });
    expect(diff.fields.exclusions.items).toEqual([
      {
        key: 'marketing copy generator',
        change: 'changed',
        before: IN_FORCE.exclusions[0],
        after: { item: 'Marketing copy generator', justification: 'Retired in 2026' },
      },
    ]);
    expect(diff.fields.interfaces.items.map((item) => [item.key, item.change])).toEqual([
      ['Group IT provides hosting and backups', 'added'],
      ['Group IT provides hosting', 'removed'],
    ]);
    expect(diff.fields.aiRoles.items.map((item) => item.change)).toEqual(['unchanged', 'added']);
    expect(diff.changedFields).toEqual(['interfaces', 'exclusions', 'aiRoles']);
  });

  it('calls a list whose items only moved changed, with each item unchanged', () => {
    const diff = diffScope(IN_FORCE, {
      ...IN_FORCE,
      organizationalUnits: ['Data science', 'Claims'],
    });
    expect(diff.fields.organizationalUnits).toMatchObject({ change: 'changed', changed: true });
    expect(diff.fields.organizationalUnits.items.map((item) => item.change)).toEqual([
      'unchanged',
      'unchanged',
    ]);
  });

  it('shows a cleared statement and an emptied list against what was in force', () => {
    const diff = diffScope(IN_FORCE, { ...IN_FORCE, statement: '', aiSystemIds: [] });
    expect(diff.fields.statement).toEqual({
      change: 'changed',
      changed: true,
      before: IN_FORCE.statement,
      after: '',
    });
    expect(diff.fields.aiSystemIds.items).toEqual([
      { key: 'sys-1', change: 'removed', before: 'sys-1', after: null },
    ]);
  });

  it('compares considered requirements by party and text, ignoring letter case', () => {
    const diff = diffScope(IN_FORCE, {
      ...IN_FORCE,
      contextIssueIds: ['issue-1', 'issue-2'],
      partyRequirements: [
        { interestedPartyId: 'party-1', requirement: 'Human review on REQUEST' },
        { interestedPartyId: 'party-2', requirement: 'Energy reporting' },
      ],
    });
    expect(diff.changedFields).toEqual(['contextIssueIds', 'partyRequirements']);
    expect(diff.fields.contextIssueIds.items.map((item) => [item.key, item.change])).toEqual([
      ['issue-1', 'unchanged'],
      ['issue-2', 'added'],
    ]);
    expect(diff.fields.partyRequirements.items.map((item) => [item.key, item.change])).toEqual([
      ['party-1:human review on request', 'changed'],
      ['party-2:energy reporting', 'added'],
    ]);
  });
});
