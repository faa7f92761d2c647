/**
 * The second factor of a sign-in: a time-based one-time password (TOTP,
 * RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift
 * either way) or one of ten single-use recovery codes. A code is accepted
 * once: its time step must be newer than the last one accepted.
 */
import { addSeconds } from '../clock.js';

export const TOTP_ALGORITHM = 'SHA1';
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Steps of clock drift accepted either side of the current one. */
export const TOTP_WINDOW = 1;
/** RFC 4226 recommends 160 bits, the size of an SHA-1 output. */
export const TOTP_SECRET_BYTES = 20;
export const TOTP_ISSUER = 'AIMS Workbench';

export const RECOVERY_CODE_COUNT = 10;
/** Base32 characters of a recovery code: 80 bits, shown in groups of four. */
export const RECOVERY_CODE_LENGTH = 16;

/** How long a sign-in waits for its second factor once the password was accepted. */
export const SIGN_IN_CHALLENGE_SECONDS = 5 * 60;

export const challengeExpiry = (at: Date): string =>
  addSeconds(at, SIGN_IN_CHALLENGE_SECONDS).toISOString();

/** A TOTP code as typed: spaces are ignored; undefined when it is not six digits. */
export const normalizeTotpCode = (text: string): string | undefined => {
  const code = text.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? code : undefined;
};

/** A recovery code as typed: case, spaces and dashes are ignored. */
export const normalizeRecoveryCode = (text: string): string =>
  text.replace(/[\s-]+/g, '').toUpperCase();

/** `ABCDEFGHIJKLMNOP` → `ABCD-EFGH-IJKL-MNOP`. */
export const formatRecoveryCode = (code: string): string => (code.match(/.{1,4}/g) ?? []).join('-');

/** Whether a code of this time step may still be accepted after the last one used. */
export const isStepUnused = (step: number, lastUsedStep: number | null): boolean =>
  lastUsedStep === null || step > lastUsedStep;
