/**
 * AI system impact assessments (ISO/IEC 42001 6.1.4, 8.4 and A.5; the
 * assessment ISO/IEC 42005 describes): one versioned assessment per AI system
 * of the organization, moved through the shared approval workflow
 * (registers/versioned-record.ts). A draft is written and checked as it goes,
 * submitted once complete, returned with a comment or approved by someone who
 * neither created nor changed it; approving supersedes the version in force
 * and freezes the new one. A revision starts from the approved content.
 */
import { withEditor } from '../domain/approval/approval.js';
import { invalid, notFound } from '../domain/errors.js';
import type { FieldIssue } from '../domain/errors.js';
import {
  EMPTY_IMPACT_ASSESSMENT,
  checkImpactAssessmentForApproval,
  isOpenImpactAssessment,
  validateImpactAssessment,
} from '../domain/impact/index.js';
import type {
  ImpactAssessmentContent,
  ImpactAssessmentInput,
  ImpactAssessmentVersion,
} from '../domain/impact/index.js';
import { calendarDateOf } from '../domain/validation.js';
import { findAiSystem } from '../storage/ai-system.repository.js';
import type { Executor } from '../storage/database.js';
import { risksRaisedFrom } from '../storage/risk.repository.js';
import {
  deleteImpactAssessmentVersion,
  draftExists,
  findImpactAssessmentVersion,
  insertImpactAssessmentVersion,
  listCurrentImpactAssessments,
  listImpactAssessmentVersions,
  saveImpactAssessmentVersion,
} from '../storage/impact-assessment.repository.js';
import { listMembers } from '../storage/organization.repository.js';
import { latestReturns } from '../storage/return-comment.repository.js';
import { listInventoryScopeFlags } from '../storage/scope.repository.js';
import { recordChange } from './audit-trail.js';
import { authorize } from './authorization.js';
import type { OrgAccess } from './authorization.js';
import { actorUserId, inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { impactAssessmentOverview, impactAssessmentViews } from './impact-assessment-views.js';
import type {
  ImpactAssessmentHistory,
  ImpactAssessmentOverview,
  ImpactAssessmentView,
} from './impact-assessment-views.js';
import { renderImpactAssessmentPdf } from './impact-assessment-export.js';
import type { ImpactAssessmentPdfFile } from './impact-assessment-export.js';
import { ID_SHAPE } from './registers/owner-check.js';
import { createApprovalSteps } from './registers/approval-steps.js';
import { actorFacts, createVersionedRecord } from './registers/versioned-record.js';

const ENTITY = 'impact_assessment_version';

const versionNotFound = (id: string) =>
  notFound('IMPACT_ASSESSMENT_NOT_FOUND', 'No such impact assessment version', {
    impactAssessmentId: id,
  });

const aiSystemNotFound = (id: string) =>
  notFound('AI_SYSTEM_NOT_FOUND', 'No such AI system', { aiSystemId: id });

/** The AI system, which must be the organization's (another's reads as unknown). */
const systemOf = async (db: Executor, organizationId: string, aiSystemId: string) => {
  const system = await findAiSystem(db, organizationId, aiSystemId);
  if (!system) throw aiSystemNotFound(aiSystemId);
  return system;
};

/** The owners named by measures must be members of the organization. */
const ownerIssues = async (
  db: Executor,
  organizationId: string,
  content: ImpactAssessmentContent,
): Promise<FieldIssue[]> => {
  if (!content.measures.some((measure) => measure.ownerUserId !== null)) return [];
  const members = new Set((await listMembers(db, organizationId)).map((member) => member.userId));
  return content.measures.flatMap((measure, index) =>
    measure.ownerUserId === null ||
    (ID_SHAPE.test(measure.ownerUserId) && members.has(measure.ownerUserId))
      ? []
      : [
          {
            field: `measures.${index}.ownerUserId`,
            reason: 'must be a member of the organization',
          },
        ],
  );
};

/** The draft's content, or IMPACT_ASSESSMENT_INVALID listing every problem. */
const checked = async (db: Executor, organizationId: string, input: ImpactAssessmentInput) => {
  const { details, issues } = validateImpactAssessment(input);
  issues.push(...(await ownerIssues(db, organizationId, details)));
  if (issues.length > 0) {
    throw invalid(
      'IMPACT_ASSESSMENT_INVALID',
      `The impact assessment has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}`,
      issues,
    );
  }
  return details;
};

export const createImpactAssessmentService = (deps: ServiceDeps) => {
  const workflow = createVersionedRecord<ImpactAssessmentVersion>(deps, {
    entityType: ENTITY,
    save: saveImpactAssessmentVersion,
    auditable: (version) => version,
  });
  const today = () => calendarDateOf(deps.clock.now());

  /** A version of the organization with its AI system's other versions. */
  const load = async (db: Executor, organizationId: string, id: string) => {
    const version = ID_SHAPE.test(id)
      ? await findImpactAssessmentVersion(db, organizationId, id)
      : undefined;
    if (!version) throw versionNotFound(id);
    const siblings = await listImpactAssessmentVersions(db, organizationId, version.aiSystemId);
    return { version, siblings };
  };

  const fullView = async (db: Executor, actor: Actor, access: OrgAccess, id: string) => {
    const organizationId = access.organization.id;
    const { version, siblings } = await load(db, organizationId, id);
    const system = await systemOf(db, organizationId, version.aiSystemId);
    const returns = await latestReturns(db, organizationId, [version.id]);
    const views = impactAssessmentViews(actorFacts(actor, access), today(), siblings);
    const raised = await risksRaisedFrom(
      db,
      organizationId,
      siblings.map((sibling) => sibling.id),
    );
    return views.full(
      version,
      system.name,
      returns.get(version.id),
      raised.flatMap((risk) =>
        risk.impactId === null || risk.impactAssessmentId === null
          ? []
          : [
              {
                impactId: risk.impactId,
                riskId: risk.id,
                statement: risk.statement,
                status: risk.status,
                impactAssessmentId: risk.impactAssessmentId,
              },
            ],
      ),
    );
  };

  /** Submitting, returning, approving and discarding, and the draft loaded for a change. */
  const steps = createApprovalSteps(deps, {
    entityType: ENTITY,
    workflow,
    load,
    // Only a complete assessment goes for review, and none is approved incomplete.
    check: (version, action) => {
      const isChecked =
        (action.type === 'submit' && version.status === 'draft') ||
        (action.type === 'approve' && version.status === 'in_review');
      if (isChecked) checkImpactAssessmentForApproval(version.content);
    },
    view: fullView,
    remove: deleteImpactAssessmentVersion,
  });
  const { loadDraft } = steps;

  return {
    /** Every AI system of the organization with its approved and open assessment. */
    async overview(actor: Actor, organizationId: string): Promise<ImpactAssessmentOverview> {
      const db = reader(deps);
      await authorize(db, actor, organizationId, 'aims.read');
      const inventory = await listInventoryScopeFlags(db, organizationId);
      const headers = await listCurrentImpactAssessments(db, organizationId);
      return impactAssessmentOverview(inventory, headers, today());
    },

    /** The versions of one AI system's assessment, newest first. */
    async listVersions(
      actor: Actor,
      organizationId: string,
      aiSystemId: string,
    ): Promise<ImpactAssessmentHistory> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const system = await systemOf(db, organizationId, aiSystemId);
      const versions = await listImpactAssessmentVersions(db, organizationId, aiSystemId);
      const { summary } = impactAssessmentViews(actorFacts(actor, access), today(), versions);
      const approved = versions.find((version) => version.status === 'approved');
      const open = versions.find(isOpenImpactAssessment);
      return {
        aiSystem: { id: system.id, name: system.name, isInScope: system.isInScope },
        approved: approved ? summary(approved) : null,
        draft: open ? summary(open) : null,
        versions: versions.map(summary),
      };
    },

    /** One version, with what changed since the approved version before it and its profile. */
    async get(actor: Actor, organizationId: string, id: string): Promise<ImpactAssessmentView> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      return fullView(db, actor, access, id);
    },

    /**
     * Opens a draft for the AI system: the approved content when there is
     * one, with the fields given on top. One open version per system.
     */
    createDraft(
      actor: Actor,
      organizationId: string,
      aiSystemId: string,
      input: ImpactAssessmentInput = {},
    ): Promise<ImpactAssessmentView> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        await systemOf(trx, organizationId, aiSystemId);
        const versions = await listImpactAssessmentVersions(trx, organizationId, aiSystemId);
        if (versions.some(isOpenImpactAssessment)) throw draftExists();
        const approved = versions.find((version) => version.status === 'approved');
        const base = approved?.content ?? EMPTY_IMPACT_ASSESSMENT;
        const content = await checked(trx, organizationId, { ...base, ...input });
        const at = now(deps);
        const draft: ImpactAssessmentVersion = {
          id: deps.newId(),
          organizationId,
          aiSystemId,
          version: (versions[0]?.version ?? 0) + 1,
          status: 'draft',
          content,
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
        await insertImpactAssessmentVersion(trx, draft);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: `${ENTITY}.created`,
          entityType: ENTITY,
          entityId: draft.id,
          after: { ...draft, startedFromVersion: approved?.version ?? null },
        });
        return fullView(trx, actor, access, draft.id);
      });
    },

    /** Changes the draft: the fields given replace the stored ones; the actor joins its editors. */
    updateDraft(
      actor: Actor,
      organizationId: string,
      id: string,
      input: ImpactAssessmentInput,
    ): Promise<ImpactAssessmentView> {
      return inTransaction(deps, async (trx) => {
        const { access, version } = await loadDraft(trx, actor, organizationId, id);
        const content = await checked(trx, organizationId, { ...version.content, ...input });
        await workflow.edit(trx, actor, access, version, (draft) => ({ ...draft, content }), {
          action: `${ENTITY}.updated`,
        });
        return fullView(trx, actor, access, id);
      });
    },

    submit: steps.submit,
    returnToDraft: steps.returnToDraft,
    approve: steps.approve,
    discardDraft: steps.discardDraft,

    /** The version as a PDF, with the names of the organization, system, author, approver and owners. */
    async renderPdf(
      actor: Actor,
      organizationId: string,
      id: string,
    ): Promise<ImpactAssessmentPdfFile> {
      const db = reader(deps);
      const access = await authorize(db, actor, organizationId, 'aims.read');
      const { version } = await load(db, organizationId, id);
      const system = await systemOf(db, organizationId, version.aiSystemId);
      return renderImpactAssessmentPdf(db, {
        organizationName: access.organization.name,
        aiSystemName: system.name,
        version,
        generatedAt: now(deps),
      });
    },
  };
};

export type ImpactAssessmentService = ReturnType<typeof createImpactAssessmentService>;
