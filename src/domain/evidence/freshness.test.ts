import { describe, expect, it } from 'vitest';
import { freshnessBounds, freshnessOf, validUntilOf } from './freshness.js';

describe('freshnessOf', () => {
  it.each([
    ['2027-06-30', '2026-12-01', 30, 'fresh'],
    ['2027-01-01', '2026-12-01', 30, 'fresh'],
    ['2026-12-31', '2026-12-01', 30, 'expiring'],
    ['2026-12-30', '2026-12-01', 30, 'expiring'],
    ['2026-12-01', '2026-12-01', 30, 'expiring'],
    ['2026-11-30', '2026-12-01', 30, 'expired'],
    ['2026-12-08', '2026-12-01', 7, 'expiring'],
    ['2026-12-09', '2026-12-01', 7, 'fresh'],
    ['2026-12-01', '2026-12-01', 0, 'expiring'],
    [null, '2026-12-01', 30, 'no_expiry'],
  ] as const)('valid until %s on %s with a %i-day window is %s', (until, today, days, expected) => {
    expect(freshnessOf(until, today, days)).toBe(expected);
  });

  it('counts the valid-until day itself as still valid, and the day after as expired', () => {
    expect(freshnessOf('2026-12-31', '2026-12-31')).toBe('expiring');
    expect(freshnessOf('2026-12-31', '2027-01-01')).toBe('expired');
  });
});

describe('validUntilOf', () => {
  it('takes the date given before the review frequency', () => {
    expect(validUntilOf('2026-01-15', '2026-03-01', 12)).toBe('2026-03-01');
  });
  it('adds the review frequency in months to the evidence date', () => {
    expect(validUntilOf('2026-01-15', null, 6)).toBe('2026-07-15');
    expect(validUntilOf('2026-08-31', null, 6)).toBe('2027-02-28');
  });
  it('has no expiry with neither', () => {
    expect(validUntilOf('2026-01-15', null, null)).toBeNull();
  });
});

describe('freshnessBounds', () => {
  it('agrees with freshnessOf at the edges of the window', () => {
    const bounds = freshnessBounds('2026-12-01', 30);
    expect(bounds).toEqual({ expiredBefore: '2026-12-01', expiringThrough: '2026-12-31' });
    expect(freshnessOf(bounds.expiringThrough, '2026-12-01', 30)).toBe('expiring');
  });
});
