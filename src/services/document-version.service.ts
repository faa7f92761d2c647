/**
 * The versions of a controlled document (ISO/IEC 42001 clause 7.5.2–7.5.3):
 * drafting, review, approval by someone other than the author, supersession
 * of the version in force, and files attached to a draft and kept by SHA-256.
 * Every change appends an audit entry in the same transaction.
 */
import type { Permission } from '../domain/access/roles.js';
import {
  COMMENT_MAX,
  checkFileSize,
  cleanFileName,
  type ControlledDocument,
  type DocumentVersion,
  type VersionContentInput,
  type VersionStatus,
} from '../domain/document/document.js';
import * as lifecycle from '../domain/document/lifecycle.js';
import type { DocumentDetail } from '../domain/document/view.js';
import {
  DomainError,
  conflict,
  forbidden,
  invalid,
  notFound,
  type FieldIssue,
} from '../domain/errors.js';
import { checkText } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import * as repo from '../storage/document.repository.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import { createFileStore, scratchFilesDir } from '../storage/file-store.js';
import { recordChange } from './audit-trail.js';
import { accessOf, authorize, type OrgAccess } from './authorization.js';
import {
  actorUserId,
  inTransaction,
  now,
  reader,
  type Actor,
  type ServiceDeps,
} from './context.js';
import { auditable, checkContent, loadDetail, loadDocument } from './document.service.js';

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
const movedOn = (version: DocumentVersion) =>
  new DomainError('DOCUMENT_INVALID_TRANSITION', 'InvalidState', 'The version changed meanwhile', {
    versionId: version.id,
  });

const authorizeVersionChange = async (
  db: Executor,
  actor: Actor,
  organizationId: string,
  permission: VersionPermission,
): Promise<OrgAccess> => {
  if (permission !== 'aims.write or aims.approve') {
    return authorize(db, actor, organizationId, permission);
  }
  const access = await accessOf(db, actor, organizationId);
  const { permissions, roles } = access;
  if (!permissions.includes('aims.write') && !permissions.includes('aims.approve')) {
    throw forbidden('PERMISSION_DENIED', `Your role does not allow this (${permission})`, {
      permission: 'aims.approve',
      roles,
    });
  }
  return access;
};

/**
 * The version workflow's use cases. Files go to `deps.files`, or to a scratch
 * folder when none is given (tests and tools; the runtime always gives one).
 */
export const createDocumentVersionService = (deps: ServiceDeps) => {
  const files = deps.files ?? createFileStore(scratchFilesDir(deps.database));

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
      const document = await loadDocument(trx, organizationId, ids.documentId);
      const versions = await repo.listVersions(trx, organizationId, document.id);
      const version = versions.find((candidate) => candidate.id === ids.versionId);
      if (!version) throw versionNotFound(ids.versionId);
      lifecycle.requireActive(document);
      return work(trx, { access, document, versions, version });
    });

  /** Saves a version still in status `from`, records the change and returns the document. */
  const saveVersion = async (
    trx: Executor,
    actor: Actor,
    loaded: Loaded,
    change: { after: DocumentVersion; from: VersionStatus; action: string; note?: object },
  ) => {
    if (!(await repo.saveVersion(trx, change.after, change.from))) throw movedOn(change.after);
    await recordChange(trx, deps, actor, {
      organizationId: loaded.document.organizationId,
      action: change.action,
      entityType: 'document_version',
      entityId: change.after.id,
      before: auditable(loaded.version),
      after: { ...auditable(change.after), ...change.note },
    });
    const touched = { ...loaded.document, updatedAt: now(deps) };
    await repo.updateDocument(trx, touched);
    return loadDetail(deps, trx, actor, loaded.access, touched);
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
        const document = await loadDocument(trx, organizationId, documentId);
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
        return loadDetail(deps, trx, actor, access, document);
      });
    },

    /** Changes a draft's text or change note. */
    async updateVersion(
      actor: Actor,
      organizationId: string,
      ids: VersionIds,
      patch: VersionContentInput,
    ) {
      return changeVersion(actor, organizationId, ids, 'aims.write', async (trx, loaded) => {
        lifecycle.requireDraft(loaded.version);
        const content = checkContent(patch, loaded.version);
        const after = { ...loaded.version, ...content, updatedAt: now(deps) };
        const action = 'document_version.updated';
        return saveVersion(trx, actor, loaded, { after, from: 'draft', action });
      });
    },

    /** Sends a complete draft for review. */
    async submit(actor: Actor, organizationId: string, ids: VersionIds) {
      return changeVersion(actor, organizationId, ids, 'aims.write', async (trx, loaded) => {
        const after = lifecycle.submitVersion(loaded.version, now(deps));
        const action = 'document_version.submitted';
        return saveVersion(trx, actor, loaded, { after, from: 'draft', action });
      });
    },

    /** Sends a version under review back to draft, saying why. */
    async returnToDraft(actor: Actor, organizationId: string, ids: VersionIds, comment: string) {
      const permission = 'aims.write or aims.approve';
      return changeVersion(actor, organizationId, ids, permission, async (trx, loaded) => {
        const issues: FieldIssue[] = [];
        const text = checkText(issues, 'comment', comment, COMMENT_MAX);
        if (issues.length > 0)
          throw invalid('DOCUMENT_VERSION_INVALID', 'Say why the version goes back', issues);
        const after = lifecycle.returnVersion(loaded.version, now(deps));
        return saveVersion(trx, actor, loaded, {
          after,
          from: 'in_review',
          action: 'document_version.returned',
          note: { comment: text },
        });
      });
    },

    /** Approves a version under review; the version approved before it is superseded. */
    async approve(actor: Actor, organizationId: string, ids: VersionIds, comment = '') {
      return changeVersion(actor, organizationId, ids, 'aims.approve', async (trx, loaded) => {
        if (actor.kind !== 'user')
          throw forbidden('AUTH_USER_REQUIRED', 'Approval is given by a person, not the operator');
        const at = now(deps);
        const after = lifecycle.approveVersion(loaded.version, actor.userId, at);
        const previous = loaded.versions.find((version) => version.status === 'approved');
        if (previous) {
          const superseded = lifecycle.supersedeVersion(previous, at);
          if (!(await repo.saveVersion(trx, superseded, 'approved'))) throw movedOn(previous);
          await recordChange(trx, deps, actor, {
            organizationId,
            action: 'document_version.superseded',
            entityType: 'document_version',
            entityId: previous.id,
            before: { status: previous.status },
            after: { status: superseded.status, supersededAt: at, byVersion: after.version },
          });
        }
        return saveVersion(trx, actor, loaded, {
          after,
          from: 'in_review',
          action: 'document_version.approved',
          note: { comment: comment.trim().slice(0, COMMENT_MAX) },
        });
      });
    },

    /** Attaches a file to a draft, replacing any file it had; the bytes are kept by SHA-256. */
    async attachFile(actor: Actor, organizationId: string, ids: VersionIds, upload: FileUpload) {
      return changeVersion(actor, organizationId, ids, 'aims.write', async (trx, loaded) => {
        lifecycle.requireDraft(loaded.version);
        checkFileSize(upload.bytes.byteLength);
        const stored = await files.put(upload.bytes);
        const name = cleanFileName(upload.fileName);
        const file = { ...stored, name, mediaType: upload.mediaType };
        const after = { ...loaded.version, file, updatedAt: now(deps) };
        const action = 'document_version.file_attached';
        return saveVersion(trx, actor, loaded, { after, from: 'draft', action });
      });
    },

    /** Detaches the file from a draft; the stored bytes stay, as other versions may use them. */
    async removeFile(actor: Actor, organizationId: string, ids: VersionIds) {
      return changeVersion(actor, organizationId, ids, 'aims.write', async (trx, loaded) => {
        lifecycle.requireDraft(loaded.version);
        if (!loaded.version.file) throw fileNotFound(loaded.version);
        const after = { ...loaded.version, file: null, updatedAt: now(deps) };
        const action = 'document_version.file_removed';
        return saveVersion(trx, actor, loaded, { after, from: 'draft', action });
      });
    },

    /** The attached file and its bytes, verified against their SHA-256 before any is sent. */
    async readFile(actor: Actor, organizationId: string, ids: VersionIds) {
      const db = reader(deps);
      await authorize(db, actor, organizationId, 'aims.read');
      await loadDocument(db, organizationId, ids.documentId);
      const versions = await repo.listVersions(db, organizationId, ids.documentId);
      const version = versions.find((candidate) => candidate.id === ids.versionId);
      if (!version) throw versionNotFound(ids.versionId);
      if (!version.file) throw fileNotFound(version);
      return { file: version.file, bytes: await files.read(version.file.sha256) };
    },
  };
};

export type DocumentVersionService = ReturnType<typeof createDocumentVersionService>;
