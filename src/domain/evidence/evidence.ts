/**
 * Evidence (ISO/IEC 42001 clause 7.5 documented information, and what a
 * Stage 2 auditor samples for each clause and Annex A control): a file kept
 * by its SHA-256 or a link, with the date the fact it proves was true, how
 * long it holds, an owner, and links to the clauses, controls, risks and
 * documents it supports. Every new version keeps the ones before it.
 */
import { findClause, isControlId } from '../catalog/index.js';
import type { ClauseId, ControlId } from '../catalog/index.js';
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, checkText, isCalendarDate } from '../validation.js';
import type { FileTypeId } from './file-type.js';
import { validUntilOf } from './freshness.js';
import type { EvidenceFreshness } from './freshness.js';

export const EVIDENCE_KINDS = ['file', 'link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, string>> = {
  file: 'File',
  link: 'Link',
};

export const REVIEW_FREQUENCY_MIN = 1;
export const REVIEW_FREQUENCY_MAX = 120;
export const URL_MAX = 2_000;
export const NOTE_MAX = 2_000;
/** Links of one kind an item may carry. */
export const LINKS_MAX = 200;

/** What an item supports, by kind of record. */
export interface EvidenceLinks {
  readonly clauseIds: readonly ClauseId[];
  readonly controlIds: readonly ControlId[];
  readonly organizationControlIds: readonly string[];
  readonly riskIds: readonly string[];
  readonly documentIds: readonly string[];
}

export const LINK_FIELDS = [
  'clauseIds',
  'controlIds',
  'organizationControlIds',
  'riskIds',
  'documentIds',
] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

export const NO_LINKS: EvidenceLinks = {
  clauseIds: [],
  controlIds: [],
  organizationControlIds: [],
  riskIds: [],
  documentIds: [],
};

/** What a person sets on an evidence item, apart from its versions. */
export interface EvidenceDetails {
  readonly title: string;
  readonly description: string;
  readonly kind: EvidenceKind;
  readonly ownerUserId: string | null;
  readonly reviewFrequencyMonths: number | null;
  readonly links: EvidenceLinks;
}

export interface EvidenceInput {
  readonly title: string;
  readonly description?: string | undefined;
  readonly kind: EvidenceKind;
  readonly ownerUserId?: string | null | undefined;
  readonly reviewFrequencyMonths?: number | null | undefined;
  readonly links?: Partial<Record<LinkField, readonly string[]>> | undefined;
}

/** A stored file of a version: its SHA-256, size, the type its content showed, and its name. */
export interface EvidenceFile {
  readonly sha256: string;
  readonly size: number;
  readonly fileType: FileTypeId;
  readonly mediaType: string;
  readonly name: string;
}

export interface EvidenceVersion {
  readonly id: string;
  readonly evidenceId: string;
  readonly organizationId: string;
  readonly version: number;
  readonly file: EvidenceFile | null;
  readonly url: string | null;
  /** When the fact the evidence proves was true (not when it was uploaded). */
  readonly evidenceDate: string;
  /** The valid-until date given for this version, if any. */
  readonly givenValidUntil: string | null;
  /** The date it holds until: given, or evidence date + review frequency; null never expires. */
  readonly validUntil: string | null;
  readonly note: string;
  readonly createdByUserId: string | null;
  readonly createdAt: string;
}

export interface VersionInput {
  readonly url?: string | undefined;
  readonly evidenceDate: string;
  readonly validUntil?: string | null | undefined;
  readonly note?: string | undefined;
}

/** A checked version, before it gets its id and number. */
export interface VersionDetails {
  readonly url: string | null;
  readonly evidenceDate: string;
  readonly givenValidUntil: string | null;
  readonly note: string;
}

/** An evidence item with what its current version says. */
export interface Evidence extends EvidenceDetails {
  readonly id: string;
  readonly organizationId: string;
  readonly currentVersion: number;
  readonly evidenceDate: string;
  readonly validUntil: string | null;
  /** The freshness the daily sweep last recorded (null before its first run). */
  readonly sweptFreshness: EvidenceFreshness | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const checkDate = (issues: FieldIssue[], field: string, value: string): string => {
  const trimmed = value.trim();
  if (!isCalendarDate(trimmed))
    issues.push({ field, reason: 'must be a date written as YYYY-MM-DD' });
  return trimmed;
};

/** An http or https address, without credentials in it. */
export const checkUrl = (issues: FieldIssue[], field: string, value: string): string => {
  const trimmed = value.trim();
  let parsed: URL | null = null;
  try {
    parsed = new URL(trimmed);
  } catch {
    parsed = null;
  }
  if (trimmed.length > URL_MAX) {
    issues.push({ field, reason: `must be at most ${URL_MAX} characters` });
  } else if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    issues.push({ field, reason: 'must be an http:// or https:// address' });
  } else if (parsed.username !== '' || parsed.password !== '') {
    issues.push({ field, reason: 'must not carry a user name or password' });
  }
  return trimmed;
};

const uniqueOf = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** Links checked for shape: catalog ids must exist; record ids are checked against the organization later. */
const checkLinks = (issues: FieldIssue[], links: EvidenceInput['links']): EvidenceLinks => {
  const given = (field: LinkField): string[] =>
    uniqueOf((links?.[field] ?? []).map((id) => id.trim()));
  for (const field of LINK_FIELDS) {
    if (given(field).length > LINKS_MAX)
      issues.push({ field: `links.${field}`, reason: `must have at most ${LINKS_MAX} entries` });
  }
  const clauseIds = given('clauseIds');
  clauseIds.forEach((id, index) => {
    if (!findClause(id))
      issues.push({
        field: `links.clauseIds.${index}`,
        reason: `${id} is not a clause of ISO/IEC 42001`,
      });
  });
  const controlIds = given('controlIds');
  controlIds.forEach((id, index) => {
    if (!isControlId(id))
      issues.push({
        field: `links.controlIds.${index}`,
        reason: `${id} is not an Annex A control (A.2.2 … A.10.4)`,
      });
  });
  return {
    clauseIds: clauseIds as ClauseId[],
    controlIds: controlIds as ControlId[],
    organizationControlIds: given('organizationControlIds'),
    riskIds: given('riskIds'),
    documentIds: given('documentIds'),
  };
};

/** Checks what a person enters on an item; the owner's membership is checked by the service. */
export const checkEvidenceInput = (
  input: EvidenceInput,
): { details: EvidenceDetails; issues: FieldIssue[] } => {
  const issues: FieldIssue[] = [];
  const title = checkText(issues, 'title', input.title);
  const description = (input.description ?? '').trim();
  if (description.length > LONG_TEXT_MAX)
    issues.push({ field: 'description', reason: `must be at most ${LONG_TEXT_MAX} characters` });
  const frequency = input.reviewFrequencyMonths ?? null;
  if (
    frequency !== null &&
    (!Number.isInteger(frequency) ||
      frequency < REVIEW_FREQUENCY_MIN ||
      frequency > REVIEW_FREQUENCY_MAX)
  ) {
    issues.push({
      field: 'reviewFrequencyMonths',
      reason: `must be a whole number of months from ${REVIEW_FREQUENCY_MIN} to ${REVIEW_FREQUENCY_MAX}`,
    });
  }
  const ownerUserId = input.ownerUserId ?? null;
  return {
    details: {
      title,
      description,
      kind: input.kind,
      ownerUserId: ownerUserId === '' ? null : ownerUserId,
      reviewFrequencyMonths: frequency,
      links: checkLinks(issues, input.links),
    },
    issues,
  };
};

/**
 * Checks a version: a link item's version needs an address, a file item's
 * has none (its file comes with the upload); the evidence date may not lie
 * after today, and a valid-until date may not lie before the evidence date.
 */
export const checkVersionInput = (
  kind: EvidenceKind,
  input: VersionInput,
  today: string,
): { details: VersionDetails; issues: FieldIssue[] } => {
  const issues: FieldIssue[] = [];
  const evidenceDate = checkDate(issues, 'evidenceDate', input.evidenceDate);
  if (isCalendarDate(evidenceDate) && evidenceDate > today)
    issues.push({ field: 'evidenceDate', reason: `must not be after today (${today})` });
  const rawValidUntil = input.validUntil?.trim() ?? '';
  const givenValidUntil =
    rawValidUntil === '' ? null : checkDate(issues, 'validUntil', rawValidUntil);
  if (
    givenValidUntil !== null &&
    isCalendarDate(givenValidUntil) &&
    isCalendarDate(evidenceDate) &&
    givenValidUntil < evidenceDate
  )
    issues.push({ field: 'validUntil', reason: 'must not be before the evidence date' });
  const note = (input.note ?? '').trim();
  if (note.length > NOTE_MAX)
    issues.push({ field: 'note', reason: `must be at most ${NOTE_MAX} characters` });
  let url: string | null = null;
  if (kind === 'link') {
    if ((input.url ?? '').trim() === '')
      issues.push({ field: 'url', reason: 'is required for a link' });
    else url = checkUrl(issues, 'url', input.url ?? '');
  } else if ((input.url ?? '').trim() !== '') {
    issues.push({ field: 'url', reason: 'a file item takes a file, not an address' });
  }
  return { details: { url, evidenceDate, givenValidUntil, note }, issues };
};

/** The version as stored: its valid-until date follows from the item's review frequency. */
export const versionOf = (
  details: VersionDetails,
  reviewFrequencyMonths: number | null,
): Pick<EvidenceVersion, 'url' | 'evidenceDate' | 'givenValidUntil' | 'validUntil' | 'note'> => ({
  ...details,
  validUntil: validUntilOf(details.evidenceDate, details.givenValidUntil, reviewFrequencyMonths),
});

/** The link ids of every kind, each with the field it came from, for the existence checks. */
export const linkEntries = (links: EvidenceLinks) =>
  LINK_FIELDS.flatMap((field) => links[field].map((id, index) => ({ field, id, index })));

/** What the Statement of Applicability shows of one piece of evidence for a control. */
export interface ControlEvidence {
  readonly evidenceId: string;
  readonly title: string;
  readonly kind: EvidenceKind;
  readonly version: number;
  readonly evidenceDate: string;
  readonly validUntil: string | null;
  /** Of the current version's file; null for a link. */
  readonly sha256: string | null;
  readonly url: string | null;
  readonly freshness: EvidenceFreshness;
}
