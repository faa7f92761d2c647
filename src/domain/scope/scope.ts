/**
 * The AIMS scope (ISO/IEC 42001 clause 4.3, informed by 4.1 and 4.2): the
 * context issues and interested parties' requirements it considered, what the
 * management system covers — organizational units, sites and the people in
 * scope at each, processes, AI systems, interfaces with activities outside
 * it, exclusions with their justification — and the organization's AI roles.
 * A scope is versioned and goes through the shared approval workflow: a draft
 * is submitted, then approved by someone who did not write it, and the
 * approval supersedes the version approved before.
 */
import { AI_ROLES } from '../ai-system/classification.js';
import type { AiRole } from '../ai-system/classification.js';
import { VERSION_STATUSES, availableApprovalActions } from '../approval/approval.js';
import type { ActorFacts, ApprovableVersion, VersionStatus } from '../approval/approval.js';
import type { FieldIssue } from '../errors.js';
import { LONG_TEXT_MAX, checkOneOf, checkText, checkTextList } from '../validation.js';

export const SCOPE_STATUSES = VERSION_STATUSES;
export type ScopeStatus = VersionStatus;

export const MAX_PEOPLE_PER_SITE = 1_000_000;

export interface ScopeSite {
  readonly name: string;
  readonly location: string;
  readonly peopleInScope: number;
}

export interface ScopeExclusion {
  readonly item: string;
  readonly justification: string;
}

/** A requirement of an interested party (clause 4.2) that the scope considered. */
export interface ScopePartyRequirement {
  readonly interestedPartyId: string;
  readonly requirement: string;
}

export interface ScopeContent {
  readonly statement: string;
  /** The context issues (clause 4.1) the scope considered. */
  readonly contextIssueIds: readonly string[];
  /** The interested parties' requirements (clause 4.2) the scope considered. */
  readonly partyRequirements: readonly ScopePartyRequirement[];
  readonly organizationalUnits: readonly string[];
  readonly sites: readonly ScopeSite[];
  readonly processes: readonly string[];
  readonly aiSystemIds: readonly string[];
  readonly interfaces: readonly string[];
  readonly exclusions: readonly ScopeExclusion[];
  readonly aiRoles: readonly AiRole[];
}

export type ScopeVersion = ScopeContent & ApprovableVersion;

export type ScopeInput = Partial<{
  statement: string;
  contextIssueIds: readonly string[];
  partyRequirements: readonly ScopePartyRequirement[];
  organizationalUnits: readonly string[];
  sites: readonly { name: string; location?: string | undefined; peopleInScope: number }[];
  processes: readonly string[];
  aiSystemIds: readonly string[];
  interfaces: readonly string[];
  exclusions: readonly ScopeExclusion[];
  aiRoles: readonly string[];
}>;

export const EMPTY_SCOPE: ScopeContent = {
  statement: '',
  contextIssueIds: [],
  partyRequirements: [],
  organizationalUnits: [],
  sites: [],
  processes: [],
  aiSystemIds: [],
  interfaces: [],
  exclusions: [],
  aiRoles: [],
};

/** The people the AIMS covers, over all sites: the basis for audit time. */
export const totalPeopleInScope = (sites: readonly ScopeSite[]): number =>
  sites.reduce((total, site) => total + site.peopleInScope, 0);

const checkSites = (issues: FieldIssue[], sites: ScopeInput['sites']): ScopeSite[] => {
  const seen = new Set<string>();
  return (sites ?? []).map((site, index) => {
    const name = checkText(issues, `sites.${index}.name`, site.name);
    if (seen.has(name.toLowerCase()))
      issues.push({ field: `sites.${index}.name`, reason: 'is listed twice' });
    seen.add(name.toLowerCase());
    const people = site.peopleInScope;
    if (!Number.isInteger(people) || people < 0 || people > MAX_PEOPLE_PER_SITE) {
      issues.push({
        field: `sites.${index}.peopleInScope`,
        reason: `must be a whole number from 0 to ${MAX_PEOPLE_PER_SITE}`,
      });
    }
    return { name, location: (site.location ?? '').trim(), peopleInScope: people };
  });
};

/** How a considered requirement is told apart: its party, and its text without letter case. */
export const partyRequirementKey = (entry: ScopePartyRequirement): string =>
  `${entry.interestedPartyId}:${entry.requirement.trim().toLowerCase()}`;

const checkPartyRequirements = (
  issues: FieldIssue[],
  entries: readonly ScopePartyRequirement[],
): ScopePartyRequirement[] => {
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    const requirement = checkText(
      issues,
      `partyRequirements.${index}.requirement`,
      entry.requirement,
      2_000,
    );
    const key = partyRequirementKey(entry);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ interestedPartyId: entry.interestedPartyId, requirement }];
  });
};

/**
 * Checks and normalizes scope content. A draft may be incomplete while it is
 * written; `approvalIssues` says what an approvable scope still lacks.
 */
export const validateScope = (input: ScopeInput, base: ScopeContent = EMPTY_SCOPE) => {
  const issues: FieldIssue[] = [];
  const merged = { ...base, ...input };
  const statement = merged.statement.trim();
  if (statement.length > LONG_TEXT_MAX * 2) {
    issues.push({ field: 'statement', reason: `must be at most ${LONG_TEXT_MAX * 2} characters` });
  }
  const content: ScopeContent = {
    statement,
    contextIssueIds: [...new Set(merged.contextIssueIds)],
    partyRequirements: checkPartyRequirements(issues, merged.partyRequirements),
    organizationalUnits: checkTextList(issues, 'organizationalUnits', merged.organizationalUnits),
    sites: checkSites(issues, merged.sites),
    processes: checkTextList(issues, 'processes', merged.processes),
    aiSystemIds: [...new Set(merged.aiSystemIds)],
    interfaces: checkTextList(issues, 'interfaces', merged.interfaces),
    exclusions: merged.exclusions.map((exclusion, index) => ({
      item: checkText(issues, `exclusions.${index}.item`, exclusion.item),
      justification: checkText(
        issues,
        `exclusions.${index}.justification`,
        exclusion.justification,
        LONG_TEXT_MAX,
      ),
    })),
    aiRoles: [...new Set(merged.aiRoles)].map((role, index) =>
      checkOneOf(issues, `aiRoles.${index}`, role, AI_ROLES),
    ),
  };
  return { content, issues };
};

/** What a scope must have before it is submitted for approval. */
export const approvalIssues = (content: ScopeContent): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (content.statement.length === 0)
    issues.push({ field: 'statement', reason: 'is required before approval' });
  if (content.sites.length === 0)
    issues.push({ field: 'sites', reason: 'name at least one site before approval' });
  if (content.aiSystemIds.length === 0) {
    issues.push({
      field: 'aiSystemIds',
      reason: 'name at least one AI system of the inventory in scope before approval',
    });
  }
  if (content.aiRoles.length === 0) {
    issues.push({
      field: 'aiRoles',
      reason: "state the organization's AI roles (clause 4.1) before approval",
    });
  }
  return issues;
};

/**
 * Scope actions: the workflow's own (edit, submit, approve, return), plus
 * discarding a draft and opening a revision of the approved scope.
 */
export const SCOPE_ACTIONS = ['edit', 'submit', 'approve', 'return', 'discard', 'revise'] as const;
export type ScopeAction = (typeof SCOPE_ACTIONS)[number];

const isScopeAction = (action: string): action is ScopeAction =>
  (SCOPE_ACTIONS as readonly string[]).includes(action);

/**
 * What a user may do with a version now: the approval workflow decides the
 * workflow steps (nobody who created or changed a version approves it); a
 * draft that may be edited may also be discarded, and the approved version
 * may be revised while no other version is open.
 */
export const scopeActions = (
  version: Pick<ScopeVersion, 'status' | 'editorUserIds' | 'revision'>,
  actor: ActorFacts,
  hasOpenVersion: boolean,
): ScopeAction[] => {
  const steps = availableApprovalActions(version, actor).flatMap((action) =>
    isScopeAction(action) ? [action] : [],
  );
  const discard = steps.includes('edit') ? (['discard'] as const) : [];
  const revise =
    version.status === 'approved' && actor.canWrite && !hasOpenVersion ? (['revise'] as const) : [];
  return [...steps, ...discard, ...revise];
};

/** Whether a version is still open (a draft or in review): one at a time. */
export const isOpenScopeVersion = (version: Pick<ScopeVersion, 'status'>): boolean =>
  version.status === 'draft' || version.status === 'in_review';
