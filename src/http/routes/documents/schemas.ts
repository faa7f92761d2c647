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
    nextReviewDate: CalendarDate.nullable(),
    isReviewOverdue: z.boolean(),
    isReviewDueSoon: z.boolean().describe('The review date is within the next 30 days'),
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
    ...registerSortFields(DOCUMENT_SORT_FIELDS, 'title unless given'),
  },
  'Matches the title, case-insensitive',
);

export const DocumentParams = z.object({ orgId: Id, documentId: Id });

export const VersionParams = z.object({ orgId: Id, documentId: Id, versionId: Id });
