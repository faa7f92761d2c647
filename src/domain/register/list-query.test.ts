import { describe, expect, it } from 'vitest';
import { chosenSort, listWindowOf, pageWindow, searchOf } from './list-query.js';

describe('page window', () => {
  it.each([
    [{}, { page: 1, pageSize: 25, offset: 0, limit: 25 }],
    [
      { page: 3, pageSize: 10 },
      { page: 3, pageSize: 10, offset: 20, limit: 10 },
    ],
    [
      { page: 0, pageSize: 0 },
      { page: 1, pageSize: 1, offset: 0, limit: 1 },
    ],
    [
      { page: -4, pageSize: 5000 },
      { page: 1, pageSize: 200, offset: 0, limit: 200 },
    ],
    [
      { page: 2.7, pageSize: 10.2 },
      { page: 2, pageSize: 10, offset: 10, limit: 10 },
    ],
    [{ page: Number.NaN }, { page: 1, pageSize: 25, offset: 0, limit: 25 }],
  ])('bounds %j to %j', (request, expected) => {
    expect(pageWindow(request)).toEqual(expected);
  });
});

describe('chosen sort', () => {
  const spec = { fields: ['name', 'updatedAt'] as const, default: 'name' as const };
  it('takes a whitelisted field and direction', () => {
    expect(chosenSort(spec, { sort: 'updatedAt', direction: 'desc' })).toEqual({
      sort: 'updatedAt',
      direction: 'desc',
    });
  });
  it('falls back to the default field, ascending', () => {
    expect(chosenSort(spec, {})).toEqual({ sort: 'name', direction: 'asc' });
    const unknown = { sort: 'password' } as unknown as { sort: 'name' };
    expect(chosenSort(spec, unknown)).toEqual({ sort: 'name', direction: 'asc' });
  });
});

describe('search and window', () => {
  it('drops blank searches and trims the rest', () => {
    expect(searchOf('   ')).toEqual({});
    expect(searchOf(undefined)).toEqual({});
    expect(searchOf('  bias ')).toEqual({ search: 'bias' });
  });
  it('builds the window of a request on a day', () => {
    expect(listWindowOf({ page: 2, pageSize: 10, search: ' x ' }, '2026-12-01')).toEqual({
      page: 2,
      pageSize: 10,
      window: { offset: 10, limit: 10, today: '2026-12-01', search: 'x' },
    });
  });
});
