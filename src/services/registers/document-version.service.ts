/**
 * The versions of a controlled document (ISO/IEC 42001 clause 7.5.2–7.5.3):
 * drafting, review, approval by someone other than the author, supersession
 * of the version in force, and files attached to a draft and kept by SHA-256.
 * The workflow itself is the shared one (registers/versioned-record.ts);
 * every change appends an audit entry in the same transaction.
 */
import type { Permission } from '../../domain/access/roles.js';
import {
  COMMENT_MAX,
  checkFileSize,
  cleanFileName,
  submissionIssues,
} from '../../domain/document/document.js';
import type {
  ControlledDocument,
  DocumentVersion,
  VersionContentInput,
} from '../../domain/document/document.js';
import * as lifecycle from '../../domain/document/lifecycle.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { Executor } from '../../storage/database.js';
import * as repo from '../../storage/document.repository.js';
import { onUniqueViolation } from '../../storage/driver-errors.js';
import { recordChange } from '../audit-trail.js';
import { authorize, authorizeReturn } from '../authorization.js';
import type { OrgAccess } from '../authorization.js';
import { actorUserId, inTransaction, now, reader } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';
import { fileStoreOf } from '../file.service.js';
import {
  auditable,
  checkContent,
  createDocumentService,
  loadDocument,
  readerOf,
} from './document.service.js';
import { createVersionedRecord } from './versioned-record.js';

export interface VersionIds {
  readonly documentId: string;
  readonly versionId: string;
}

export interface FileUpload {
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

interface Loaded {
  readonly access: OrgAccess;
  readonly document: ControlledDocument;
  readonly versions: readonly DocumentVersion[];
  readonly version: DocumentVersion;
}

/** Returning a version to draft is open to its reviewers and to its writers (to withdraw it). */
type VersionPermission = Permission | 'aims.write or aims.approve';

const versionNotFound = (id: string) =>
  notFound('DOCUMENT_VERSION_NOT_FOUND', 'No such version of this document', { versionId: id });
const fileNotFound = (version: DocumentVersion) =>
  notFound('DOCUMENT_FILE_NOT_FOUND', `Version ${version.version} has no attached file`, {
    versionId: version.id,
  });

const authorizeVersionChange = (
  db: Executor,
  actor: Actor,
  organizationId: string,
  permission: VersionPermission,
): Promise<OrgAccess> =>
  permission === 'aims.write or aims.approve'
    ? authorizeReturn(db, actor, organizationId)
    : authorize(db, actor, organizationId, permission);

/** The shared approval workflow over document versions. */
export const documentVersionWorkflow = (deps: ServiceDeps) =>
  createVersionedRecord<DocumentVersion>(deps, {
    entityType: 'document_version',
    save: repo.saveVersion,
    auditable,
    submission: {
      issues: submissionIssues,
      code: 'DOCUMENT_VERSION_INCOMPLETE',
      message: 'The version is not ready for review',
    },
  });

/**
 * The version workflow's use cases. Files go to `deps.files`, or to the
 * database's default store when none is given (tests and tools; the runtime
 * always gives one).
 */
export const createDocumentVersionService = (deps: ServiceDeps) => {
  const files = fileStoreOf(deps);
  const workflow = documentVersionWorkflow(deps);
  const documents = createDocumentService(deps);
  /** The document with all its versions, as the caller now sees it. */
  const detail = (trx: Executor, actor: Actor, access: OrgAccess, documentId: string) =>
    documents.view(trx, access, documentId, actor);
  type DocumentDetail = Awaited<ReturnType<typeof detail>>;

  /** Loads an active document and one of its versions in a transaction, then runs the change. */
  const changeVersion = (
    actor: Actor,
    organizationId: string,
    ids: VersionIds,
    permission: VersionPermission,
    work: (trx: Executor, loaded: Loaded) => Promise<DocumentDetail>,
  ) =>
    inTransaction(deps, async (trx) => {
      const access = await authorizeVersionChange(trx, actor, organizationId, permission);
      const document = await loadDocument(
        trx,
        organizationId,
        ids.documentId,
        readerOf(actor, access),
      );
      const versions = await repo.listVersions(trx, organizationId, document.id);
      const version = versions.find((candidate) => candidate.id === ids.versionId);
      if (!version) throw versionNotFound(ids.versionId);
      lifecycle.requireActive(document);
      return work(trx, { access, document, versions, version });
    });

  /** Marks the document as changed and returns it as the caller now sees it. */
  const touched = async (trx: Executor, actor: Actor, loaded: Loaded) => {
    const document = { ...loaded.document, updatedAt: now(deps) };
    await repo.updateDocument(trx, document);
    return detail(trx, actor, loaded.access, document.id);
  };

  /** Changes a draft's content through the workflow (the actor becomes one of its editors). */
  const editVersion = async (
    trx: Executor,
    actor: Actor,
    loaded: Loaded,
    action: string,
    change: (version: DocumentVersion) => DocumentVersion,
  ) => {
    await workflow.edit(trx, actor, loaded.access, loaded.version, change, { action });
    return touched(trx, actor, loaded);
  };

  return {
    /** Opens the next version as a draft, starting from the text and file in force. */
    async createVersion(
      actor: Actor,
      organizationId: string,
      documentId: string,
      input: VersionContentInput,
    ): Promise<DocumentDetail> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const document = await loadDocument(
          trx,
          organizationId,
          documentId,
          readerOf(actor, access),
        );
        const versions = await repo.listVersions(trx, organizationId, documentId);
        const number = lifecycle.nextVersionNumber(document, versions);
        const start = versions.find((v) => v.status === 'approved') ?? versions[0];
        const base = { bodyMarkdown: start?.bodyMarkdown ?? '', changeNote: '' };
        const version = lifecycle.draftVersion({
          id: deps.newId(),
          document,
          version: number,
          content: checkContent(input, base),
          file: start?.file ?? null,
          authorUserId: actorUserId(actor),
          at: now(deps),
        });
        await onUniqueViolation(
          () => repo.insertVersion(trx, version),
          () => conflict('DOCUMENT_VERSION_OPEN', 'Another version was started meanwhile'),
        );
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'document_version.created',
          entityType: 'document_version',
          entityId: version.id,
          after: auditable(version),
        });
        return detail(trx, actor, access, document.id);
      });
    },

    /** Changes a draft's text or change note. */
    async updateVersion(
      actor: Actor,
      organizationId: string,
      ids: VersionIds,
      patch: VersionContentInput,
    ) {
      return changeVersion(actor, organizationId, ids, 'aims.write', async (trx, loaded) =>
        editVersion(trx, actor, loaded, 'document_version.updated', (version) => ({
          ...version,
          ...checkContent(patch, version),
        })),
      );
    },

    /** Sends a complete draft for review. */
    async submit(actor: Actor, organizationId: string, ids: VersionIds) {
      return changeVersion(actor, organizationId, ids, 'aims.write', async (trx, loaded) => {
        const { access, version, versions } = loaded;
        await workflow.transition(trx, actor, access, version, versions, { type: 'submit' });
        return touched(trx, actor, loaded);
      });
    },

    /** Sends a version under review back to draft, saying why (a writer withdraws it the same way). */
    async returnToDraft(actor: Actor, organizationId: string, ids: VersionIds, comment: string) {
      const permission = 'aims.write or aims.approve';
      return changeVersion(actor, organizationId, ids, permission, async (trx, loaded) => {
        if (comment.trim().length > COMMENT_MAX) {
          const reason = `must be at most ${COMMENT_MAX} characters`;
          throw invalid('DOCUMENT_VERSION_INVALID', 'The comment is too long', [
            { field: 'comment', reason },
          ]);
        }
        const { access, version, versions } = loaded;
        const action = { type: 'return', comment } as const;
        await workflow.transition(trx, actor, access, version, versions, action);
        return touched(trx, actor, loaded);
      });
    },

    /**
     * Approves a version under review, by a person who did not create or
     * change it; the version approved before it is superseded.
     */
    async approve(actor: Actor, organizationId: string, ids: VersionIds, comment = '') {
      return changeVersion(actor, organizationId, ids, 'aims.approve', async (trx, loaded) => {
        const { access, version, versions } = loaded;
        const note = { comment: comment.trim().slice(0, COMMENT_MAX) };
        await workflow.transition(trx, actor, access, version, versions, { type: 'approve' }, note);
        return touched(trx, actor, loaded);
      });
    },

    /** Attaches a file to a draft, replacing any file it had; the bytes are kept by SHA-256. */
    async attachFile(actor: Actor, organizationId: string, ids: VersionIds, upload: FileUpload) {
      return changeVersion(actor, organizationId, ids, 'aims.write', async (trx, loaded) => {
        lifecycle.requireDraft(loaded.version);
        checkFileSize(upload.bytes.byteLength);
        // In the version's transaction: the database store's bytes commit or roll back with it.
        const stored = await files.put(trx, upload.bytes);
        const name = cleanFileName(upload.fileName);
        const file = { ...stored, name, mediaType: upload.mediaType };
        return editVersion(trx, actor, loaded, 'document_version.file_attached', (version) => ({
          ...version,
          file,
        }));
      });
    },

    /** Detaches the file from a draft; the stored bytes stay, as other versions may use them. */
    async removeFile(actor: Actor, organizationId: string, ids: VersionIds) {
      return changeVersion(actor, organizationId, ids, 'aims.write', async (trx, loaded) => {
        lifecycle.requireDraft(loaded.version);
        if (!loaded.version.file) throw fileNotFound(loaded.version);
        const action = 'document_version.file_removed';
        return editVersion(trx, actor, loaded, action, (version) => ({ ...version, file: null }));
      });
    },

    /** The attached file and its bytes, verified against their SHA-256 before any is sent. */
    async readFile(actor: Actor, organizationId: string, ids: VersionIds) {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      await loadDocument(db, organizationId, ids.documentId, readerOf(actor, access));
      const versions = await repo.listVersions(db, organizationId, ids.documentId);
      const version = versions.find((candidate) => candidate.id === ids.versionId);
      if (!version) throw versionNotFound(ids.versionId);
      if (!version.file) throw fileNotFound(version);
      return { file: version.file, bytes: await files.read(db, version.file.sha256) };
    },
  };
};

export type DocumentVersionService = ReturnType<typeof createDocumentVersionService>;
