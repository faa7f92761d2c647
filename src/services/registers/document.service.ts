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
import type { VersionSummary } from '../../domain/document/status.js';
import { documentDerived, versionViews } from '../../domain/document/view.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { RegisterPolicy } from '../../domain/register/register-actions.js';
import type { Executor } from '../../storage/database.js';
import * as repo from '../../storage/document.repository.js';
import { onUniqueViolation } from '../../storage/driver-errors.js';
import { latestReturnComments } from '../../storage/return-comment.repository.js';
import { actorUserId } from '../context.js';
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
}

/** What a document's row holds besides the kit's id, organization and timestamps. */
type DocumentFields = Omit<ControlledDocument, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

/** What registering or changing a document takes; `retiredAt` is carried over, never sent. */
type DocumentWrite = DocumentInput & VersionContentInput & { readonly retiredAt?: string | null };

const titleTaken = () =>
  conflict('DOCUMENT_TITLE_TAKEN', 'A document with this title already exists', { field: 'title' });

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

/** The organization's document with this id; throws DOCUMENT_NOT_FOUND. */
export const loadDocument = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<ControlledDocument> => {
  const document = await repo.findDocument(db, organizationId, id);
  if (!document) throw documentNotFound(id);
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
  return { ...details, retiredAt: input.retiredAt ?? null };
};

/**
 * One page of the register. Status, review date and awaiting approval are
 * derived from the versions, so the organization's documents of the kind and
 * title asked for are filtered and sorted on their derived state here.
 */
export const listDocumentPage = async (
  db: Executor,
  query: RepositoryQuery<DocumentFilters, DocumentSortField>,
) => {
  const { organizationId, kind, search, today, offset, limit, sort, direction, ...filter } = query;
  const documents = await repo.listDocuments(db, {
    organizationId,
    ...(kind ? { kind } : {}),
    ...(search ? { search } : {}),
  });
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
    requireChangeable: lifecycle.requireActive,
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
    insert: (db, row) => onUniqueViolation(() => repo.insertDocument(db, row), titleTaken),
    save: (db, row) => onUniqueViolation(() => repo.updateDocument(db, row), titleTaken),
    list: listDocumentPage,
  });

  return {
    list: (...args: Parameters<typeof register.list>) => register.list(...args),
    get: (actor: Actor, organizationId: string, id: string) =>
      register.get(actor, organizationId, id),
    view: (...args: Parameters<typeof register.view>) => register.view(...args),

    /** Registers a document with its first version as a draft; the caller owns it by default. */
    create: (actor: Actor, organizationId: string, input: DocumentInput & VersionContentInput) =>
      register.create(actor, organizationId, {
        ...input,
        ownerUserId: input.ownerUserId ?? actorUserId(actor),
      }),

    /** Changes the document's details; the fields given replace the stored ones. */
    update: (actor: Actor, organizationId: string, id: string, patch: Partial<DocumentInput>) =>
      register.update(actor, organizationId, id, patch),

    /** Withdraws a document: it no longer fulfils anything and takes no new versions. */
    retire: (actor: Actor, organizationId: string, id: string, reason = '') =>
      register.change(
        actor,
        organizationId,
        id,
        'retired',
        (before, at) => ({ ...before, retiredAt: at }),
        { reason: reason.trim() },
      ),
  };
};

export type DocumentService = ReturnType<typeof createDocumentService>;
