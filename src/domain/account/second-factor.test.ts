import { describe, expect, it } from 'vitest';
import {
  challengeExpiry,
  formatRecoveryCode,
  isStepUnused,
  normalizeRecoveryCode,
  normalizeTotpCode,
} from './second-factor.js';

describe('second factor rules', () => {
  it('reads a six-digit code with spaces and refuses anything else', () => {
    expect(normalizeTotpCode(' 123 456 ')).toBe('123456');
    expect(normalizeTotpCode('12345')).toBeUndefined();
    expect(normalizeTotpCode('12345a')).toBeUndefined();
  });

  it('reads a recovery code whatever its case and dashes', () => {
    expect(normalizeRecoveryCode('abcd-efgh ijkl-mnop')).toBe('ABCDEFGHIJKLMNOP');
    expect(formatRecoveryCode('ABCDEFGHIJKLMNOP')).toBe('ABCD-EFGH-IJKL-MNOP');
  });

  it('accepts a time step only when it is newer than the last one used', () => {
    expect(isStepUnused(10, null)).toBe(true);
    expect(isStepUnused(11, 10)).toBe(true);
    expect(isStepUnused(10, 10)).toBe(false);
    expect(isStepUnused(9, 10)).toBe(false);
  });

  it('gives a challenge five minutes', () => {
    expect(challengeExpiry(new Date('2026-12-01T09:00:00.000Z'))).toBe('2026-12-01T09:05:00.000Z');
  });
});
