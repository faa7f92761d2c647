/** Controlled documents and their versions. */
import { sql } from 'kysely';
import type {
  ControlledDocument,
  DocumentKind,
  DocumentVersion,
  RequiredDocumentCode,
  VersionStatus,
} from '../domain/document/document.js';
import { dispositionDueDate } from '../domain/document/control.js';
import type { Disposition, ReadAccess } from '../domain/document/control.js';
import type { AuditeeRole } from '../domain/access/roles.js';
import type { VersionSummary } from '../domain/document/status.js';
import type { Executor } from './database.js';
import type { DocumentTable, DocumentVersionTable } from './schema.js';
import { escapeLike, parseJsonList } from './sql-helpers.js';
import { saveAtRevision, versionChanges, versionFromRow, versionToRow } from './version-rows.js';

const toDocument = (row: DocumentTable): ControlledDocument => ({
  id: row.id,
  organizationId: row.organization_id,
  kind: row.kind as DocumentKind,
  title: row.title,
  ownerUserId: row.owner_user_id,
  reviewIntervalMonths: Number(row.review_interval_months),
  fulfils: parseJsonList<RequiredDocumentCode>(row.fulfils),
  referenceNumber: row.reference_number,
  retentionMonths: row.retention_months === null ? null : Number(row.retention_months),
  disposition: row.disposition as Disposition | null,
  readAccess: row.read_access as ReadAccess,
  readRoles: parseJsonList<AuditeeRole>(row.read_roles),
  retiredAt: row.retired_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toDocumentRow = (document: ControlledDocument): DocumentTable => ({
  id: document.id,
  organization_id: document.organizationId,
  kind: document.kind,
  title: document.title,
  owner_user_id: document.ownerUserId,
  review_interval_months: document.reviewIntervalMonths,
  fulfils: JSON.stringify(document.fulfils),
  reference_number: document.referenceNumber,
  retention_months: document.retentionMonths,
  disposition: document.disposition,
  read_access: document.readAccess,
  read_roles: JSON.stringify(document.readRoles),
  disposition_due_date: dispositionDueDate(document.retiredAt, document.retentionMonths),
  retired_at: document.retiredAt,
  created_at: document.createdAt,
  updated_at: document.updatedAt,
});

const toVersion = (row: DocumentVersionTable): DocumentVersion => ({
  ...versionFromRow(row),
  documentId: row.document_id,
  bodyMarkdown: row.body_markdown,
  file:
    row.file_sha256 === null
      ? null
      : {
          sha256: row.file_sha256,
          name: row.file_name ?? 'file',
          size: Number(row.file_size ?? 0),
          mediaType: row.file_media_type ?? 'application/octet-stream',
        },
  changeNote: row.change_note,
});

const toVersionRow = (version: DocumentVersion): DocumentVersionTable => ({
  ...versionToRow(version),
  document_id: version.documentId,
  body_markdown: version.bodyMarkdown,
  file_sha256: version.file?.sha256 ?? null,
  file_name: version.file?.name ?? null,
  file_size: version.file?.size ?? null,
  file_media_type: version.file?.mediaType ?? null,
  change_note: version.changeNote,
});

export const insertDocument = async (db: Executor, document: ControlledDocument): Promise<void> => {
  await db.insertInto('document').values(toDocumentRow(document)).execute();
};

export const updateDocument = async (db: Executor, document: ControlledDocument): Promise<void> => {
  const { id: _id, organization_id: _org, created_at: _at, ...changes } = toDocumentRow(document);
  await db
    .updateTable('document')
    .set(changes)
    .where('organization_id', '=', document.organizationId)
    .where('id', '=', document.id)
    .execute();
};

export const findDocument = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<ControlledDocument | undefined> => {
  const row = await db
    .selectFrom('document')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toDocument(row);
};

/** Whether another document of the organization holds this value in the column, ignoring letter case. */
const isDocumentValueTaken = async (
  db: Executor,
  organizationId: string,
  column: 'title' | 'reference_number',
  value: string,
  exceptId: string | null,
): Promise<boolean> => {
  let query = db
    .selectFrom('document')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where(sql<boolean>`lower(${sql.ref(column)}) = ${value.toLowerCase()}`);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
};

export const isDocumentTitleTaken = (
  db: Executor,
  organizationId: string,
  title: string,
  exceptId: string | null,
) => isDocumentValueTaken(db, organizationId, 'title', title, exceptId);

export const isReferenceNumberTaken = (
  db: Executor,
  organizationId: string,
  referenceNumber: string,
  exceptId: string | null,
) => isDocumentValueTaken(db, organizationId, 'reference_number', referenceNumber, exceptId);

/** Every reference number the organization uses, for suggesting the next one. */
export const listReferenceNumbers = async (
  db: Executor,
  organizationId: string,
): Promise<string[]> => {
  const rows = await db
    .selectFrom('document')
    .select('reference_number')
    .where('organization_id', '=', organizationId)
    .where('reference_number', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.reference_number === null ? [] : [row.reference_number]));
};

/** The organization's documents, optionally of one kind or matching a title or reference search. */
export const listDocuments = async (
  db: Executor,
  query: { organizationId: string; kind?: DocumentKind; search?: string },
): Promise<ControlledDocument[]> => {
  let base = db.selectFrom('document').where('organization_id', '=', query.organizationId);
  if (query.kind) base = base.where('kind', '=', query.kind);
  if (query.search) {
    const pattern = `%${escapeLike(query.search.toLowerCase())}%`;
    base = base.where(
      sql<boolean>`(lower(title) like ${pattern} escape '\\' or lower(reference_number) like ${pattern} escape '\\')`,
    );
  }
  const rows = await base.selectAll().orderBy('id').execute();
  return rows.map(toDocument);
};

export const insertVersion = async (db: Executor, version: DocumentVersion): Promise<void> => {
  await db.insertInto('document_version').values(toVersionRow(version)).execute();
};

/** Saves a version still at the revision the caller read; false when it moved on. */
export const saveVersion = (
  db: Executor,
  version: DocumentVersion,
  readRevision: number,
): Promise<boolean> => {
  const { document_id: _document, ...changes } = versionChanges(toVersionRow(version));
  return saveAtRevision(db, 'document_version', version, changes, readRevision);
};

/** Every version of a document, newest first. */
export const listVersions = async (
  db: Executor,
  organizationId: string,
  documentId: string,
): Promise<DocumentVersion[]> => {
  const rows = await db
    .selectFrom('document_version')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', documentId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toVersion);
};

/** The in-force and open versions (no text) of the documents given, by document id. */
export const liveVersionSummaries = async (
  db: Executor,
  organizationId: string,
  documentIds: readonly string[],
): Promise<Map<string, VersionSummary[]>> => {
  const byDocument = new Map<string, VersionSummary[]>();
  for (let start = 0; start < documentIds.length; start += 500) {
    const rows = await db
      .selectFrom('document_version')
      .select([
        'id',
        'document_id',
        'version',
        'status',
        'author_user_id',
        'editor_user_ids',
        'revision',
        'approved_at',
        'approved_by_user_id',
      ])
      .where('organization_id', '=', organizationId)
      .where('document_id', 'in', documentIds.slice(start, start + 500))
      .where('status', '!=', 'superseded')
      .execute();
    for (const row of rows) {
      const list = byDocument.get(row.document_id) ?? [];
      list.push({
        id: row.id,
        version: Number(row.version),
        status: row.status as VersionStatus,
        authorUserId: row.author_user_id,
        editorUserIds: parseJsonList<string>(row.editor_user_ids),
        revision: Number(row.revision),
        approvedAt: row.approved_at,
        approvedByUserId: row.approved_by_user_id,
      });
      byDocument.set(row.document_id, list);
    }
  }
  return byDocument;
};
