/**
 * The register of controlled documents (ISO/IEC 42001 clause 7.5): list with
 * filters on derived state, read, register with a first draft, change
 * details, retire. Versions and their workflow are in
 * document-version.service.ts. Every change appends an audit entry in the
 * same transaction.
 */
import { createHash } from 'node:crypto';
import type { Caller } from '../domain/document/actions.js';
import {
  validateDocument,
  validateVersionContent,
  type ControlledDocument,
  type DocumentInput,
  type DocumentVersion,
  type VersionContent,
  type VersionContentInput,
} from '../domain/document/document.js';
import * as lifecycle from '../domain/document/lifecycle.js';
import {
  filterDocuments,
  sortDocuments,
  type DocumentFilter,
  DOCUMENT_SORT_FIELDS,
  type DocumentSortField,
} from '../domain/document/register-query.js';
import {
  documentDetail,
  documentView,
  type DocumentDetail,
  type DocumentView,
} from '../domain/document/view.js';
import { conflict, invalid, notFound } from '../domain/errors.js';
import { calendarDateOf } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import * as repo from '../storage/document.repository.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import { checkOwner } from './registers/owner-check.js';
import {
  chosenSort,
  pageWindow,
  type Page,
  type SortDirection,
} from '../domain/register/list-query.js';
import {
  listActions,
  type ListAction,
  type RegisterPolicy,
} from '../domain/register/register-actions.js';
import { latestReturnComments } from '../storage/return-comment.repository.js';
import { recordChange } from './audit-trail.js';
import { authorize, type OrgAccess } from './authorization.js';
import {
  actorUserId,
  inTransaction,
  now,
  reader,
  type Actor,
  type ServiceDeps,
} from './context.js';

/** Documents are retired, not deleted; they travel as files, not spreadsheets. */
const DOCUMENT_POLICY: RegisterPolicy = {
  read: 'aims.read',
  write: 'aims.write',
  canDelete: false,
  canImport: false,
  canExport: false,
};

const compactSort = (
  sort: DocumentSortField | undefined,
  direction: SortDirection | undefined,
) => ({
  ...(sort ? { sort } : {}),
  ...(direction ? { direction } : {}),
});

export interface DocumentListQuery extends DocumentFilter {
  readonly kind?: ControlledDocument['kind'];
  readonly search?: string;
  readonly sort?: DocumentSortField;
  readonly direction?: 'asc' | 'desc';
  readonly page?: number;
  readonly pageSize?: number;
}

const titleTaken = () =>
  conflict('DOCUMENT_TITLE_TAKEN', 'A document with this title already exists', { field: 'title' });

const callerOf = (actor: Actor, access: OrgAccess): Caller => ({
  userId: actorUserId(actor),
  canWrite: access.permissions.includes('aims.write'),
  canApprove: access.permissions.includes('aims.approve'),
});

const todayOf = (deps: ServiceDeps): string => calendarDateOf(deps.clock.now());

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

/** The organization's document with this id; throws DOCUMENT_NOT_FOUND. */
export const loadDocument = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<ControlledDocument> => {
  const document = await repo.findDocument(db, organizationId, id);
  if (!document) {
    throw notFound('DOCUMENT_NOT_FOUND', 'No such document in this organization', {
      documentId: id,
    });
  }
  return document;
};

/** The document with all its versions, as the caller sees it today. */
export const loadDetail = async (
  deps: ServiceDeps,
  db: Executor,
  actor: Actor,
  access: OrgAccess,
  document: ControlledDocument,
): Promise<DocumentDetail> => {
  const versions = await repo.listVersions(db, document.organizationId, document.id);
  const ids = versions.map((version) => version.id);
  const comments = await latestReturnComments(db, document.organizationId, ids);
  return documentDetail(document, versions, comments, callerOf(actor, access), todayOf(deps));
};

/** The document register's use cases over one set of dependencies. */
export const createDocumentService = (deps: ServiceDeps) => {
  const today = () => todayOf(deps);
  const detail = (db: Executor, actor: Actor, access: OrgAccess, doc: ControlledDocument) =>
    loadDetail(deps, db, actor, access, doc);

  const checkDetails = async (
    trx: Executor,
    organizationId: string,
    input: DocumentInput,
    exceptId: string | null,
  ) => {
    const { details, issues } = validateDocument(input);
    await checkOwner(trx, organizationId, details.ownerUserId, issues);
    if (issues.length > 0)
      throw invalid('DOCUMENT_INVALID', 'The document is not acceptable', issues);
    if (await repo.isDocumentTitleTaken(trx, organizationId, details.title, exceptId))
      throw titleTaken();
    return details;
  };

  /** Changes an active document's own fields in a transaction, with its audit entry. */
  const changeDocument = (
    actor: Actor,
    organizationId: string,
    id: string,
    change: (trx: Executor, before: ControlledDocument) => Promise<ControlledDocument>,
    audit: { action: string; note?: object },
  ) =>
    inTransaction(deps, async (trx) => {
      const access = await authorize(trx, actor, organizationId, 'aims.write');
      const before = await loadDocument(trx, organizationId, id);
      lifecycle.requireActive(before);
      const after = await change(trx, before);
      await onUniqueViolation(() => repo.updateDocument(trx, after), titleTaken);
      await recordChange(trx, deps, actor, {
        organizationId,
        action: audit.action,
        entityType: 'document',
        entityId: id,
        before,
        after: { ...after, ...audit.note },
      });
      return detail(trx, actor, access, after);
    });

  return {
    /** One page of the register: filters on kind, title and derived state, then sorted. */
    async list(
      actor: Actor,
      organizationId: string,
      query: DocumentListQuery,
    ): Promise<Page<DocumentView> & { availableActions: ListAction[] }> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const {
        kind,
        search,
        sort,
        direction,
        page: askedPage,
        pageSize: askedSize,
        ...filter
      } = query;
      const documents = await repo.listDocuments(db, {
        organizationId,
        ...(kind ? { kind } : {}),
        ...(search?.trim() ? { search: search.trim() } : {}),
      });
      const ids = documents.map((document) => document.id);
      const summaries = await repo.liveVersionSummaries(db, organizationId, ids);
      const caller = callerOf(actor, access);
      const views = documents.map((document) =>
        documentView(document, summaries.get(document.id) ?? [], caller, today()),
      );
      const order = chosenSort(
        { fields: DOCUMENT_SORT_FIELDS, default: 'title' },
        compactSort(sort, direction),
      );
      const rows = sortDocuments(filterDocuments(views, filter), order.sort, order.direction);
      const { page, pageSize, offset } = pageWindow({ page: askedPage, pageSize: askedSize });
      const items = rows.slice(offset, offset + pageSize);
      const availableActions = listActions(DOCUMENT_POLICY, access.permissions);
      return { items, total: rows.length, page, pageSize, availableActions };
    },

    /** One document with every version, newest first. */
    async get(actor: Actor, organizationId: string, id: string): Promise<DocumentDetail> {
      const access = await authorize(reader(deps), actor, organizationId, 'aims.read');
      const document = await loadDocument(reader(deps), organizationId, id);
      return detail(reader(deps), actor, access, document);
    },

    /** Registers a document with its first version as a draft; the caller owns it by default. */
    async create(
      actor: Actor,
      organizationId: string,
      input: DocumentInput & VersionContentInput,
    ): Promise<DocumentDetail> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const owned = { ...input, ownerUserId: input.ownerUserId ?? actorUserId(actor) };
        const details = await checkDetails(trx, organizationId, owned, null);
        const content = checkContent(input);
        const at = now(deps);
        const document: ControlledDocument = {
          ...details,
          id: deps.newId(),
          organizationId,
          retiredAt: null,
          createdAt: at,
          updatedAt: at,
        };
        await onUniqueViolation(() => repo.insertDocument(trx, document), titleTaken);
        const version = lifecycle.draftVersion({
          id: deps.newId(),
          document,
          version: 1,
          content,
          file: null,
          authorUserId: actorUserId(actor),
          at,
        });
        await repo.insertVersion(trx, version);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'document.created',
          entityType: 'document',
          entityId: document.id,
          after: { ...document, firstVersion: auditable(version) },
        });
        return detail(trx, actor, access, document);
      });
    },

    /** Changes the document's details; the fields given replace the stored ones. */
    async update(actor: Actor, organizationId: string, id: string, patch: Partial<DocumentInput>) {
      return changeDocument(
        actor,
        organizationId,
        id,
        async (trx, before) => {
          const details = await checkDetails(trx, organizationId, { ...before, ...patch }, id);
          return { ...before, ...details, updatedAt: now(deps) };
        },
        { action: 'document.updated' },
      );
    },

    /** Withdraws a document: it no longer fulfils anything and takes no new versions. */
    async retire(actor: Actor, organizationId: string, id: string, reason = '') {
      const at = now(deps);
      return changeDocument(
        actor,
        organizationId,
        id,
        async (_trx, before) => ({ ...before, retiredAt: at, updatedAt: at }),
        { action: 'document.retired', note: { reason: reason.trim() } },
      );
    },
  };
};

export type DocumentService = ReturnType<typeof createDocumentService>;
export type { DocumentDetail, DocumentView };
