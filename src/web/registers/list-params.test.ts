import { describe, expect, it } from 'vitest';
import type { RegisterDeclaration } from './declaration.js';
import { listCodec } from './list-params.js';
import type { ListParams } from './list-params.js';

const choices = (...values: string[]) => values.map((value) => ({ value, label: value }));

/** The obligations register's filters and sort, as `GET /api/v1/registers` declares them. */
const obligations: Pick<RegisterDeclaration, 'filters' | 'sort'> = {
  filters: [
    {
      param: 'kind',
      label: 'Kind',
      type: 'choice',
      choices: choices('legal', 'regulatory', 'contractual', 'voluntary'),
    },
    {
      param: 'complianceStatus',
      label: 'Compliance status',
      type: 'choice',
      choices: choices('not_assessed', 'compliant', 'partially_compliant', 'non_compliant'),
    },
    { param: 'aiSystemId', label: 'AI system', type: 'ai_system', choices: null },
    { param: 'ownerUserId', label: 'Owner', type: 'member', choices: null },
    { param: 'overdue', label: 'Review overdue', type: 'boolean', choices: null },
  ],
  sort: {
    default: 'source',
    fields: ['source', 'reference', 'complianceStatus', 'nextReviewDate', 'updatedAt'].map(
      (field) => ({ field, label: field }),
    ),
  },
};

const codec = listCodec({
  filters: obligations.filters,
  sort: obligations.sort,
  urlNames: { complianceStatus: 'status', aiSystemId: 'system', ownerUserId: 'owner' },
});
const DEFAULTS = codec.read(new URLSearchParams());

const EVERYTHING_SET: ListParams = {
  search: 'GDPR art',
  filters: {
    kind: 'regulatory',
    complianceStatus: 'partially_compliant',
    aiSystemId: '01900000-0000-7000-8000-000000000001',
    ownerUserId: '01900000-0000-7000-8000-000000000002',
    overdue: 'true',
  },
  sort: 'nextReviewDate',
  direction: 'desc',
  page: 3,
  pageSize: 50,
};

const withFilters = (filters: ListParams['filters']): ListParams => ({
  ...DEFAULTS,
  filters: { ...DEFAULTS.filters, ...filters },
});

describe('register list parameters in the URL', () => {
  it('reads an empty query as the default view, and writes the default view as nothing', () => {
    expect(DEFAULTS).toEqual({
      search: '',
      filters: {
        kind: null,
        complianceStatus: null,
        aiSystemId: null,
        ownerUserId: null,
        overdue: null,
      },
      sort: 'source',
      direction: 'asc',
      page: 1,
      pageSize: 25,
    });
    expect(codec.write(DEFAULTS).toString()).toBe('');
    expect(codec.hasFilters(DEFAULTS)).toBe(false);
  });

  it('reads back every field it writes, under the address names bookmarks already use', () => {
    const written = codec.write(EVERYTHING_SET);
    expect(written.toString()).toBe(
      'q=GDPR+art&kind=regulatory&status=partially_compliant' +
        '&system=01900000-0000-7000-8000-000000000001&owner=01900000-0000-7000-8000-000000000002' +
        '&overdue=true&sort=nextReviewDate&dir=desc&page=3&pageSize=50',
    );
    expect(codec.read(new URLSearchParams(written.toString()))).toEqual(EVERYTHING_SET);
    expect(codec.hasFilters(EVERYTHING_SET)).toBe(true);
  });

  it.each([
    ['kind=memo', { filters: { kind: null } }],
    ['status=done', { filters: { complianceStatus: null } }],
    ['overdue=yes', { filters: { overdue: null } }],
    ['system=%20&owner=', { filters: { aiSystemId: null, ownerUserId: null } }],
    ['sort=password', { sort: 'source' }],
    ['dir=sideways', { direction: 'asc' }],
    ['page=0', { page: 1 }],
    ['page=-2', { page: 1 }],
    ['page=2.5', { page: 1 }],
    ['page=', { page: 1 }],
    ['pageSize=1000', { pageSize: 25 }],
    ['pageSize=7', { pageSize: 25 }],
  ])('falls back to the default for a hand-edited %s', (query, expected) => {
    const read = codec.read(new URLSearchParams(query));
    const { filters = {}, ...rest } = expected as Partial<ListParams>;
    expect(read).toEqual({ ...withFilters(filters), ...rest });
  });

  it('ignores address names the register does not declare', () => {
    expect(codec.read(new URLSearchParams('complianceStatus=compliant&colour=red'))).toEqual(
      DEFAULTS,
    );
  });

  it('counts a search of spaces as no filter, and clears search and filters together', () => {
    expect(codec.hasFilters({ ...DEFAULTS, search: '   ' })).toBe(false);
    expect(codec.hasFilters({ ...EVERYTHING_SET, ...codec.noFilters })).toBe(false);
  });

  it('asks the API with its own parameter names, the trimmed search and no unset filter', () => {
    expect(
      codec.toQuery({ ...withFilters({ complianceStatus: 'compliant' }), search: ' ai ' }),
    ).toEqual({
      complianceStatus: 'compliant',
      search: 'ai',
      sort: 'source',
      direction: 'asc',
      page: 1,
      pageSize: 25,
    });
  });

  it('uses the parameter name itself when no address name is given', () => {
    const plain = listCodec({ filters: obligations.filters, sort: obligations.sort });
    expect(plain.write(withFilters({ complianceStatus: 'compliant' })).toString()).toBe(
      'complianceStatus=compliant',
    );
  });
});

describe('a register list with a fixed order, on a tab', () => {
  const parties = listCodec({
    filters: [{ param: 'hasUnaddressed', label: 'Requirements', type: 'boolean', choices: null }],
    sort: { default: 'kind', fields: [] },
    urlNames: { hasUnaddressed: 'open' },
    constants: { tab: 'parties' },
  });

  it('keeps its tab in every address, even the default view', () => {
    expect(parties.write(parties.defaults).toString()).toBe('tab=parties');
    const open = { ...parties.defaults, filters: { hasUnaddressed: 'true' } };
    expect(parties.write(open).toString()).toBe('tab=parties&open=true');
    expect(parties.read(new URLSearchParams('tab=parties&open=true'))).toEqual(open);
  });

  it('sends no sort to a route that has one order', () => {
    expect(parties.toQuery(parties.read(new URLSearchParams('sort=name&dir=desc')))).toEqual({
      page: 1,
      pageSize: 25,
    });
  });
});
