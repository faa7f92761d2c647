/**
 * Rules for sign-in identities: how an email address is compared, what a
 * password must be, and how long sessions last (throttling: throttle.ts).
 */
import type { FieldIssue } from '../errors.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Sessions end after this long without use, and in any case after the absolute limit. */
export const SESSION_IDLE_SECONDS = 12 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;

/** Email addresses are compared case-insensitively, without surrounding blanks. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** The problems with a proposed password; empty when it is acceptable. */
export const passwordIssues = (password: string, field = 'password'): FieldIssue[] => {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [{ field, reason: `must be at least ${PASSWORD_MIN_LENGTH} characters long` }];
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return [{ field, reason: `must be at most ${PASSWORD_MAX_LENGTH} characters long` }];
  }
  if (password.trim().length === 0) return [{ field, reason: 'must not be only blanks' }];
  return [];
};
