/** An organization's audit trail, newest first, with filters. */
import { z } from 'zod';
import type { RoutePlugin } from '../../route-plugin.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { Id, OrgParams, Timestamp, orgRouteErrors } from '../../schemas.js';

const AuditEntry = z
  .object({
    id: Id,
    sequence: z.number().int(),
    at: Timestamp,
    actorUserId: Id.nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    previousHash: z.string(),
    hash: z.string().describe('SHA-256 over the entry and the previous hash'),
  })
  .meta({ id: 'AuditEntry' });

const AuditQuery = z.strictObject({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(64).optional(),
  action: z.string().max(80).optional(),
  actorUserId: Id.optional(),
  from: z.iso.datetime().optional().describe('Entries at or after this instant'),
  to: z.iso.datetime().optional().describe('Entries before this instant'),
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Page further back: nextBefore of the previous page'),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const auditLogRoutes: RoutePlugin = (services) => async (app) => {
  app.get(
    '/api/v1/orgs/:orgId/audit-log',
    {
      schema: {
        tags: ['audit trail'],
        summary: 'The audit trail of the organization, newest first',
        params: OrgParams,
        querystring: AuditQuery,
        response: {
          200: z.object({ items: z.array(AuditEntry), nextBefore: z.number().int().nullable() }),
          ...orgRouteErrors,
        },
      },
    },
    async (request) => {
      const { before, from, to, ...filters } = request.query;
      return services.auditLog.list(actorOf(request), request.params.orgId, {
        ...compact(filters),
        ...(before !== undefined ? { beforeSequence: before } : {}),
        ...(from !== undefined ? { from: new Date(from).toISOString() } : {}),
        ...(to !== undefined ? { to: new Date(to).toISOString() } : {}),
      });
    },
  );
};
