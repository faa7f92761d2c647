import { describe, expect, it } from 'vitest';
import type { Actor } from '../context.js';
import { createPageCache } from './page-cache.js';

const ORG = '01890000-0000-7000-8000-000000000001';
const organization = {
  id: ORG,
  name: 'Cache Co',
  kind: 'auditee' as const,
  createdAt: '2026-12-01T09:00:00.000Z',
  requireSecondFactor: false,
};
const caller = (changes: {
  revision?: number;
  userId?: string;
  organizationId?: string;
}): Actor => ({
  kind: 'user',
  userId: changes.userId ?? 'user-1',
  email: 'someone@example.test',
  sessionId: null,
  apiTokenId: 'token-1',
  secondFactor: false,
  inOrganization: {
    organizationId: changes.organizationId ?? ORG,
    organization,
    roles: ['viewer'],
    revision: changes.revision ?? 7,
  },
});
const DAY = '2026-12-02';
const QUERY = { page: 1, pageSize: 25 };

describe('the key of a kept register page', () => {
  const pages = createPageCache<object>({ enabled: true });

  it('changes with the revision, the caller, the day and the query', () => {
    const key = pages.keyOf(caller({}), ORG, DAY, QUERY);
    expect(key).toBeDefined();
    expect(pages.keyOf(caller({ revision: 8 }), ORG, DAY, QUERY)).not.toBe(key);
    expect(pages.keyOf(caller({ userId: 'user-2' }), ORG, DAY, QUERY)).not.toBe(key);
    expect(pages.keyOf(caller({}), ORG, '2026-12-03', QUERY)).not.toBe(key);
    expect(pages.keyOf(caller({}), ORG, DAY, { ...QUERY, page: 2 })).not.toBe(key);
    expect(pages.keyOf(caller({}), ORG, DAY, QUERY)).toBe(key);
  });

  it('is none without a revision read for this organization with the credentials', () => {
    expect(pages.keyOf(caller({ organizationId: 'another' }), ORG, DAY, QUERY)).toBeUndefined();
    expect(pages.keyOf({ kind: 'system', label: 'cli' }, ORG, DAY, QUERY)).toBeUndefined();
  });

  it('is none when keeping pages is turned off', () => {
    const off = createPageCache<object>({ enabled: false });
    expect(off.keyOf(caller({}), ORG, DAY, QUERY)).toBeUndefined();
  });
});
