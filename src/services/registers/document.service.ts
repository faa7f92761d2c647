/**
 * The register of controlled documents (ISO/IEC 42001 clause 7.5) on the
 * register kit: list with filters on the state derived from each document's
 * versions, read with every version, register with a first draft, change
 * details, retire. Versions and their workflow are in
 * document-version.service.ts.
 */
import { createHash } from 'node:crypto';
import { documentActions } from '../../domain/document/actions.js';
import type { Caller } from '../../domain/document/actions.js';
import { canReadDocument } from '../../domain/document/control.js';
import type { DocumentReader } from '../../domain/document/control.js';
import { validateDocument, validateVersionContent } from '../../domain/document/document.js';
import type {
  ControlledDocument,
  DocumentInput,
  DocumentKind,
  DocumentVersion,
  VersionContent,
  VersionContentInput,
} from '../../domain/document/document.js';
import * as lifecycle from '../../domain/document/lifecycle.js';
import {
  DOCUMENT_SORT_FIELDS,
  filterDocuments,
  sortDocuments,
} from '../../domain/document/register-query.js';
import type { DocumentFilter, DocumentSortField } from '../../domain/document/register-query.js';
import { suggestReferenceNumber } from '../../domain/document/reference-number.js';
import type { VersionSummary } from '../../domain/document/status.js';
import { documentDerived, versionViews } from '../../domain/document/view.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { RegisterPolicy } from '../../domain/register/register-actions.js';
import type { Executor } from '../../storage/database.js';
import * as repo from '../../storage/document.repository.js';
import { constraintViolationOf } from '../../storage/driver-errors.js';
import { latestReturnComments } from '../../storage/return-comment.repository.js';
import { authorize } from '../authorization.js';
import type { OrgAccess } from '../authorization.js';
import { actorUserId, reader } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';
import { checkOwner } from './owner-check.js';
import { createRegisterService } from './register-engine.js';
import type { RegisterCaller, RepositoryQuery } from './register-engine.js';

/** Documents are retired, not deleted, and never imported: each is written in the workbench. */
export const DOCUMENT_POLICY: RegisterPolicy = {
  read: 'aims.read',
  write: 'aims.write',
  canDelete: false,
  canImport: false,
  canExport: true,
};

export interface DocumentFilters extends DocumentFilter {
  readonly kind?: DocumentKind;
  /** Set by the service, never by the caller: only documents this reader may open are listed. */
  readonly reader?: DocumentReader;
}

/** What a document's row holds besides the kit's id, organization and timestamps. */
type DocumentFields = Omit<ControlledDocument, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

/** What registering or changing a document takes; `retiredAt` is carried over, never sent. */
type DocumentWrite = DocumentInput & VersionContentInput & { readonly retiredAt?: string | null };

const titleTaken = () =>
  conflict('DOCUMENT_TITLE_TAKEN', 'A document with this title already exists', { field: 'title' });

const referenceTaken = (referenceNumber: string | null) =>
  conflict(
    'DOCUMENT_REFERENCE_TAKEN',
    'Another document of the organization already has this reference number',
    { field: 'referenceNumber', referenceNumber },
  );

/** A write racing another on the same title or reference number loses with the matching error. */
const onDuplicate = async (document: ControlledDocument, write: () => Promise<void>) => {
  try {
    await write();
  } catch (error) {
    if (constraintViolationOf(error) !== 'unique') throw error;
    const isReference = String((error as Error).message).includes('document_reference_unique');
    throw isReference ? referenceTaken(document.referenceNumber) : titleTaken();
  }
};

/** Who reads, as document access sees them: their user and their roles in the organization. */
export const readerOf = (actor: Actor, access: OrgAccess): DocumentReader => ({
  userId: actorUserId(actor),
  roles: access.roles,
});

/** The approval workflow's view of a caller, from the permissions their roles grant. */
export const callerFacts = (caller: RegisterCaller): Caller => ({
  userId: caller.userId,
  canWrite: caller.permissions.includes(DOCUMENT_POLICY.write),
  canApprove: caller.permissions.includes('aims.approve'),
});

/** A version as the audit trail keeps it: a fingerprint of the text, since drafts are long and edited often. */
export const auditable = ({ bodyMarkdown, ...version }: DocumentVersion) => ({
  ...version,
  bodyLength: bodyMarkdown.length,
  bodySha256: createHash('sha256').update(bodyMarkdown).digest('hex'),
});

/** Checked version content; throws DOCUMENT_VERSION_INVALID naming every field at fault. */
export const checkContent = (input: VersionContentInput, base?: VersionContent): VersionContent => {
  const { content, issues } = validateVersionContent(input, base);
  if (issues.length > 0)
    throw invalid('DOCUMENT_VERSION_INVALID', 'The version is not acceptable', issues);
  return content;
};

const documentNotFound = (id: string) =>
  notFound('DOCUMENT_NOT_FOUND', 'No such document in this organization', { documentId: id });

/**
 * The organization's document with this id; throws DOCUMENT_NOT_FOUND, also
 * when a reader is given who may not open it (so its existence stays hidden).
 */
export const loadDocument = async (
  db: Executor,
  organizationId: string,
  id: string,
  documentReader?: DocumentReader,
): Promise<ControlledDocument> => {
  const document = await repo.findDocument(db, organizationId, id);
  if (!document || (documentReader && !canReadDocument(document, documentReader)))
    throw documentNotFound(id);
  return document;
};

const checkDocument = async (
  db: Executor,
  organizationId: string,
  input: DocumentWrite,
  selfId: string | null,
): Promise<DocumentFields> => {
  const { details, issues } = validateDocument(input);
  await checkOwner(db, organizationId, details.ownerUserId, issues);
  if (issues.length > 0)
    throw invalid('DOCUMENT_INVALID', 'The document is not acceptable', issues);
  if (await repo.isDocumentTitleTaken(db, organizationId, details.title, selfId))
    throw titleTaken();
  const reference = details.referenceNumber;
  if (reference && (await repo.isReferenceNumberTaken(db, organizationId, reference, selfId)))
    throw referenceTaken(reference);
  return { ...details, retiredAt: input.retiredAt ?? null };
};

/**
 * One page of the register. Status, review date and awaiting approval are
 * derived from the versions, so the organization's documents of the kind and
 * title asked for are filtered and sorted on their derived state here; with
 * a reader, the documents they may not open are left out before counting.
 */
export const listDocumentPage = async (
  db: Executor,
  query: RepositoryQuery<DocumentFilters, DocumentSortField>,
) => {
  const { organizationId, kind, search, today, offset, limit, sort, direction, ...rest } = query;
  const { reader: documentReader, ...filter } = rest;
  const all = await repo.listDocuments(db, {
    organizationId,
    ...(kind ? { kind } : {}),
    ...(search ? { search } : {}),
  });
  const documents = documentReader
    ? all.filter((document) => canReadDocument(document, documentReader))
    : all;
  const summaries = await repo.liveVersionSummaries(
    db,
    organizationId,
    documents.map((document) => document.id),
  );
  const rows = documents.map((document) => ({
    ...document,
    ...documentDerived(document, summaries.get(document.id) ?? [], today),
  }));
  const chosen = sortDocuments(filterDocuments(rows, filter), sort, direction);
  return { items: chosen.slice(offset, offset + limit), total: chosen.length };
};

/** The document register's use cases over one set of dependencies. */
export const createDocumentService = (deps: ServiceDeps) => {
  const register = createRegisterService(deps, {
    entityType: 'document',
    policy: DOCUMENT_POLICY,
    sort: { fields: DOCUMENT_SORT_FIELDS, default: 'title' },
    notFound: documentNotFound,
    check: checkDocument,
    inputOf: (row: DocumentFields): DocumentWrite => row,
    related: repo.liveVersionSummaries,
    derive: (row, today, summaries: Map<string, VersionSummary[]>) =>
      documentDerived(row, summaries.get(row.id) ?? [], today),
    actions: (row, caller) => documentActions(row, row.openVersion, callerFacts(caller)),
    detail: async (db, caller, view) => {
      const versions = await repo.listVersions(db, view.organizationId, view.id);
      const ids = versions.map((version) => version.id);
      const comments = await latestReturnComments(db, view.organizationId, ids);
      return { versions: versionViews(view, versions, comments, callerFacts(caller)) };
    },
    requireChangeable: lifecycle.requireChangeable,
    afterInsert: async (trx, document, input, actor) => {
      const version = lifecycle.draftVersion({
        id: deps.newId(),
        document,
        version: 1,
        content: checkContent(input),
        file: null,
        authorUserId: actorUserId(actor),
        at: document.createdAt,
      });
      await repo.insertVersion(trx, version);
      return { firstVersion: auditable(version) };
    },
    find: repo.findDocument,
    insert: (db, row) => onDuplicate(row, () => repo.insertDocument(db, row)),
    save: (db, row) => onDuplicate(row, () => repo.updateDocument(db, row)),
    list: listDocumentPage,
  });

  /** The caller's access, refusing a document they may not open as if it did not exist. */
  const requireReadable = async (actor: Actor, organizationId: string, id: string) => {
    const db = reader(deps);
    const access = await authorize(db, actor, organizationId, DOCUMENT_POLICY.read);
    await loadDocument(db, organizationId, id, readerOf(actor, access));
  };

  return {
    /** One page of the documents the caller may open. */
    async list(actor: Actor, organizationId: string, query: Parameters<typeof register.list>[2]) {
      const access = await authorize(reader(deps), actor, organizationId, DOCUMENT_POLICY.read);
      return register.list(actor, organizationId, { ...query, reader: readerOf(actor, access) });
    },
    async get(actor: Actor, organizationId: string, id: string) {
      await requireReadable(actor, organizationId, id);
      return register.get(actor, organizationId, id);
    },
    view: (...args: Parameters<typeof register.view>) => register.view(...args),

    /** The next free reference number in the kind's series, such as AIMS-POL-004. */
    async suggestReferenceNumber(actor: Actor, organizationId: string, kind: DocumentKind) {
      const db = reader(deps);
      await authorize(db, actor, organizationId, DOCUMENT_POLICY.write);
      const existing = await repo.listReferenceNumbers(db, organizationId);
      return { kind, referenceNumber: suggestReferenceNumber(kind, existing) };
    },

    /** Registers a document with its first version as a draft; the caller owns it by default. */
    create: (actor: Actor, organizationId: string, input: DocumentInput & VersionContentInput) =>
      register.create(actor, organizationId, {
        ...input,
        ownerUserId: input.ownerUserId ?? actorUserId(actor),
      }),

    /**
     * Changes the document's details; the fields given replace the stored
     * ones. A retired document takes only a new retention, disposition or
     * readers.
     */
    async update(actor: Actor, organizationId: string, id: string, patch: Partial<DocumentInput>) {
      await requireReadable(actor, organizationId, id);
      return register.update(actor, organizationId, id, patch);
    },

    /**
     * Withdraws a document: it no longer fulfils anything and takes no new
     * versions; its retention period starts counting.
     */
    async retire(actor: Actor, organizationId: string, id: string, reason = '') {
      await requireReadable(actor, organizationId, id);
      return register.change(
        actor,
        organizationId,
        id,
        'retired',
        (before, at) => ({ ...before, retiredAt: at }),
        { reason: reason.trim() },
      );
    },
  };
};

export type DocumentService = ReturnType<typeof createDocumentService>;
