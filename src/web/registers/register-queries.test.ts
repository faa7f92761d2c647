import { describe, expect, it } from 'vitest';
import { registerKeys, staleAfterChange } from './register-queries.js';

describe('register query keys', () => {
  it('nests lists and records under the register, so one prefix refreshes them all', () => {
    const query = { sort: 'source', direction: 'asc', page: 1, pageSize: 25 };
    expect(registerKeys.all('org-1', 'obligations')).toEqual(['orgs', 'org-1', 'obligations']);
    expect(registerKeys.list('org-1', 'obligations', query)).toEqual([
      'orgs',
      'org-1',
      'obligations',
      'list',
      query,
    ]);
    expect(registerKeys.one('org-1', 'obligations', 'ob-7')).toEqual([
      'orgs',
      'org-1',
      'obligations',
      'one',
      'ob-7',
    ]);
  });

  it('makes the register’s lists and the audit trail stale after a change, not its records', () => {
    expect(staleAfterChange('org-1', 'context-issues')).toEqual([
      ['orgs', 'org-1', 'context-issues', 'list'],
      ['orgs', 'org-1', 'audit-log'],
    ]);
  });

  it('also makes the required documents stale after a change to a register that fulfils them', () => {
    expect(staleAfterChange('org-1', 'objectives')).toContainEqual([
      'orgs',
      'org-1',
      'required-documents',
    ]);
  });

  it('also makes the treatment plan and the organization controls stale after a change to a risk', () => {
    expect(staleAfterChange('org-1', 'risks')).toEqual([
      ['orgs', 'org-1', 'risks', 'list'],
      ['orgs', 'org-1', 'audit-log'],
      ['orgs', 'org-1', 'risk-treatment-plans'],
      ['orgs', 'org-1', 'organization-controls'],
    ]);
  });
});
