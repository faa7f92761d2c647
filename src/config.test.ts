import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('TRUST_PROXY', () => {
  it('names the reverse proxies by address or CIDR range', () => {
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
    ]);
    expect(loadConfig({}).trustProxy).toEqual([]);
  });

  it.each(['1', 'true', 'yes', '10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/1'])(
    'refuses %j, which would believe any client or names no address',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY must list/);
    },
  );
});

describe('AIMS_FILE_STORE', () => {
  it('keeps files in the database on PostgreSQL and in a folder on the embedded database', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/aims' }).fileStore).toBe('database');
    expect(loadConfig({}).fileStore).toBe('filesystem');
  });

  it('takes either store on either database when told', () => {
    const env = { DATABASE_URL: 'postgres://db/aims', AIMS_FILE_STORE: 'filesystem' };
    expect(loadConfig(env).fileStore).toBe('filesystem');
    expect(loadConfig({ AIMS_FILE_STORE: 'database' }).fileStore).toBe('database');
  });

  it('refuses another value', () => {
    expect(() => loadConfig({ AIMS_FILE_STORE: 's3' })).toThrow(/AIMS_FILE_STORE must be/);
  });
});

describe('AIMS_PAGE_CACHE and AIMS_ACCESS_CACHE', () => {
  it('keep register pages and what credentials read unless turned off', () => {
    expect(loadConfig({}).keepPages).toBe(true);
    expect(loadConfig({ AIMS_PAGE_CACHE: 'off' }).keepPages).toBe(false);
    expect(loadConfig({}).keepAccess).toBe(true);
    expect(loadConfig({ AIMS_ACCESS_CACHE: 'off' }).keepAccess).toBe(false);
  });
});

describe('AIMS_EVIDENCE_MAX_BYTES, AIMS_EVIDENCE_FILE_TYPES and AIMS_EVIDENCE_EXPIRING_DAYS', () => {
  it('allows 200 MiB files of every known type, expiring 30 days ahead, by default', () => {
    const { evidence } = loadConfig({});
    expect(evidence.maxBytes).toBe(200 * 1024 * 1024);
    expect(evidence.allowedTypes).toContain('pdf');
    expect(evidence.allowedTypes).toContain('xlsx');
    expect(evidence.expiringDays).toBe(30);
  });

  it('takes a smaller limit, a narrower list of types and another window', () => {
    const { evidence } = loadConfig({
      AIMS_EVIDENCE_MAX_BYTES: '1048576',
      AIMS_EVIDENCE_FILE_TYPES: 'png, PDF',
      AIMS_EVIDENCE_EXPIRING_DAYS: '14',
    });
    expect(evidence).toEqual({ maxBytes: 1048576, allowedTypes: ['pdf', 'png'], expiringDays: 14 });
  });

  it('refuses an unknown type, a limit that is not a whole number and a zero limit', () => {
    expect(() => loadConfig({ AIMS_EVIDENCE_FILE_TYPES: 'pdf,exe' })).toThrow(
      /AIMS_EVIDENCE_FILE_TYPES must list/,
    );
    expect(() => loadConfig({ AIMS_EVIDENCE_MAX_BYTES: '2MB' })).toThrow(/whole number/);
    expect(() => loadConfig({ AIMS_EVIDENCE_MAX_BYTES: '0' })).toThrow(/at least 1/);
  });
});
