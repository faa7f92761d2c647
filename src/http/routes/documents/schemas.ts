import { z } from 'zod';
import { registerListQuery, registerSortFields } from '../../register-schemas.js';
import { DOCUMENT_ACTIONS, VERSION_ACTIONS } from '../../../domain/document/actions.js';
import {
  BODY_MAX,
  CHANGE_NOTE_MAX,
  COMMENT_MAX,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  REQUIRED_DOCUMENT_IDS,
  REVIEW_INTERVAL_MAX,
  REVIEW_INTERVAL_MIN,
  VERSION_STATUSES,
} from '../../../domain/document/document.js';
import { AUDITEE_ROLES } from '../../../domain/access/roles.js';
import {
  DISPOSITIONS,
  READ_ACCESS_LEVELS,
  REFERENCE_NUMBER_MAX,
  RETENTION_MONTHS_MAX,
  RETENTION_MONTHS_MIN,
} from '../../../domain/document/control.js';
import { DOCUMENT_SORT_FIELDS } from '../../../domain/document/register-query.js';
import { Id, QueryBoolean, Timestamp } from '../../schemas.js';

export const RequiredDocumentId = z
  .enum(REQUIRED_DOCUMENT_IDS)
  .describe('A required document of the catalog, RD-01 … RD-20');

const CalendarDate = z.string().describe('A date, YYYY-MM-DD');

const fields = {
  title: z.string().max(200).describe('Unique in the organization, ignoring letter case'),
  kind: z.enum(DOCUMENT_KINDS),
  ownerUserId: Id.nullable().describe('A member of the organization who owns the document'),
  reviewIntervalMonths: z
    .number()
    .int()
    .min(REVIEW_INTERVAL_MIN)
    .max(REVIEW_INTERVAL_MAX)
    .describe('Months from approval to the next review (default 12)'),
  fulfils: z
    .array(RequiredDocumentId)
    .max(REQUIRED_DOCUMENT_IDS.length)
    .describe('Required documents this document provides'),
  referenceNumber: z
    .string()
    .max(REFERENCE_NUMBER_MAX)
    .nullable()
    .describe(
      'Document number such as AIMS-POL-001, unique in the organization ignoring letter case; blank or null for none',
    ),
  retentionMonths: z
    .number()
    .int()
    .min(RETENTION_MONTHS_MIN)
    .max(RETENTION_MONTHS_MAX)
    .nullable()
    .describe('Months the document is kept after it is retired or a version superseded'),
  disposition: z
    .enum(DISPOSITIONS)
    .nullable()
    .describe('What happens once the retention period ends'),
  readAccess: z
    .enum(READ_ACCESS_LEVELS)
    .describe(
      'all_members (default), or named_roles: only the roles in readRoles, the owner and administrators',
    ),
  readRoles: z
    .array(z.enum(AUDITEE_ROLES))
    .max(AUDITEE_ROLES.length)
    .describe('With named_roles, the roles whose members may read the document'),
};

const content = {
  bodyMarkdown: z.string().max(BODY_MAX).describe('The text, in Markdown'),
  changeNote: z
    .string()
    .max(CHANGE_NOTE_MAX)
    .describe('What changed; required to submit a version after the first'),
};

export const NewDocumentBody = z.strictObject({
  title: fields.title,
  kind: fields.kind,
  ownerUserId: fields.ownerUserId.optional().describe('Defaults to the caller'),
  reviewIntervalMonths: fields.reviewIntervalMonths.optional(),
  fulfils: fields.fulfils.optional(),
  referenceNumber: fields.referenceNumber.optional(),
  retentionMonths: fields.retentionMonths.optional(),
  disposition: fields.disposition.optional(),
  readAccess: fields.readAccess.optional(),
  readRoles: fields.readRoles.optional(),
  bodyMarkdown: content.bodyMarkdown.optional().describe('Text of the first draft'),
  changeNote: content.changeNote.optional(),
});

export const DocumentPatchBody = z.strictObject(fields).partial();

export const VersionContentBody = z.strictObject(content).partial();

/** Action bodies are optional: a POST without a body arrives as null. */
export const RetireBody = z
  .strictObject({ reason: z.string().max(COMMENT_MAX).optional() })
  .nullish();

export const SubmitBody = z.strictObject({}).nullish();

export const ReturnBody = z.strictObject({
  comment: z.string().min(1).max(COMMENT_MAX).describe('Why the version goes back to draft'),
});

export const ApproveBody = z
  .strictObject({ comment: z.string().max(COMMENT_MAX).optional() })
  .nullish();

const AttachedFile = z.object({
  sha256: z.string().describe('SHA-256 of the bytes, lower-case hex'),
  name: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
});

export const Document = z
  .object({
    id: Id,
    ...fields,
    fulfils: z.array(RequiredDocumentId).readonly(),
    readRoles: z.array(z.enum(AUDITEE_ROLES)).readonly(),
    retiredAt: Timestamp.nullable(),
    isRetired: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    status: z.enum(DOCUMENT_STATUSES),
    currentVersion: z
      .object({
        id: Id,
        version: z.number().int(),
        approvedAt: Timestamp,
        approvedByUserId: Id.nullable(),
      })
      .nullable()
      .describe('The approved version in force'),
    openVersion: z
      .object({
        id: Id,
        version: z.number().int(),
        status: z.enum(['draft', 'in_review']),
        authorUserId: Id.nullable(),
      })
      .nullable()
      .describe('The version being written or reviewed'),
    nextReviewDate: CalendarDate.nullable().describe(
      'Null until approved, once retired, and always for a record (retained, never reviewed)',
    ),
    isReviewOverdue: z.boolean(),
    isReviewDueSoon: z.boolean().describe('The review date is within the next 30 days'),
    dispositionDueDate: CalendarDate.nullable().describe(
      'The retirement date plus the retention period; null while in force or without a retention period',
    ),
    isDueForDisposition: z.boolean().describe('The disposition date is today or past'),
    availableActions: z.array(z.enum(DOCUMENT_ACTIONS)),
  })
  .meta({ id: 'Document' });

export const DocumentVersion = z
  .object({
    id: Id,
    documentId: Id,
    version: z.number().int(),
    status: z.enum(VERSION_STATUSES),
    ...content,
    file: AttachedFile.nullable(),
    authorUserId: Id.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedAt: Timestamp.nullable(),
    approvedByUserId: Id.nullable(),
    approvedAt: Timestamp.nullable(),
    supersededAt: Timestamp.nullable(),
    dispositionDueDate: CalendarDate.nullable().describe(
      "A superseded version: its supersession date plus the document's retention period",
    ),
    lastReturnComment: z.string().nullable(),
    availableActions: z.array(z.enum(VERSION_ACTIONS)),
  })
  .meta({ id: 'DocumentVersion' });

export const DocumentDetail = Document.extend({
  versions: z.array(DocumentVersion).describe('Newest first'),
}).meta({ id: 'DocumentDetail' });

export const ListQuery = registerListQuery(
  {
    kind: z.enum(DOCUMENT_KINDS).optional(),
    status: z.enum(DOCUMENT_STATUSES).optional(),
    isReviewOverdue: QueryBoolean.optional(),
    isReviewDueSoon: QueryBoolean.optional().describe('The review date is within the next 30 days'),
    isAwaitingApproval: QueryBoolean.optional().describe('A version is waiting for approval'),
    fulfils: RequiredDocumentId.optional(),
    isDueForDisposition: QueryBoolean.optional().describe(
      'Retired, and the retention period has run out',
    ),
    readAccess: z.enum(READ_ACCESS_LEVELS).optional(),
    ...registerSortFields(DOCUMENT_SORT_FIELDS, 'title unless given'),
  },
  'Matches the title or the reference number, case-insensitive',
);

export const ReferenceSuggestionQuery = z.strictObject({ kind: z.enum(DOCUMENT_KINDS) });

export const ReferenceSuggestion = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    referenceNumber: z.string().describe('The next free number in the series of the kind'),
  })
  .meta({ id: 'DocumentReferenceSuggestion' });

export const DocumentParams = z.object({ orgId: Id, documentId: Id });

export const VersionParams = z.object({ orgId: Id, documentId: Id, versionId: Id });
