/**
 * An organization's audit trail: its entries newest first with filters, what
 * it can be filtered by, an export of what the filters match, and a proof
 * that its chain is unbroken.
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { TABLE_FORMATS } from '../../../services/tabular/read-table.js';
import type { ExportFile } from '../../../services/tabular/write-table.js';
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

const AuditFilters = {
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(64).optional(),
  includeParts: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'With entityType and entityId: also the entries of the record’s parts (its versions)',
    ),
  action: z.string().max(80).optional(),
  actorUserId: Id.optional(),
  from: z.iso.datetime().optional().describe('Entries at or after this instant'),
  to: z.iso.datetime().optional().describe('Entries before this instant'),
};

const AuditQuery = z.strictObject({
  ...AuditFilters,
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Page further back: nextBefore of the previous page'),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

const AuditExportQuery = z.strictObject({
  ...AuditFilters,
  format: z.enum(TABLE_FORMATS).default('xlsx'),
});

const AuditFacets = z.object({
  actions: z.array(z.string()),
  actors: z.array(z.object({ userId: Id, label: z.string() })),
});

const ChainBreakSchema = z.object({
  entryId: z.string(),
  chain: z.string(),
  sequence: z.number().int(),
  reason: z.enum(['hash_mismatch', 'previous_hash_mismatch', 'sequence_gap']),
});

const CheckpointBreakSchema = z.object({
  reason: z.enum(['entries_missing', 'checkpoint_head_mismatch']),
  chain: z.string(),
  fromSequence: z.number().int().optional(),
  toSequence: z.number().int().optional(),
  sequence: z.number().int().optional(),
});

const ChainVerification = z
  .object({
    verifiedAt: Timestamp,
    entries: z.number().int().describe('Entries of the chain walked from its first'),
    firstBreak: ChainBreakSchema.nullable().describe('The first entry that does not fit, if any'),
    checkpoint: z
      .object({
        createdAt: Timestamp,
        entries: z.number().int(),
        isSignatureValid: z.boolean(),
        break: CheckpointBreakSchema.nullable(),
      })
      .nullable()
      .describe('The newest signed checkpoint naming this chain, and what differs from it'),
  })
  .meta({ id: 'AuditChainVerification' });

type FilterQuery = { [Key in keyof typeof AuditFilters]?: string | undefined };

/** The service's filter from the query's: instants normalized, empty values left out. */
const filterOf = ({ from, to, includeParts, ...filters }: FilterQuery) => ({
  ...compact(filters),
  ...(includeParts === 'true' ? { includeParts: true } : {}),
  ...(from !== undefined ? { from: new Date(from).toISOString() } : {}),
  ...(to !== undefined ? { to: new Date(to).toISOString() } : {}),
});

const sendFile = (reply: FastifyReply, file: ExportFile) =>
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(file.content);

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
      const { before, limit, ...filters } = request.query;
      return services.auditLog.list(actorOf(request), request.params.orgId, {
        ...filterOf(filters),
        ...(limit !== undefined ? { limit } : {}),
        ...(before !== undefined ? { beforeSequence: before } : {}),
      });
    },
  );

  app.get(
    '/api/v1/orgs/:orgId/audit-log/facets',
    {
      schema: {
        tags: ['audit trail'],
        summary: 'The actions and actors the audit trail holds, for its filters',
        params: OrgParams,
        response: { 200: AuditFacets, ...orgRouteErrors },
      },
    },
    async (request) => services.auditLog.facets(actorOf(request), request.params.orgId),
  );

  app.get(
    '/api/v1/orgs/:orgId/audit-log/export',
    {
      schema: {
        tags: ['audit trail'],
        summary: 'Export the entries the filters match, oldest first, as CSV or XLSX',
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        params: OrgParams,
        querystring: AuditExportQuery,
        response: { 200: z.unknown().describe('The file'), ...orgRouteErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(
        reply,
        await services.auditLog.exportOf(
          actorOf(request),
          request.params.orgId,
          filterOf(filters),
          format,
        ),
      );
    },
  );

  app.get(
    '/api/v1/orgs/:orgId/audit-log/verification',
    {
      schema: {
        tags: ['audit trail'],
        summary: 'Verify the organization’s chain: unbroken, and whole since the newest checkpoint',
        params: OrgParams,
        response: { 200: ChainVerification, ...orgRouteErrors },
      },
    },
    async (request) => services.auditLog.verifyOrganization(actorOf(request), request.params.orgId),
  );
};
