/**
 * How current a piece of evidence is (ISO/IEC 42001 clause 7.5.3 and the
 * Annex A controls it supports: evidence an auditor samples must still say
 * something true). A version is valid until the date given, or until its
 * evidence date plus the item's review frequency; with neither it does not
 * expire.
 *
 * - fresh: valid for longer than the expiring window
 * - expiring: valid for the window's days or fewer (the valid-until day included)
 * - expired: the valid-until day has passed
 * - no_expiry: no valid-until date and no review frequency
 */
import { daysBetween } from '../clock.js';
import { addMonths } from '../document/dates.js';

export const EVIDENCE_FRESHNESS = ['fresh', 'expiring', 'expired', 'no_expiry'] as const;
export type EvidenceFreshness = (typeof EVIDENCE_FRESHNESS)[number];

export const EVIDENCE_FRESHNESS_LABELS: Readonly<Record<EvidenceFreshness, string>> = {
  fresh: 'Fresh',
  expiring: 'Expiring',
  expired: 'Expired',
  no_expiry: 'No expiry',
};

/** Days before the valid-until date from which evidence counts as expiring. */
export const DEFAULT_EXPIRING_DAYS = 30;

/**
 * The date a version is valid until: the one given, else the evidence date
 * plus the review frequency in months, else none.
 */
export const validUntilOf = (
  evidenceDate: string,
  givenValidUntil: string | null,
  reviewFrequencyMonths: number | null,
): string | null => {
  if (givenValidUntil !== null) return givenValidUntil;
  if (reviewFrequencyMonths !== null) return addMonths(evidenceDate, reviewFrequencyMonths);
  return null;
};

/** The freshness on `today` (YYYY-MM-DD) of evidence valid until `validUntil`. */
export const freshnessOf = (
  validUntil: string | null,
  today: string,
  expiringDays: number = DEFAULT_EXPIRING_DAYS,
): EvidenceFreshness => {
  if (validUntil === null) return 'no_expiry';
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= expiringDays) return 'expiring';
  return 'fresh';
};

/**
 * The valid-until dates that bound each freshness on `today`, for queries:
 * expired before `expiredBefore`, expiring up to `expiringThrough`.
 */
export const freshnessBounds = (today: string, expiringDays: number = DEFAULT_EXPIRING_DAYS) => {
  const start = Date.parse(`${today}T00:00:00Z`);
  const through = new Date(start + expiringDays * 86_400_000).toISOString().slice(0, 10);
  return { expiredBefore: today, expiringThrough: through };
};
