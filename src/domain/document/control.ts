/**
 * Control of documented information (ISO/IEC 42001 clause 7.5.3): how a
 * document is identified (a reference number unique in the organization),
 * how long it is kept once it leaves force and what happens to it then
 * (retention and disposition), and who may read it (distribution and access).
 */
import { AUDITEE_ROLES } from '../access/roles.js';
import type { AuditeeRole, Role } from '../access/roles.js';
import type { FieldIssue } from '../errors.js';
import { checkOneOf } from '../validation.js';
import { addMonths } from './dates.js';

export const REFERENCE_NUMBER_MAX = 40;
/** Letters, digits and the separators people use in document numbers: AIMS-POL-001, QP/7.5-02. */
const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export const RETENTION_MONTHS_MIN = 1;
/** A hundred years: long enough for any legal retention period, short enough to catch typos. */
export const RETENTION_MONTHS_MAX = 1200;

/** What happens to documented information once its retention period ends. */
export const DISPOSITIONS = ['destroy', 'archive', 'transfer', 'review'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const DISPOSITION_LABELS: Readonly<Record<Disposition, string>> = {
  destroy: 'Destroy securely',
  archive: 'Archive permanently',
  transfer: 'Transfer to another custodian',
  review: 'Review and decide again',
};

/** Who may read a document: every member, or only members holding one of the named roles. */
export const READ_ACCESS_LEVELS = ['all_members', 'named_roles'] as const;
export type ReadAccess = (typeof READ_ACCESS_LEVELS)[number];

export const READ_ACCESS_LABELS: Readonly<Record<ReadAccess, string>> = {
  all_members: 'All members',
  named_roles: 'Named roles only',
};

/** The document-control details a person sets on a document. */
export interface DocumentControl {
  /** Unique in the organization, ignoring letter case; null until one is given. */
  readonly referenceNumber: string | null;
  /** Months the document is kept after it leaves force; null when not decided. */
  readonly retentionMonths: number | null;
  readonly disposition: Disposition | null;
  readonly readAccess: ReadAccess;
  /** With `named_roles`, the roles whose members may read it; empty with `all_members`. */
  readonly readRoles: readonly AuditeeRole[];
}

export interface DocumentControlInput {
  readonly referenceNumber?: string | null | undefined;
  readonly retentionMonths?: number | null | undefined;
  readonly disposition?: string | null | undefined;
  readonly readAccess?: string | undefined;
  readonly readRoles?: readonly string[] | undefined;
}

const checkReference = (issues: FieldIssue[], value: string | null | undefined): string | null => {
  const reference = value?.trim() ?? '';
  if (reference === '') return null;
  if (reference.length > REFERENCE_NUMBER_MAX) {
    issues.push({
      field: 'referenceNumber',
      reason: `must be at most ${REFERENCE_NUMBER_MAX} characters`,
    });
  } else if (!REFERENCE_PATTERN.test(reference)) {
    issues.push({
      field: 'referenceNumber',
      reason:
        'may hold letters, digits and . _ / - only, starting with a letter or digit (such as AIMS-POL-001)',
    });
  }
  return reference;
};

const checkRetention = (issues: FieldIssue[], months: number | null | undefined): number | null => {
  if (months === null || months === undefined) return null;
  if (!Number.isInteger(months) || months < RETENTION_MONTHS_MIN || months > RETENTION_MONTHS_MAX) {
    issues.push({
      field: 'retentionMonths',
      reason: `must be a whole number of months from ${RETENTION_MONTHS_MIN} to ${RETENTION_MONTHS_MAX}`,
    });
  }
  return months;
};

const checkReadRoles = (
  issues: FieldIssue[],
  access: ReadAccess,
  roles: readonly string[],
): AuditeeRole[] => {
  // Switching back to every member forgets the roles once named.
  if (access !== 'named_roles') return [];
  roles.forEach((role, index) => {
    if (!(AUDITEE_ROLES as readonly string[]).includes(role)) {
      issues.push({
        field: `readRoles.${index}`,
        reason: `is not a role of the organization (${AUDITEE_ROLES.join(', ')})`,
      });
    }
  });
  const chosen = AUDITEE_ROLES.filter((role) => roles.includes(role));
  if (chosen.length === 0 && issues.every((issue) => !issue.field.startsWith('readRoles'))) {
    issues.push({ field: 'readRoles', reason: 'name at least one role that may read it' });
  }
  return chosen;
};

/**
 * Checks and normalizes the document-control details: the reference number
 * trimmed (blank means none), a retention of whole months within bounds, a
 * known disposition, and the roles that may read it (required, known and
 * de-duplicated when access is limited to named roles; none otherwise).
 */
export const validateDocumentControl = (
  input: DocumentControlInput,
  issues: FieldIssue[],
): DocumentControl => {
  const readAccess =
    input.readAccess === undefined
      ? 'all_members'
      : checkOneOf(issues, 'readAccess', input.readAccess, READ_ACCESS_LEVELS);
  const disposition =
    input.disposition === null || input.disposition === undefined
      ? null
      : checkOneOf(issues, 'disposition', input.disposition, DISPOSITIONS);
  return {
    referenceNumber: checkReference(issues, input.referenceNumber),
    retentionMonths: checkRetention(issues, input.retentionMonths),
    disposition,
    readAccess,
    readRoles: checkReadRoles(issues, readAccess, input.readRoles ?? []),
  };
};

/**
 * What may still change once a document is retired: how long it is kept,
 * what happens to it then and who may read it (a legal hold lengthens the
 * retention; an archive narrows the readers). Nothing else does.
 */
export const RETIRED_CHANGEABLE_FIELDS = [
  'retentionMonths',
  'disposition',
  'readAccess',
  'readRoles',
] as const;

/** Whether a change touches only what a retired document still lets change. */
export const isRetiredChangeable = (change: object): boolean =>
  Object.keys(change).every((field) =>
    (RETIRED_CHANGEABLE_FIELDS as readonly string[]).includes(field),
  );

/** Who is reading: their user (null for the operator at the command line) and their roles. */
export interface DocumentReader {
  readonly userId: string | null;
  readonly roles: readonly Role[];
}

/**
 * Whether the reader may see the document at all: always when every member
 * may; otherwise its owner, the organization's administrators, and members
 * holding one of the named roles.
 */
export const canReadDocument = (
  document: Pick<DocumentControl, 'readAccess' | 'readRoles'> & {
    readonly ownerUserId: string | null;
  },
  reader: DocumentReader,
): boolean =>
  document.readAccess === 'all_members' ||
  reader.roles.includes('admin') ||
  (reader.userId !== null && reader.userId === document.ownerUserId) ||
  reader.roles.some((role) => (document.readRoles as readonly string[]).includes(role));

/**
 * The date (YYYY-MM-DD) documented information becomes due for disposition:
 * the retention period counted from the day it left force — the day a
 * document was retired, or the day a version was superseded by the next
 * approved one. Null while it is in force or while no retention is set.
 */
export const dispositionDueDate = (
  leftForceAt: string | null,
  retentionMonths: number | null,
): string | null =>
  leftForceAt === null || retentionMonths === null
    ? null
    : addMonths(leftForceAt.slice(0, 10), retentionMonths);

/** Due from the disposition date itself (`today` is YYYY-MM-DD). */
export const isDueForDisposition = (dueDate: string | null, today: string): boolean =>
  dueDate !== null && today >= dueDate;
