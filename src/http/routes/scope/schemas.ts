import { z } from 'zod';
import { AI_ROLES } from '../../../domain/ai-system/classification.js';
import { MAX_PEOPLE_PER_SITE, SCOPE_STATUSES } from '../../../domain/scope/scope.js';
import { Id, Timestamp } from '../../schemas.js';

const Site = z.object({ name: z.string(), location: z.string(), peopleInScope: z.number().int() });
const Exclusion = z.object({ item: z.string(), justification: z.string() });
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
    totalPeopleInScope: z.number().int().describe('Sum of the people in scope over all sites'),
    authorUserId: Id.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    approvedByUserId: Id.nullable(),
    approvedAt: Timestamp.nullable(),
    supersededAt: Timestamp.nullable(),
    availableActions: z.array(z.enum(['edit', 'approve', 'discard', 'revise'])),
  })
  .meta({ id: 'ScopeVersion' });

export const ScopeOverview = z
  .object({
    approved: ScopeVersion.nullable(),
    draft: ScopeVersion.nullable(),
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
  })
  .partial();

export const ScopeVersionParams = z.object({ orgId: Id, versionId: Id });
