/**
 * The Statement of Applicability (ISO/IEC 42001 6.1.3 d): the live SoA
 * (soa-live.ts) is every Annex A control and every organization control with
 * its decision and the links derived on every read from the risk register,
 * the current impact assessments and the evidence. Changing an entry
 * follows the rules of domain/soa. A version
 * freezes the live SoA as a snapshot that the shared approval workflow
 * (registers/versioned-record.ts) moves from draft to approved; whoever
 * created or refreshed it does not approve it. One approved version is
 * published: the one the certification body reads.
 */
import { decide, withEditor } from '../domain/approval/approval.js';
import { findControl } from '../domain/catalog/index.js';
import { conflict, invalid, notFound } from '../domain/errors.js';
import {
  checkSoaEntryChange,
  compareSoaSnapshots,
  filterSoaRows,
  isOpenSoaVersion,
  notApplicableWhileTreating,
  publishRefusal,
  soaCompletenessIssues,
  soaVersionActions,
  treatingRisksOf,
  SOA_CHANGE_SUMMARY_MAX,
  SOA_OBJECTIVES,
} from '../domain/soa/index.js';
import type {
  SoaEntryFilter,
  SoaEntryInput,
  SoaSnapshot,
  SoaVersion,
  SoaVersionSummary,
} from '../domain/soa/index.js';
import { calendarDateOf } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import { latestReturns } from '../storage/return-comment.repository.js';
import {
  deleteSoaVersion,
  flagSoaReview,
  findSoaDecision,
  findSoaVersion,
  insertSoaVersion,
  listSoaVersions,
  registerChangesSince,
  saveSoaDecision,
  saveSoaVersion,
  setSoaVersionPublication,
  soaOrganizationControls,
  soaReviewsToFlag,
} from '../storage/soa.repository.js';
import type { SavedSoaVersion } from '../storage/soa.repository.js';
import { recordChange } from './audit-trail.js';
import { authorize, authorizeReturn } from './authorization.js';
import type { OrgAccess } from './authorization.js';
import { actorLabel, actorUserId, inTransaction, now, reader } from './context.js';
import { renderSoaExport } from './soa-export.js';
import { createLiveSoa } from './soa-live.js';
import type {
  FlaggedReview,
  SoaComparison,
  SoaEntryView,
  SoaOverview,
  SoaStaleness,
  SoaVersionListView,
  SoaVersionsOverview,
  SoaVersionView,
} from './soa-views.js';
import type { SoaExportFormat } from './soa-export.js';
import type { ExportFile } from './tabular/write-table.js';
import type { Actor, ServiceDeps } from './context.js';
import { checkOwner } from './registers/owner-check.js';
import { actorFacts, createVersionedRecord, requireAllowed } from './registers/versioned-record.js';

export const SOA_VERSION_ENTITY = 'soa_version';
export const SOA_ENTRY_ENTITY = 'soa_entry';

const controlTitle = async (db: Executor, organizationId: string, controlId: string) =>
  findControl(controlId)?.title ??
  (await soaOrganizationControls(db, organizationId)).find(
    (control) => control.controlId === controlId,
  )?.title ??
  controlId;

type StepAction = { readonly type: 'submit' | 'approve' } | { type: 'return'; comment: string };

const versionNotFound = (version: number) =>
  notFound('SOA_VERSION_NOT_FOUND', `The Statement of Applicability has no version ${version}`, {
    version,
  });

const draftExists = () =>
  conflict(
    'SOA_DRAFT_EXISTS',
    'A version of the Statement of Applicability is already open (a draft or in review); refresh or finish it first',
  );

const incomplete = (issues: ReturnType<typeof soaCompletenessIssues>) =>
  invalid(
    'SOA_INCOMPLETE',
    `The Statement of Applicability is not complete: ${issues.length} ${issues.length === 1 ? 'gap' : 'gaps'} (${[
      ...new Set(issues.map((issue) => issue.field.split('.').slice(1, -1).join('.'))),
    ].join(', ')})`,
    issues,
  );

const checkChangeSummary = (text: string | undefined) => {
  const trimmed = (text ?? '').trim();
  if (trimmed.length > SOA_CHANGE_SUMMARY_MAX)
    throw invalid('SOA_CHANGE_SUMMARY_TOO_LONG', 'The summary of the change is too long', [
      { field: 'changeSummary', reason: `must be at most ${SOA_CHANGE_SUMMARY_MAX} characters` },
    ]);
  return trimmed;
};

const findByNumber = <V extends SoaVersionSummary>(versions: readonly V[], number: number): V => {
  const version = versions.find((candidate) => candidate.version === number);
  if (!version) throw versionNotFound(number);
  return version;
};

export const createSoaService = (deps: ServiceDeps) => {
  const today = () => calendarDateOf(deps.clock.now());
  const live = createLiveSoa(deps);
  const workflow = createVersionedRecord<SavedSoaVersion>(deps, {
    entityType: SOA_VERSION_ENTITY,
    save: saveSoaVersion,
    // The trail keeps the version's header and summary; the snapshot itself stays on the version.
    auditable: ({ snapshot: _snapshot, ...header }) => header,
  });

  const viewsOf = async (
    db: Executor,
    actor: Actor,
    access: OrgAccess,
    versions: readonly SoaVersionSummary[],
  ) => {
    const returns = await latestReturns(
      db,
      access.organization.id,
      versions.map((version) => version.id),
    );
    const facts = actorFacts(actor, access);
    const hasOpen = versions.some(isOpenSoaVersion);
    return (version: SoaVersionSummary): SoaVersionListView => {
      const last = returns.get(version.id);
      return {
        ...version,
        lastReturn: last
          ? {
              comment: last.comment,
              returnedByUserId: last.returnedByUserId,
              returnedAt: last.returnedAt,
            }
          : null,
        availableActions: soaVersionActions(version, facts, hasOpen),
      };
    };
  };

  const headline = async (db: Executor, actor: Actor, access: OrgAccess) => {
    const versions = await listSoaVersions(db, access.organization.id);
    const view = await viewsOf(db, actor, access, versions);
    const approved = versions.find((version) => version.status === 'approved');
    const published = versions.find((version) => version.publishedAt !== null);
    const open = versions.find(isOpenSoaVersion);
    return {
      versions,
      view,
      approved: approved ? view(approved) : null,
      published: published ? view(published) : null,
      draft: open ? view(open) : null,
    };
  };

  const stalenessOf = async (
    db: Executor,
    organizationId: string,
    approved: SoaVersionSummary | null,
  ): Promise<SoaStaleness | null> => {
    if (!approved) return null;
    const changes = await registerChangesSince(db, organizationId, approved.takenAt);
    return {
      version: approved.version,
      takenAt: approved.takenAt,
      isStale: changes.risks + changes.treatmentActions > 0,
      staleSince: changes.firstChangeAt,
      lastChangeAt: changes.lastChangeAt,
      risksChanged: changes.risks,
      treatmentActionsChanged: changes.treatmentActions,
      recentRisks: changes.recentRisks,
      recentTreatmentActions: changes.recentTreatmentActions,
    };
  };

  const viewOne = async (
    db: Executor,
    actor: Actor,
    access: OrgAccess,
    number: number,
  ): Promise<SoaVersionView> => {
    const organizationId = access.organization.id;
    const versions = await listSoaVersions(db, organizationId);
    const header = findByNumber(versions, number);
    const full = await findSoaVersion(db, organizationId, header.id);
    if (!full) throw versionNotFound(number);
    const view = (await viewsOf(db, actor, access, versions))(header);
    return { ...view, snapshot: full.snapshot };
  };

  const loadDraft = async (trx: Executor, actor: Actor, organizationId: string, number: number) => {
    const access = await authorize(trx, actor, organizationId, 'aims.write');
    const versions = await listSoaVersions(trx, organizationId);
    const version = findByNumber(versions, number);
    requireAllowed(decide(version, { type: 'edit' }, actorFacts(actor, access)));
    return { access, version };
  };

  /** The gaps of a version's snapshot: every control decided, justified and not due for review. */
  const requireComplete = async (trx: Executor, organizationId: string, id: string) => {
    const full = await findSoaVersion(trx, organizationId, id);
    const issues = soaCompletenessIssues(full?.snapshot.entries ?? []);
    if (issues.length > 0) throw incomplete(issues);
  };

  const step = (actor: Actor, organizationId: string, number: number, action: StepAction) =>
    inTransaction(deps, async (trx) => {
      const access =
        action.type === 'return'
          ? await authorizeReturn(trx, actor, organizationId)
          : await authorize(
              trx,
              actor,
              organizationId,
              action.type === 'approve' ? 'aims.approve' : 'aims.write',
            );
      const versions = await listSoaVersions(trx, organizationId);
      const version = findByNumber(versions, number);
      if (action.type !== 'return') {
        // The workflow's own refusals (not a draft, approval by an editor) come first.
        requireAllowed(decide(version, action, actorFacts(actor, access)));
        await requireComplete(trx, organizationId, version.id);
      }
      await workflow.transition(trx, actor, access, version, versions, action);
      return viewOne(trx, actor, access, number);
    });

  return {
    /** The live SoA, filtered, with its summary, the versions in force and how current they are. */
    async overview(
      actor: Actor,
      organizationId: string,
      filter: SoaEntryFilter = {},
    ): Promise<SoaOverview> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const table = await live.rows(db, organizationId);
      const { approved, published, draft, versions } = await headline(db, actor, access);
      const inForce = versions.find((version) => version.status === 'approved') ?? null;
      return {
        asOf: table.asOf,
        entries: filterSoaRows(table.rows, filter),
        summary: table.summary,
        objectives: SOA_OBJECTIVES,
        canEdit: access.permissions.includes('aims.write'),
        approved,
        published,
        draft,
        staleness: await stalenessOf(db, organizationId, inForce),
      };
    },

    /** One entry of the live SoA with everything linked to it. */
    async entry(actor: Actor, organizationId: string, controlId: string): Promise<SoaEntryView> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const entry = await live.entry(db, organizationId, controlId);
      return { ...entry, canEdit: access.permissions.includes('aims.write') };
    },

    /**
     * Changes the decision about one control. Refused: a not-applicable
     * decision without a justification (SOA_JUSTIFICATION_REQUIRED), or for
     * a control a treatment action puts in place (SOA_CONTROL_TREATS_RISK,
     * naming each risk); an owner who is not a member.
     */
    async updateEntry(
      actor: Actor,
      organizationId: string,
      controlId: string,
      input: SoaEntryInput,
    ): Promise<SoaEntryView> {
      return inTransaction(deps, async (trx) => {
        await authorize(trx, actor, organizationId, 'aims.write');
        const entry = await live.entry(trx, organizationId, controlId);
        const checked = checkSoaEntryChange(entry, input);
        await checkOwner(trx, organizationId, checked.details.ownerUserId, checked.issues);
        if (checked.issues.length > 0) {
          const onlyJustification = checked.issues.every(
            (issue) => issue.field === 'justification',
          );
          throw invalid(
            onlyJustification ? 'SOA_JUSTIFICATION_REQUIRED' : 'SOA_ENTRY_INVALID',
            onlyJustification
              ? `${controlId}: a not-applicable decision needs a justification`
              : `${controlId}: the entry is not valid`,
            checked.issues,
          );
        }
        const refusal = notApplicableWhileTreating(
          controlId,
          checked.details.applicability,
          treatingRisksOf(entry.links),
        );
        if (refusal) throw refusal;
        const at = now(deps);
        const before = (await findSoaDecision(trx, organizationId, controlId)) ?? null;
        const after = { ...checked.details, updatedByUserId: actorUserId(actor), updatedAt: at };
        await saveSoaDecision(trx, organizationId, controlId, after);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: `${SOA_ENTRY_ENTITY}.updated`,
          entityType: SOA_ENTRY_ENTITY,
          entityId: controlId,
          before,
          after,
        });
        return { ...(await live.entry(trx, organizationId, controlId)), canEdit: true };
      });
    },

    /** Every version with what the caller may do, and the ones in force, published and open. */
    async versions(actor: Actor, organizationId: string): Promise<SoaVersionsOverview> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const { versions, view, approved, published, draft } = await headline(db, actor, access);
      return { approved, published, draft, versions: versions.map(view) };
    },

    /** One version with its frozen snapshot. */
    async version(actor: Actor, organizationId: string, number: number): Promise<SoaVersionView> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      return viewOne(db, actor, access, number);
    },

    /** Opens a draft freezing the live SoA, with what it changes and why. */
    async createDraft(
      actor: Actor,
      organizationId: string,
      changeSummary?: string,
    ): Promise<SoaVersionView> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const summaryText = checkChangeSummary(changeSummary);
        const versions = await listSoaVersions(trx, organizationId);
        if (versions.some(isOpenSoaVersion)) throw draftExists();
        const snapshot = await live.snapshot(trx, organizationId);
        const at = now(deps);
        const draft: SoaVersion = {
          id: deps.newId(),
          organizationId,
          version: (versions[0]?.version ?? 0) + 1,
          status: 'draft',
          takenAt: snapshot.takenAt,
          asOf: snapshot.asOf,
          summary: snapshot.summary,
          changeSummary: summaryText,
          snapshot,
          publishedAt: null,
          publishedByUserId: null,
          authorUserId: actorUserId(actor),
          editorUserIds: withEditor([], actorUserId(actor)),
          revision: 0,
          createdAt: at,
          updatedAt: at,
          submittedAt: null,
          approvedByUserId: null,
          approvedAt: null,
          supersededAt: null,
        };
        await onUniqueViolation(() => insertSoaVersion(trx, draft), draftExists);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: `${SOA_VERSION_ENTITY}.created`,
          entityType: SOA_VERSION_ENTITY,
          entityId: draft.id,
          after: { version: draft.version, changeSummary: summaryText, summary: draft.summary },
        });
        return viewOne(trx, actor, access, draft.version);
      });
    },

    /** Takes the draft's snapshot again (and its summary text, when given); the refresher cannot approve it. */
    async refresh(
      actor: Actor,
      organizationId: string,
      number: number,
      changeSummary?: string,
    ): Promise<SoaVersionView> {
      return inTransaction(deps, async (trx) => {
        const { access, version } = await loadDraft(trx, actor, organizationId, number);
        const summaryText =
          changeSummary === undefined ? version.changeSummary : checkChangeSummary(changeSummary);
        const snapshot = await live.snapshot(trx, organizationId);
        await workflow.edit(
          trx,
          actor,
          access,
          version,
          (draft) => ({
            ...draft,
            takenAt: snapshot.takenAt,
            asOf: snapshot.asOf,
            summary: snapshot.summary,
            changeSummary: summaryText,
            snapshot,
          }),
          { action: `${SOA_VERSION_ENTITY}.refreshed` },
        );
        return viewOne(trx, actor, access, number);
      });
    },

    /** Sends the draft for review; refused with every gap while the snapshot is incomplete. */
    submit(actor: Actor, organizationId: string, number: number) {
      return step(actor, organizationId, number, { type: 'submit' });
    },

    /** Sends a version in review back to draft, saying why. */
    returnToDraft(actor: Actor, organizationId: string, number: number, comment: string) {
      return step(actor, organizationId, number, { type: 'return', comment });
    },

    /** Approves a version in review (not by whoever created or refreshed it); supersedes the one in force. */
    approve(actor: Actor, organizationId: string, number: number) {
      return step(actor, organizationId, number, { type: 'approve' });
    },

    async discardDraft(actor: Actor, organizationId: string, number: number): Promise<void> {
      await inTransaction(deps, async (trx) => {
        const { version } = await loadDraft(trx, actor, organizationId, number);
        await deleteSoaVersion(trx, organizationId, version.id);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: `${SOA_VERSION_ENTITY}.discarded`,
          entityType: SOA_VERSION_ENTITY,
          entityId: version.id,
          before: { version: version.version, status: version.status },
        });
      });
    },

    /**
     * Publishes the version in force (approvers only): the one the
     * certification body reads. The version published before is unpublished.
     */
    async publish(actor: Actor, organizationId: string, number: number): Promise<SoaVersionView> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.approve');
        const versions = await listSoaVersions(trx, organizationId);
        const version = findByNumber(versions, number);
        const refusal = publishRefusal(version);
        if (refusal) throw refusal;
        if (version.publishedAt !== null) return viewOne(trx, actor, access, number);
        const at = now(deps);
        const previous = versions.find((candidate) => candidate.publishedAt !== null);
        if (previous) {
          await setSoaVersionPublication(trx, organizationId, previous.id, null);
          await recordChange(trx, deps, actor, {
            organizationId,
            action: `${SOA_VERSION_ENTITY}.unpublished`,
            entityType: SOA_VERSION_ENTITY,
            entityId: previous.id,
            before: { version: previous.version, publishedAt: previous.publishedAt },
            after: { version: previous.version, publishedAt: null, byVersion: version.version },
          });
        }
        await setSoaVersionPublication(trx, organizationId, version.id, {
          at,
          byUserId: actorUserId(actor),
        });
        await recordChange(trx, deps, actor, {
          organizationId,
          action: `${SOA_VERSION_ENTITY}.published`,
          entityType: SOA_VERSION_ENTITY,
          entityId: version.id,
          before: { version: version.version, publishedAt: null },
          after: { version: version.version, publishedAt: at },
        });
        return viewOne(trx, actor, access, number);
      });
    },

    /** Two versions side by side: what changed, control by control, and each version's summary of why. */
    async compare(
      actor: Actor,
      organizationId: string,
      base: number,
      next: number,
    ): Promise<SoaComparison> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const versions = await listSoaVersions(db, organizationId);
      const view = await viewsOf(db, actor, access, versions);
      const [baseHeader, nextHeader] = [findByNumber(versions, base), findByNumber(versions, next)];
      const [baseFull, nextFull] = [
        await findSoaVersion(db, organizationId, baseHeader.id),
        await findSoaVersion(db, organizationId, nextHeader.id),
      ];
      if (!baseFull) throw versionNotFound(base);
      if (!nextFull) throw versionNotFound(next);
      return {
        base: view(baseHeader),
        next: view(nextHeader),
        ...compareSoaSnapshots(baseFull.snapshot, nextFull.snapshot),
      };
    },

    /** The live SoA, or version `number`, as an XLSX, CSV or PDF file. */
    async export(
      actor: Actor,
      organizationId: string,
      format: SoaExportFormat,
      number?: number,
    ): Promise<ExportFile> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      let snapshot: SoaSnapshot;
      let version: SoaVersionSummary | null = null;
      if (number === undefined) snapshot = await live.snapshot(db, organizationId);
      else {
        version = findByNumber(await listSoaVersions(db, organizationId), number);
        const full = await findSoaVersion(db, organizationId, version.id);
        if (!full) throw versionNotFound(number);
        snapshot = full.snapshot;
      }
      return renderSoaExport(db, format, {
        organizationId,
        organizationName: access.organization.name,
        entries: snapshot.entries,
        version,
        exportedBy: actorLabel(actor),
        exportedAt: now(deps),
      });
    },

    /**
     * The daily sweep: every not-applicable decision whose review date has
     * come is flagged as due for review, once per review date, in the
     * audit trail. Returns what it flagged, for the owners to be told.
     */
    async flagDueReviews(actor: Actor): Promise<FlaggedReview[]> {
      // Nothing due, no write transaction: another instance's job claims stay free to run.
      if ((await soaReviewsToFlag(reader(deps), today())).length === 0) return [];
      return inTransaction(deps, async (trx) => {
        const due = await soaReviewsToFlag(trx, today());
        const flagged: FlaggedReview[] = [];
        for (const { organizationId, controlId, decision } of due) {
          const reviewDate = decision.reviewDate ?? today();
          if (!(await flagSoaReview(trx, organizationId, controlId, reviewDate))) continue;
          await recordChange(trx, deps, actor, {
            organizationId,
            action: `${SOA_ENTRY_ENTITY}.review_due`,
            entityType: SOA_ENTRY_ENTITY,
            entityId: controlId,
            before: { reviewFlaggedFor: decision.reviewFlaggedFor },
            after: { reviewFlaggedFor: reviewDate, reviewDate },
          });
          flagged.push({
            organizationId,
            controlId,
            title: await controlTitle(trx, organizationId, controlId),
            ownerUserId: decision.ownerUserId,
            reviewDate,
          });
        }
        return flagged;
      });
    },
  };
};

export type SoaService = ReturnType<typeof createSoaService>;
export type * from './soa-views.js';
