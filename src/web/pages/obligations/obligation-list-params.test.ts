import { describe, expect, it } from 'vitest';
import {
  hasObligationFilters,
  readObligationParams,
  writeObligationParams,
  type ObligationListParams,
} from './obligation-list-params.js';

const DEFAULTS = readObligationParams(new URLSearchParams());

const EVERYTHING_SET: ObligationListParams = {
  search: 'GDPR art',
  kind: 'regulatory',
  status: 'partially_compliant',
  aiSystemId: '01900000-0000-7000-8000-000000000001',
  ownerUserId: '01900000-0000-7000-8000-000000000002',
  overdue: 'true',
  sort: 'nextReviewDate',
  direction: 'desc',
  page: 3,
  pageSize: 50,
};

describe('obligation list parameters in the URL', () => {
  it('reads an empty query as the default view, and writes the default view as nothing', () => {
    expect(DEFAULTS).toEqual({
      search: '',
      kind: null,
      status: null,
      aiSystemId: null,
      ownerUserId: null,
      overdue: null,
      sort: 'source',
      direction: 'asc',
      page: 1,
      pageSize: 25,
    });
    expect(writeObligationParams(DEFAULTS).toString()).toBe('');
    expect(hasObligationFilters(DEFAULTS)).toBe(false);
  });

  it('reads back every field it writes', () => {
    const written = writeObligationParams(EVERYTHING_SET);
    expect(written.toString()).toBe(
      'q=GDPR+art&kind=regulatory&status=partially_compliant' +
        '&system=01900000-0000-7000-8000-000000000001&owner=01900000-0000-7000-8000-000000000002' +
        '&overdue=true&sort=nextReviewDate&dir=desc&page=3&pageSize=50',
    );
    expect(readObligationParams(new URLSearchParams(written.toString()))).toEqual(EVERYTHING_SET);
    expect(hasObligationFilters(EVERYTHING_SET)).toBe(true);
  });

  it.each([
    ['kind=memo', { kind: null }],
    ['status=done', { status: null }],
    ['overdue=yes', { overdue: null }],
    ['sort=password', { sort: 'source' }],
    ['dir=sideways', { direction: 'asc' }],
    ['page=0', { page: 1 }],
    ['page=2.5', { page: 1 }],
    ['pageSize=1000', { pageSize: 25 }],
    ['system=%20&owner=', { aiSystemId: null, ownerUserId: null }],
  ])('falls back to the default for a hand-edited %s', (query, expected) => {
    expect(readObligationParams(new URLSearchParams(query))).toEqual({ ...DEFAULTS, ...expected });
  });

  it('counts a search of spaces as no filter', () => {
    expect(hasObligationFilters({ ...DEFAULTS, search: '   ' })).toBe(false);
  });
});
