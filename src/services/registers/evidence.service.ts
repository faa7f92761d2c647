/**
 * The evidence register (ISO/IEC 42001 clause 7.5 and the Annex A controls:
 * what a Stage 2 auditor samples). Items are files, streamed into the file
 * store and kept by SHA-256, or links; each new version keeps the ones
 * before it. Every link to a control, risk or document is checked to exist
 * in the organization; every write appends an audit entry in its
 * transaction, and so does a download refused because the stored bytes no
 * longer match their hash.
 *
 * An upload is checked (access, fields, links) before its bytes are read,
 * so a refused request reads no file. On the database store the bytes are
 * written in the record's transaction; on the filesystem store they are
 * written first, outside it (the embedded database takes one writer at a
 * time and is not held for a long upload), and a record that then fails to
 * commit leaves its file to the daily collection.
 */
import type { ClauseId } from '../../domain/catalog/index.js';
import { getClause, getControl } from '../../domain/catalog/index.js';
import { conflict, invalid, isDomainError, notFound } from '../../domain/errors.js';
import type { FieldIssue } from '../../domain/errors.js';
import {
  checkEvidenceInput,
  checkVersionInput,
  NO_LINKS,
  versionOf,
} from '../../domain/evidence/evidence.js';
import type {
  Evidence,
  EvidenceDetails,
  EvidenceFile,
  EvidenceInput,
  EvidenceKind,
  EvidenceVersion,
  VersionInput,
} from '../../domain/evidence/evidence.js';
import { EVIDENCE_FRESHNESS, freshnessOf } from '../../domain/evidence/freshness.js';
import type { EvidenceFreshness } from '../../domain/evidence/freshness.js';
import { chosenSort, listWindowOf } from '../../domain/register/list-query.js';
import type { PageRequest, SortRequest } from '../../domain/register/list-query.js';
import { listActions } from '../../domain/register/register-actions.js';
import type { ListAction } from '../../domain/register/register-actions.js';
import { calendarDateOf } from '../../domain/validation.js';
import type { Executor } from '../../storage/database.js';
import {
  EVIDENCE_SORT_FIELDS,
  currentEvidenceVersions,
  evidenceByControl,
  evidenceLinksOf,
  existingTargets,
  findStoredEvidence,
  insertEvidence,
  insertEvidenceVersion,
  linkedRecordLabels,
  listEvidence,
  listEvidenceVersions,
  listSweepableEvidence,
  markSweptFreshness,
  replaceEvidenceLinks,
  updateEvidence,
  updateEvidenceVersionValidUntil,
} from '../../storage/evidence.repository.js';
import type {
  EvidenceByControl,
  EvidenceSortField,
  StoredEvidence,
  SweepableEvidence,
} from '../../storage/evidence.repository.js';
import { onUniqueViolation } from '../../storage/driver-errors.js';
import { recordChange, recordChanges } from '../audit-trail.js';
import { authorize } from '../authorization.js';
import type { OrgAccess } from '../authorization.js';
import { actorUserId, inTransaction, now, reader } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';
import { evidenceSettingsOf } from '../evidence-settings.js';
import { fileStoreOf } from '../file.service.js';
import { AIMS_REGISTER_POLICY } from './context.service.js';
import { storeEvidenceFile } from './evidence-upload.js';
import type { EvidenceUpload } from './evidence-upload.js';
import { checkOwner } from './owner-check.js';

export const EVIDENCE_ACTIONS = ['edit', 'add_version'] as const;

/** Freshness changes recorded per transaction by the daily sweep. */
const SWEEP_BATCH = 250;
export type EvidenceAction = (typeof EVIDENCE_ACTIONS)[number];

/** An item as its reader sees it: its current version, its freshness today and what they may do. */
export interface EvidenceView extends Evidence {
  readonly freshness: EvidenceFreshness;
  readonly current: EvidenceVersion;
  readonly availableActions: EvidenceAction[];
}

/** One record: the item with every version, newest first. */
export interface EvidenceRecord extends EvidenceView {
  readonly versions: EvidenceVersion[];
}

export interface EvidenceFilters {
  readonly controlId?: string;
  readonly freshness?: EvidenceFreshness;
  readonly ownerUserId?: string;
  readonly kind?: EvidenceKind;
}

export type EvidenceListQuery = PageRequest & SortRequest<EvidenceSortField> & EvidenceFilters;

export interface EvidencePage {
  readonly items: EvidenceView[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly availableActions: ListAction[];
}

/** A new item with its first version. */
export type NewEvidenceInput = EvidenceInput & { readonly version: VersionInput };

/** What may change on an item: everything but its kind. */
export type EvidencePatch = Partial<Omit<EvidenceInput, 'kind'>>;

/** An item that changed freshness in the daily sweep. */
export interface FreshnessChange {
  readonly evidence: SweepableEvidence;
  readonly from: EvidenceFreshness | null;
  readonly to: EvidenceFreshness;
}

const POLICY = AIMS_REGISTER_POLICY;

const evidenceNotFound = (id: string) =>
  notFound('EVIDENCE_NOT_FOUND', 'No such evidence in this organization', { evidenceId: id });

const versionNotFound = (id: string) =>
  notFound('EVIDENCE_VERSION_NOT_FOUND', 'No such version of this evidence', { versionId: id });

const refused = (issues: readonly FieldIssue[]) =>
  invalid('EVIDENCE_INVALID', 'The evidence is not acceptable', issues);

const kindMismatch = (kind: EvidenceKind) =>
  conflict(
    'EVIDENCE_KIND_MISMATCH',
    kind === 'file'
      ? 'This evidence is a file: upload its new version as a file'
      : 'This evidence is a link: give its new version an address',
    { kind },
  );

const noFile = (version: EvidenceVersion) =>
  notFound('EVIDENCE_FILE_NOT_FOUND', `Version ${version.version} is a link, not a file`, {
    versionId: version.id,
  });

const TARGET_NAMES = {
  organizationControlIds: 'organization control',
  riskIds: 'risk',
  documentIds: 'document',
} as const;

const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Adds an issue for every linked record that is not in the organization. */
const checkLinkTargets = async (
  db: Executor,
  organizationId: string,
  details: EvidenceDetails,
  issues: FieldIssue[],
) => {
  for (const field of ['organizationControlIds', 'riskIds', 'documentIds'] as const) {
    const ids = details.links[field];
    const existing = await existingTargets(
      db,
      organizationId,
      field,
      ids.filter((id) => ID_SHAPE.test(id)),
    );
    ids.forEach((id, index) => {
      if (!existing.has(id))
        issues.push({
          field: `links.${field}.${index}`,
          reason: `no ${TARGET_NAMES[field]} ${id} in this organization`,
        });
    });
  }
};

/**
 * The item's details checked against the organization: its rules, a member
 * owner, existing links; `more` are problems found elsewhere in the request.
 */
const checkDetails = async (
  db: Executor,
  organizationId: string,
  input: EvidenceInput,
  more: readonly FieldIssue[] = [],
): Promise<EvidenceDetails> => {
  const { details, issues } = checkEvidenceInput(input);
  await checkOwner(db, organizationId, details.ownerUserId, issues);
  await checkLinkTargets(db, organizationId, details, issues);
  if (issues.length + more.length > 0) throw refused([...issues, ...more]);
  return details;
};

/** Labels of every link, for audit entries and exports: "A.6.2.4 AI system verification and validation". */
export const controlLabel = (controlId: string): string => {
  try {
    return `${controlId} ${getControl(controlId).title}`;
  } catch {
    return controlId;
  }
};

export const clauseLabel = (clauseId: ClauseId): string =>
  `${clauseId} ${getClause(clauseId).title}`;

const auditable = (item: Evidence, version?: EvidenceVersion) => ({
  title: item.title,
  description: item.description,
  kind: item.kind,
  ownerUserId: item.ownerUserId,
  reviewFrequencyMonths: item.reviewFrequencyMonths,
  links: item.links,
  currentVersion: item.currentVersion,
  evidenceDate: item.evidenceDate,
  validUntil: item.validUntil,
  ...(version
    ? {
        version: {
          version: version.version,
          file: version.file,
          url: version.url,
          evidenceDate: version.evidenceDate,
          validUntil: version.validUntil,
          note: version.note,
        },
      }
    : {}),
});

export const createEvidenceService = (deps: ServiceDeps) => {
  const files = fileStoreOf(deps);
  const settings = () => evidenceSettingsOf(deps);
  const today = () => calendarDateOf(deps.clock.now());
  const freshnessOn = (validUntil: string | null, day = today()) =>
    freshnessOf(validUntil, day, settings().expiringDays);
  const actionsOf = (access: OrgAccess): EvidenceAction[] =>
    access.permissions.includes(POLICY.write) ? [...EVIDENCE_ACTIONS] : [];

  /** The items as the caller sees them, each with its links and current version. */
  const present = async (
    db: Executor,
    access: OrgAccess,
    items: readonly StoredEvidence[],
    day = today(),
  ): Promise<EvidenceView[]> => {
    const orgId = access.organization.id;
    const ids = items.map((item) => item.id);
    const links = await evidenceLinksOf(db, orgId, ids);
    const versions = await currentEvidenceVersions(db, orgId, ids);
    return items.flatMap((item) => {
      const current = versions.get(item.id);
      const itemLinks = links.get(item.id);
      if (!current || !itemLinks) return [];
      return [
        {
          ...item,
          links: itemLinks,
          current,
          freshness: freshnessOn(item.validUntil, day),
          availableActions: actionsOf(access),
        },
      ];
    });
  };

  const load = async (db: Executor, orgId: string, id: string): Promise<StoredEvidence> => {
    const item = ID_SHAPE.test(id) ? await findStoredEvidence(db, orgId, id) : undefined;
    if (!item) throw evidenceNotFound(id);
    return item;
  };

  const recordOf = async (
    db: Executor,
    access: OrgAccess,
    item: StoredEvidence,
  ): Promise<EvidenceRecord> => {
    const [view] = await present(db, access, [item]);
    if (!view) throw evidenceNotFound(item.id);
    const versions = await listEvidenceVersions(db, access.organization.id, item.id);
    return { ...view, versions };
  };

  const checkVersion = (kind: EvidenceKind, input: VersionInput) => {
    const { details, issues } = checkVersionInput(kind, input, today());
    if (issues.length > 0) throw refused(issues);
    return details;
  };

  /** Everything a new item's request says, checked before any bytes are read. */
  const checkNew = async (db: Executor, orgId: string, input: NewEvidenceInput) => {
    const version = checkVersionInput(input.kind, input.version, today());
    const details = await checkDetails(db, orgId, input, version.issues);
    return { details, version: version.details };
  };

  /** Writes a new item and its first version in the transaction given. */
  const insertNew = async (
    trx: Executor,
    actor: Actor,
    orgId: string,
    input: NewEvidenceInput,
    file: EvidenceFile | null,
  ): Promise<EvidenceRecord> => {
    const access = await authorize(trx, actor, orgId, POLICY.write);
    const { details, version: versionDetails } = await checkNew(trx, orgId, input);
    const at = now(deps);
    const id = deps.newId();
    const version: EvidenceVersion = {
      id: deps.newId(),
      evidenceId: id,
      organizationId: orgId,
      version: 1,
      file,
      ...versionOf(versionDetails, details.reviewFrequencyMonths),
      createdByUserId: actorUserId(actor),
      createdAt: at,
    };
    const item: Evidence = {
      ...details,
      id,
      organizationId: orgId,
      currentVersion: 1,
      evidenceDate: version.evidenceDate,
      validUntil: version.validUntil,
      sweptFreshness: freshnessOn(version.validUntil),
      createdAt: at,
      updatedAt: at,
    };
    const { links, ...stored } = item;
    await insertEvidence(trx, stored);
    await insertEvidenceVersion(trx, version);
    await replaceEvidenceLinks(trx, stored, links);
    await recordChange(trx, deps, actor, {
      organizationId: orgId,
      action: 'evidence.created',
      entityType: 'evidence',
      entityId: id,
      after: auditable(item, version),
    });
    return recordOf(trx, access, stored);
  };

  /** Writes the next version of an item in the transaction given. */
  const insertNextVersion = async (
    trx: Executor,
    actor: Actor,
    orgId: string,
    id: string,
    input: VersionInput,
    file: EvidenceFile | null,
  ): Promise<EvidenceRecord> => {
    const access = await authorize(trx, actor, orgId, POLICY.write);
    const before = await load(trx, orgId, id);
    if ((file === null) !== (before.kind === 'link')) throw kindMismatch(before.kind);
    const details = checkVersion(before.kind, input);
    const at = now(deps);
    const version: EvidenceVersion = {
      id: deps.newId(),
      evidenceId: id,
      organizationId: orgId,
      version: before.currentVersion + 1,
      file,
      ...versionOf(details, before.reviewFrequencyMonths),
      createdByUserId: actorUserId(actor),
      createdAt: at,
    };
    const after: StoredEvidence = {
      ...before,
      currentVersion: version.version,
      evidenceDate: version.evidenceDate,
      validUntil: version.validUntil,
      sweptFreshness: freshnessOn(version.validUntil),
      updatedAt: at,
    };
    await onUniqueViolation(
      () => insertEvidenceVersion(trx, version),
      () =>
        conflict(
          'EVIDENCE_VERSION_CONFLICT',
          'Another version of this evidence was added meanwhile; reload it and try again',
          { evidenceId: id },
        ),
    );
    await updateEvidence(trx, after);
    const links = (await evidenceLinksOf(trx, orgId, [id])).get(id);
    await recordChange(trx, deps, actor, {
      organizationId: orgId,
      action: 'evidence.version_added',
      entityType: 'evidence',
      entityId: id,
      before: { currentVersion: before.currentVersion, validUntil: before.validUntil },
      after: links ? auditable({ ...after, links }, version) : { version: version.version },
    });
    return recordOf(trx, access, after);
  };

  /**
   * Stores an upload and runs the write with it: in one transaction on the
   * database store; after the bytes are on disk on the filesystem store.
   */
  const withStoredFile = async <T>(
    upload: EvidenceUpload,
    write: (trx: Executor, file: EvidenceFile) => Promise<T>,
  ): Promise<T> => {
    if (files.kind === 'database') {
      return inTransaction(deps, async (trx) =>
        write(trx, await storeEvidenceFile(files, trx, upload, settings())),
      );
    }
    const file = await storeEvidenceFile(files, reader(deps), upload, settings());
    return inTransaction(deps, (trx) => write(trx, file));
  };

  /** Records a download refused because the stored file is missing or altered. */
  const recordRefusedDownload = async (
    actor: Actor,
    orgId: string,
    item: StoredEvidence,
    version: EvidenceVersion,
    error: unknown,
  ) => {
    const details = isDomainError(error) ? error.details : {};
    await inTransaction(deps, (trx) =>
      recordChange(trx, deps, actor, {
        organizationId: orgId,
        action: 'evidence.download_refused',
        entityType: 'evidence',
        entityId: item.id,
        after: {
          version: version.version,
          sha256: version.file?.sha256 ?? null,
          reason: details.reason ?? 'unknown',
          ...(details.actualSha256 ? { actualSha256: details.actualSha256 } : {}),
        },
      }),
    );
  };

  return {
    /** The limits uploads are held to and the expiring window. */
    settings,

    /** One page of the register: filter by control, freshness, owner, kind; search; sort. */
    async list(actor: Actor, orgId: string, query: EvidenceListQuery): Promise<EvidencePage> {
      const db = reader(deps);
      const access = await authorize(db, actor, orgId, POLICY.read);
      const day = today();
      const { page, pageSize, window } = listWindowOf(query, day);
      const sort = chosenSort({ fields: EVIDENCE_SORT_FIELDS, default: 'title' }, query);
      const result = await listEvidence(db, {
        organizationId: orgId,
        ...window,
        ...sort,
        ...(query.controlId ? { controlId: query.controlId } : {}),
        ...(query.freshness ? { freshness: query.freshness } : {}),
        ...(query.ownerUserId ? { ownerUserId: query.ownerUserId } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        expiringDays: settings().expiringDays,
      });
      return {
        items: await present(db, access, result.items, day),
        total: result.total,
        page,
        pageSize,
        availableActions: listActions(POLICY, access.permissions),
      };
    },

    /** One item with all its versions. */
    async get(actor: Actor, orgId: string, id: string): Promise<EvidenceRecord> {
      const db = reader(deps);
      const access = await authorize(db, actor, orgId, POLICY.read);
      return recordOf(db, access, await load(db, orgId, id));
    },

    /** Registers a link (http or https) as evidence, with its first version. */
    async createLink(
      actor: Actor,
      orgId: string,
      input: NewEvidenceInput,
    ): Promise<EvidenceRecord> {
      if (input.kind !== 'link') throw kindMismatch('file');
      return inTransaction(deps, (trx) => insertNew(trx, actor, orgId, input, null));
    },

    /** Uploads a file as evidence, with its first version; the file streams into the store. */
    async createFile(
      actor: Actor,
      orgId: string,
      input: NewEvidenceInput,
      upload: EvidenceUpload,
    ): Promise<EvidenceRecord> {
      if (input.kind !== 'file') throw kindMismatch('link');
      await authorize(reader(deps), actor, orgId, POLICY.write);
      await checkNew(reader(deps), orgId, input);
      return withStoredFile(upload, (trx, file) => insertNew(trx, actor, orgId, input, file));
    },

    /** The next version of a link item. */
    async addLinkVersion(
      actor: Actor,
      orgId: string,
      id: string,
      input: VersionInput,
    ): Promise<EvidenceRecord> {
      return inTransaction(deps, (trx) => insertNextVersion(trx, actor, orgId, id, input, null));
    },

    /** The next version of a file item, streamed into the store. */
    async addFileVersion(
      actor: Actor,
      orgId: string,
      id: string,
      input: VersionInput,
      upload: EvidenceUpload,
    ): Promise<EvidenceRecord> {
      const db = reader(deps);
      await authorize(db, actor, orgId, POLICY.write);
      const item = await load(db, orgId, id);
      if (item.kind !== 'file') throw kindMismatch(item.kind);
      checkVersion(item.kind, input);
      return withStoredFile(upload, (trx, file) =>
        insertNextVersion(trx, actor, orgId, id, input, file),
      );
    },

    /**
     * Changes an item's title, description, owner, review frequency or
     * links; a new review frequency moves the current version's valid-until
     * date when that date came from the frequency.
     */
    async update(
      actor: Actor,
      orgId: string,
      id: string,
      patch: EvidencePatch,
    ): Promise<EvidenceRecord> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, orgId, POLICY.write);
        const stored = await load(trx, orgId, id);
        const links = (await evidenceLinksOf(trx, orgId, [id])).get(id);
        const before: Evidence = { ...stored, links: links ?? NO_LINKS };
        const input: EvidenceInput = {
          title: before.title,
          description: before.description,
          kind: before.kind,
          ownerUserId: before.ownerUserId,
          reviewFrequencyMonths: before.reviewFrequencyMonths,
          ...patch,
          links: { ...before.links, ...patch.links },
        };
        const details = await checkDetails(trx, orgId, input);
        const [current] = await listEvidenceVersions(trx, orgId, id);
        let validUntil = stored.validUntil;
        if (current && details.reviewFrequencyMonths !== stored.reviewFrequencyMonths) {
          validUntil = versionOf(current, details.reviewFrequencyMonths).validUntil;
          await updateEvidenceVersionValidUntil(trx, { ...current, validUntil });
        }
        const after: Evidence = {
          ...before,
          ...details,
          validUntil,
          sweptFreshness: freshnessOn(validUntil),
          updatedAt: now(deps),
        };
        const { links: afterLinks, ...row } = after;
        await updateEvidence(trx, row);
        await replaceEvidenceLinks(trx, row, afterLinks);
        await recordChange(trx, deps, actor, {
          organizationId: orgId,
          action: 'evidence.updated',
          entityType: 'evidence',
          entityId: id,
          before: auditable(before),
          after: auditable(after),
        });
        return recordOf(trx, access, row);
      });
    },

    /**
     * A version's file and its bytes, verified against their SHA-256 before
     * any is sent; a refusal is recorded in the audit trail.
     */
    async readFile(actor: Actor, orgId: string, id: string, versionId: string) {
      const db = reader(deps);
      await authorize(db, actor, orgId, POLICY.read);
      const item = await load(db, orgId, id);
      const versions = await listEvidenceVersions(db, orgId, id);
      const version = versions.find((candidate) => candidate.id === versionId);
      if (!version) throw versionNotFound(versionId);
      const file = version.file;
      if (!file) throw noFile(version);
      try {
        return { file, bytes: await files.read(db, file.sha256) };
      } catch (error) {
        if (isDomainError(error) && error.code === 'FILE_INTEGRITY_FAILED')
          await recordRefusedDownload(actor, orgId, item, version, error);
        throw error;
      }
    },

    /** Every version of an item, newest first. */
    async versions(actor: Actor, orgId: string, id: string): Promise<EvidenceVersion[]> {
      const db = reader(deps);
      await authorize(db, actor, orgId, POLICY.read);
      await load(db, orgId, id);
      return listEvidenceVersions(db, orgId, id);
    },

    /** What an item links, each with its id and a label to show. */
    async links(actor: Actor, orgId: string, id: string) {
      const db = reader(deps);
      await authorize(db, actor, orgId, POLICY.read);
      await load(db, orgId, id);
      const links = (await evidenceLinksOf(db, orgId, [id])).get(id) ?? NO_LINKS;
      const records = await linkedRecordLabels(db, orgId, links);
      return {
        clauses: links.clauseIds.map((clauseId) => ({
          id: clauseId,
          label: clauseLabel(clauseId),
        })),
        controls: links.controlIds.map((controlId) => ({
          id: controlId,
          label: controlLabel(controlId),
        })),
        ...records,
      };
    },

    /** For each Annex A control and organization control, its evidence and freshness today. */
    async byControl(actor: Actor, orgId: string): Promise<EvidenceByControl> {
      const db = reader(deps);
      await authorize(db, actor, orgId, POLICY.read);
      return evidenceByControl(db, orgId, today(), settings().expiringDays);
    },

    /**
     * The daily sweep: records each item's freshness where it changed since
     * the last sweep, with an audit entry per change, and returns the changes.
     */
    async sweepFreshness(actor: Actor): Promise<FreshnessChange[]> {
      const day = today();
      const changes: FreshnessChange[] = [];
      for (const evidence of await listSweepableEvidence(reader(deps))) {
        const to = freshnessOn(evidence.validUntil, day);
        if (to !== evidence.sweptFreshness)
          changes.push({ evidence, from: evidence.sweptFreshness, to });
      }
      // Short transactions of a few hundred changes, each organization's written together: quick
      // after months without a sweep, and never holding the write lock for long.
      for (let start = 0; start < changes.length; start += SWEEP_BATCH) {
        const batch = changes.slice(start, start + SWEEP_BATCH);
        await inTransaction(deps, async (trx) => {
          for (const organizationId of new Set(
            batch.map((change) => change.evidence.organizationId),
          )) {
            const ofOrganization = batch.filter(
              (change) => change.evidence.organizationId === organizationId,
            );
            for (const to of EVIDENCE_FRESHNESS)
              await markSweptFreshness(
                trx,
                organizationId,
                ofOrganization
                  .filter((change) => change.to === to)
                  .map((change) => change.evidence.id),
                to,
              );
            await recordChanges(
              trx,
              deps,
              actor,
              ofOrganization.map(({ evidence, to }) => ({
                organizationId,
                action: 'evidence.freshness_changed',
                entityType: 'evidence',
                entityId: evidence.id,
                before: { freshness: evidence.sweptFreshness },
                after: { freshness: to, validUntil: evidence.validUntil, on: day },
              })),
            );
          }
        });
      }
      return changes;
    },
  };
};

export type EvidenceService = ReturnType<typeof createEvidenceService>;
