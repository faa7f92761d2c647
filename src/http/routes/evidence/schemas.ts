import { z } from 'zod';
import { CONTROL_IDS } from '../../../domain/catalog/index.js';
import { EVIDENCE_KINDS } from '../../../domain/evidence/evidence.js';
import { FILE_TYPE_IDS } from '../../../domain/evidence/file-type.js';
import { EVIDENCE_FRESHNESS } from '../../../domain/evidence/freshness.js';
import { LIST_ACTIONS } from '../../../domain/register/register-actions.js';
import { TABLE_FORMATS } from '../../../services/tabular/read-table.js';
import { EVIDENCE_ACTIONS } from '../../../services/registers/evidence.service.js';
import { EVIDENCE_SORT_FIELDS } from '../../../storage/evidence.repository.js';
import { registerListQuery, registerSortFields } from '../../register-schemas.js';
import { Id, Timestamp } from '../../schemas.js';

/*
 * Transport limits only bound the size: which dates, addresses and links are
 * acceptable is the domain's check (EVIDENCE_INVALID names each field).
 */
const ID_LIST_MAX = 200;
const shortId = z.string().max(40);
const Day = z.string().max(10).describe('YYYY-MM-DD');

const Links = z.strictObject({
  clauseIds: z.array(shortId).max(ID_LIST_MAX).describe('Clauses of ISO/IEC 42001, such as 9.2'),
  controlIds: z.array(shortId).max(ID_LIST_MAX).describe('Annex A controls, such as A.6.2.4'),
  organizationControlIds: z.array(Id).max(ID_LIST_MAX).describe('Organization controls by id'),
  riskIds: z.array(Id).max(ID_LIST_MAX).describe('Risks of the register by id'),
  documentIds: z.array(Id).max(ID_LIST_MAX).describe('Controlled documents by id'),
});

/** The links as answered: every kind, each a list. */
const LinksOut = z.object({
  clauseIds: z.array(z.string()).readonly(),
  controlIds: z.array(z.string()).readonly(),
  organizationControlIds: z.array(Id).readonly(),
  riskIds: z.array(Id).readonly(),
  documentIds: z.array(Id).readonly(),
});

const itemFields = {
  title: z.string().max(500),
  description: z.string().max(10_000),
  ownerUserId: Id.nullable().describe('A member of the organization who keeps it current'),
  reviewFrequencyMonths: z
    .number()
    .int()
    .nullable()
    .describe('Months a version holds after its evidence date, unless it gives a valid-until date'),
  links: Links.partial(),
};

const versionFields = {
  evidenceDate: Day.describe('When the fact the evidence proves was true (YYYY-MM-DD)'),
  validUntil: Day.nullable().describe('The last day it holds; else evidence date + frequency'),
  note: z.string().max(5_000).describe('What changed in this version'),
};

export const LinkVersionBody = z
  .strictObject({
    url: z.string().max(4_000).describe('An http:// or https:// address'),
    ...versionFields,
  })
  .partial({ validUntil: true, note: true });

export const FileVersionFields = z
  .strictObject(versionFields)
  .partial({ validUntil: true, note: true });

export const NewLinkEvidenceBody = z
  .strictObject({ ...itemFields, version: LinkVersionBody })
  .partial({ description: true, ownerUserId: true, reviewFrequencyMonths: true, links: true });

/** The "metadata" field of a multipart upload: the item and its first version, without the file. */
export const NewFileEvidenceFields = z
  .strictObject({ ...itemFields, version: FileVersionFields })
  .partial({ description: true, ownerUserId: true, reviewFrequencyMonths: true, links: true });

export const EvidencePatchBody = z.strictObject(itemFields).partial();

const Binary = z.string().meta({ format: 'binary' });

/** Documents a multipart body; it reaches validation unparsed (null). */
export const uploadBody = (metadata: string) =>
  z
    .strictObject({
      metadata: z.string().describe(metadata),
      file: Binary.describe('The file, after the metadata field'),
    })
    .nullish()
    .describe(
      'multipart/form-data: the field "metadata" (JSON) first, then the field "file"; the type is told by the content',
    );

const EvidenceFile = z.object({
  sha256: z.string().describe('SHA-256 of the bytes, lower-case hex'),
  size: z.number().int(),
  fileType: z.enum(FILE_TYPE_IDS).describe('The type its content showed'),
  mediaType: z.string(),
  name: z.string(),
});

export const EvidenceVersion = z
  .object({
    id: Id,
    evidenceId: Id,
    version: z.number().int(),
    file: EvidenceFile.nullable(),
    url: z.string().nullable(),
    evidenceDate: z.string(),
    givenValidUntil: z.string().nullable().describe('The valid-until date given, if any'),
    validUntil: z.string().nullable().describe('null: does not expire'),
    note: z.string(),
    createdByUserId: Id.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'EvidenceVersion' });

const evidenceFields = {
  id: Id,
  title: z.string(),
  description: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  ownerUserId: Id.nullable(),
  reviewFrequencyMonths: z.number().int().nullable(),
  links: LinksOut,
  currentVersion: z.number().int(),
  evidenceDate: z.string(),
  validUntil: z.string().nullable(),
  freshness: z.enum(EVIDENCE_FRESHNESS).describe('Today, against the expiring window'),
  sweptFreshness: z
    .enum(EVIDENCE_FRESHNESS)
    .nullable()
    .describe('What the daily freshness sweep last recorded'),
  current: EvidenceVersion,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  availableActions: z.array(z.enum(EVIDENCE_ACTIONS)).describe('What the caller may do with it'),
};

export const EvidenceItem = z.object(evidenceFields).meta({ id: 'Evidence' });

export const EvidenceRecord = z
  .object({ ...evidenceFields, versions: z.array(EvidenceVersion).describe('Newest first') })
  .meta({ id: 'EvidenceRecord' });

export const EvidencePage = z.object({
  items: z.array(EvidenceItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  availableActions: z.array(z.enum(LIST_ACTIONS)),
});

export const EvidenceListQuery = registerListQuery(
  {
    controlId: shortId
      .optional()
      .describe('An Annex A control (A.6.2.4) or an organization control id'),
    freshness: z.enum(EVIDENCE_FRESHNESS).optional(),
    ownerUserId: Id.optional(),
    kind: z.enum(EVIDENCE_KINDS).optional(),
    ...registerSortFields(EVIDENCE_SORT_FIELDS, 'title unless given'),
  },
  'Matches title or description, case-insensitive',
);

export const EvidenceParams = z.object({ orgId: Id, evidenceId: Id });
export const EvidenceVersionParams = z.object({ orgId: Id, evidenceId: Id, versionId: Id });

export const EvidenceVersions = z.object({ items: z.array(EvidenceVersion) });

const Labelled = z.object({ id: z.string(), label: z.string() });

export const EvidenceLinkLabels = z
  .object({
    clauses: z.array(Labelled),
    controls: z.array(Labelled),
    organizationControls: z.array(Labelled),
    risks: z.array(Labelled),
    documents: z.array(Labelled),
  })
  .meta({ id: 'EvidenceLinks' });

const ControlEvidence = z.object({
  evidenceId: Id,
  title: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  version: z.number().int(),
  evidenceDate: z.string(),
  validUntil: z.string().nullable(),
  sha256: z.string().nullable(),
  url: z.string().nullable(),
  freshness: z.enum(EVIDENCE_FRESHNESS),
});

export const EvidenceByControl = z
  .object({
    annexA: z.record(z.enum(CONTROL_IDS), z.array(ControlEvidence).readonly()),
    organizationControls: z
      .record(z.string(), z.array(ControlEvidence).readonly())
      .describe('By organization control id'),
  })
  .meta({ id: 'EvidenceByControl' });

export const ExportQuery = z.strictObject({ format: z.enum(TABLE_FORMATS).default('xlsx') });
