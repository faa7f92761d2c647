import { describe, expect, it } from 'vitest';
import { dueRunKey, nextRunAt, retryDelaySeconds } from './schedule.js';

const daily = { kind: 'daily', atUtc: '06:00' } as const;
const at = (iso: string) => new Date(iso);

describe('dueRunKey', () => {
  it('names the day once the daily time has come', () => {
    expect(dueRunKey(daily, at('2026-12-02T06:00:00.000Z'))).toBe('2026-12-02');
    expect(dueRunKey(daily, at('2026-12-02T23:59:00.000Z'))).toBe('2026-12-02');
  });

  it('has nothing due before the daily time', () => {
    expect(dueRunKey(daily, at('2026-12-02T05:59:59.999Z'))).toBeUndefined();
  });

  it('never schedules a triggered job', () => {
    expect(dueRunKey({ kind: 'trigger' }, at('2026-12-02T12:00:00.000Z'))).toBeUndefined();
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => dueRunKey({ kind: 'daily', atUtc: '6am' }, at('2026-12-02T12:00:00Z'))).toThrow(
      /HH:MM/,
    );
  });
});

describe('nextRunAt', () => {
  it('is today at the daily time before it has come', () => {
    expect(nextRunAt(daily, at('2026-12-02T01:00:00.000Z'), '2026-12-01')?.toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    );
  });

  it('is now when today is due and not yet claimed', () => {
    expect(nextRunAt(daily, at('2026-12-02T07:00:00.000Z'), '2026-12-01')?.toISOString()).toBe(
      '2026-12-02T07:00:00.000Z',
    );
  });

  it('is tomorrow once today has run', () => {
    expect(nextRunAt(daily, at('2026-12-02T07:00:00.000Z'), '2026-12-02')?.toISOString()).toBe(
      '2026-12-03T06:00:00.000Z',
    );
  });

  it('is null for a triggered job', () => {
    expect(nextRunAt({ kind: 'trigger' }, at('2026-12-02T07:00:00.000Z'), null)).toBeNull();
  });
});

describe('retryDelaySeconds', () => {
  const policy = { retries: 3, delaySeconds: 30 };
  it('doubles the wait after each failed attempt', () => {
    expect([1, 2, 3].map((attempt) => retryDelaySeconds(policy, attempt))).toEqual([30, 60, 120]);
  });

  it('gives up once the retries are spent', () => {
    expect(retryDelaySeconds(policy, 4)).toBeNull();
  });
});
