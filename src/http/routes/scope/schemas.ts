import { z } from 'zod';
import { AI_ROLES } from '../../../domain/ai-system/classification.js';
import { FIELD_CHANGES, ITEM_CHANGES } from '../../../domain/scope/scope-diff.js';
import { MAX_PEOPLE_PER_SITE, SCOPE_ACTIONS, SCOPE_STATUSES } from '../../../domain/scope/scope.js';
import { Id, Timestamp } from '../../schemas.js';

const Site = z.object({ name: z.string(), location: z.string(), peopleInScope: z.number().int() });
const Exclusion = z.object({ item: z.string(), justification: z.string() });
const PartyRequirement = z.object({
  interestedPartyId: Id,
  requirement: z.string().describe("The requirement's text as the party states it"),
});
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const ScopeVersion = z
  .object({
    id: Id,
    version: z.number().int(),
    status: z.enum(SCOPE_STATUSES),
    statement: z.string(),
    organizationalUnits: list(z.string()),
    sites: list(Site),
    processes: list(z.string()),
    aiSystemIds: list(Id),
    interfaces: list(z.string()).describe(
      'Interfaces and dependencies with activities outside the scope',
    ),
    exclusions: list(Exclusion),
    aiRoles: list(z.enum(AI_ROLES)).describe("The organization's AI roles (clause 4.1)"),
    contextIssueIds: list(Id).describe('The context issues (clause 4.1) the scope considered'),
    partyRequirements: list(PartyRequirement).describe(
      "The interested parties' requirements (clause 4.2) the scope considered",
    ),
    totalPeopleInScope: z.number().int().describe('Sum of the people in scope over all sites'),
    authorUserId: Id.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedAt: Timestamp.nullable().describe('When the version was last sent for review'),
    approvedByUserId: Id.nullable(),
    approvedAt: Timestamp.nullable(),
    supersededAt: Timestamp.nullable(),
    lastReturn: z
      .object({ comment: z.string(), returnedByUserId: Id.nullable(), returnedAt: Timestamp })
      .nullable()
      .describe('Why the version was last sent back to draft, by whom and when'),
    availableActions: z.array(z.enum(SCOPE_ACTIONS)),
  })
  .meta({ id: 'ScopeVersion' });

export const ScopeOverview = z
  .object({
    approved: ScopeVersion.nullable(),
    draft: ScopeVersion.nullable().describe('The open version: a draft, or a version in review'),
    versions: z.array(ScopeVersion),
  })
  .meta({ id: 'ScopeOverview' });

export const ScopeBody = z
  .strictObject({
    statement: z.string().max(20_000),
    organizationalUnits: z.array(z.string().max(200)).max(200),
    sites: z
      .array(
        z.strictObject({
          name: z.string().max(200),
          location: z.string().max(200).optional(),
          peopleInScope: z.number().int().min(0).max(MAX_PEOPLE_PER_SITE),
        }),
      )
      .max(500),
    processes: z.array(z.string().max(200)).max(200),
    aiSystemIds: z.array(Id).max(1000),
    interfaces: z.array(z.string().max(200)).max(200),
    exclusions: z
      .array(z.strictObject({ item: z.string().max(200), justification: z.string().max(10_000) }))
      .max(200),
    aiRoles: z.array(z.enum(AI_ROLES)).max(AI_ROLES.length),
    contextIssueIds: z
      .array(Id)
      .max(1000)
      .describe('Context issues of this organization the scope considered'),
    partyRequirements: z
      .array(z.strictObject({ interestedPartyId: Id, requirement: z.string().max(2_000) }))
      .max(2000)
      .describe(
        "Requirements of this organization's interested parties, each as the party states it",
      ),
  })
  .partial();

export const ScopeVersionParams = z.object({ orgId: Id, versionId: Id });

const valueDiff = <T extends z.ZodType>(value: T) =>
  z.object({
    change: z.enum(FIELD_CHANGES),
    changed: z.boolean(),
    before: value.nullable(),
    after: value,
  });

const listDiff = <T extends z.ZodType>(item: T) =>
  z.object({
    change: z.enum(FIELD_CHANGES),
    changed: z.boolean(),
    before: list(item).nullable(),
    after: list(item),
    items: list(
      z.object({
        key: z.string(),
        change: z.enum(ITEM_CHANGES),
        before: item.nullable(),
        after: item.nullable(),
      }),
    ),
  });

const DiffFields = z.object({
  statement: valueDiff(z.string()),
  totalPeopleInScope: valueDiff(z.number().int()),
  organizationalUnits: listDiff(z.string()),
  sites: listDiff(Site),
  processes: listDiff(z.string()),
  aiSystemIds: listDiff(Id),
  interfaces: listDiff(z.string()),
  exclusions: listDiff(Exclusion),
  aiRoles: listDiff(z.enum(AI_ROLES)),
  contextIssueIds: listDiff(Id),
  partyRequirements: listDiff(PartyRequirement),
});

const CoverageEntry = z.object({ id: Id, name: z.string(), isInScope: z.boolean() });

export const ScopeCoverage = z
  .object({
    hasApprovedScope: z.boolean(),
    approvedVersionId: Id.nullable(),
    approvedVersion: z.number().int().nullable(),
    systems: list(CoverageEntry.extend({ isCoveredByApprovedScope: z.boolean() })).describe(
      "Every AI system of the inventory, its own flag beside the approved scope's list",
    ),
    flaggedNotCovered: list(CoverageEntry).describe(
      'Marked in scope in the inventory, but not in the approved scope',
    ),
    coveredNotFlagged: list(CoverageEntry).describe(
      'In the approved scope, but marked out of scope in the inventory',
    ),
    missingAiSystemIds: list(Id).describe(
      'Named by the approved scope, but no longer in the inventory',
    ),
    inScopeCount: z.number().int(),
    coveredCount: z.number().int(),
    isConsistent: z.boolean(),
  })
  .meta({ id: 'ScopeCoverage' });

export const ScopeVersionDiff = z
  .object({
    versionId: Id,
    version: z.number().int(),
    inForceVersionId: Id.nullable(),
    inForceVersion: z.number().int().nullable(),
    fields: DiffFields.describe(
      "Each field of the version beside the version in force ('added' when none is in force)",
    ),
    changedFields: list(DiffFields.keyof()),
  })
  .meta({ id: 'ScopeVersionDiff' });
