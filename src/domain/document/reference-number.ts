/**
 * The reference number the register suggests for a new document (ISO/IEC
 * 42001 clause 7.5.2: identification): AIMS-, a code for the kind, and the
 * next free three-digit number among the organization's numbers in that
 * series, such as AIMS-POL-001 for the first AI policy.
 */
import type { DocumentKind } from './document.js';

export const REFERENCE_SERIES: Readonly<Record<DocumentKind, string>> = {
  ai_policy: 'AIMS-POL',
  procedure: 'AIMS-PRC',
  methodology: 'AIMS-MET',
  plan: 'AIMS-PLN',
  record: 'AIMS-REC',
  external: 'AIMS-EXT',
};

/** One past the highest number already used in the kind's series, ignoring letter case. */
export const suggestReferenceNumber = (
  kind: DocumentKind,
  existing: readonly (string | null)[],
): string => {
  const series = REFERENCE_SERIES[kind];
  const pattern = new RegExp(`^${series}-(\\d+)$`, 'i');
  const highest = existing.reduce((max, reference) => {
    const match = reference === null ? null : pattern.exec(reference);
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `${series}-${String(highest + 1).padStart(3, '0')}`;
};
