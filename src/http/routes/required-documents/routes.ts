/**
 * The required-documents register: what the catalog asks for and where the
 * organization stands, as JSON or as a CSV or XLSX file.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_NECESSITIES, REQUIRED_DOCUMENT_TYPES } from '../../../domain/catalog/index.js';
import { REQUIRED_DOCUMENT_STATUSES } from '../../../domain/document/required-documents.js';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { TABLE_FORMATS } from '../../../services/tabular/read-table.js';
import { Id, OrgParams, Timestamp, orgRouteErrors } from '../../schemas.js';

const Restricted = z
  .object({ kind: z.literal('restricted_document') })
  .describe('A document the caller may not open: it counts, its title and link are withheld');

const Fulfilment = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    id: Id,
    title: z.string(),
    version: z.number().int(),
    approvedAt: Timestamp,
    isReviewOverdue: z.boolean(),
  }),
  z.object({ kind: z.literal('scope'), id: Id, version: z.number().int(), approvedAt: Timestamp }),
  z.object({ kind: z.literal('objectives'), count: z.number().int() }),
  Restricted,
]);

const WorkInProgress = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    id: Id,
    title: z.string(),
    status: z.enum(['draft', 'in_review']),
  }),
  z.object({ kind: z.literal('scope'), id: Id, version: z.number().int() }),
  Restricted,
]);

const RequiredDocumentEntry = z
  .object({
    requiredDocument: z.object({
      id: z.string().describe('RD-01 … RD-20'),
      title: z.string(),
      clauseId: z.string(),
      type: z
        .enum(REQUIRED_DOCUMENT_TYPES)
        .describe('document: maintained and reviewed; record: retained as evidence'),
      necessity: z
        .enum(DOCUMENT_NECESSITIES)
        .describe('required: a clause asks for it; recommended: good practice, never a gap'),
    }),
    status: z.enum(REQUIRED_DOCUMENT_STATUSES),
    fulfilledBy: z.array(Fulfilment).readonly(),
    inProgressBy: z.array(WorkInProgress).readonly(),
  })
  .meta({ id: 'RequiredDocumentEntry' });

const StatusCounts = {
  fulfilled: z.number().int(),
  in_progress: z.number().int(),
  missing: z.number().int(),
};

const Register = z.object({
  items: z.array(RequiredDocumentEntry),
  summary: z
    .object({
      ...StatusCounts,
      required: z.number().int().describe('Items a clause requires: the base of the coverage'),
      percentFulfilled: z
        .number()
        .int()
        .describe('Required items fulfilled, in whole percent rounded down'),
      recommended: z.object(StatusCounts).describe('Recommended items, outside the coverage'),
    })
    .describe('Counts of the required items by status'),
});

const ExportQuery = z.strictObject({ format: z.enum(TABLE_FORMATS).default('xlsx') });

export const requiredDocumentRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/orgs/:orgId/required-documents',
      {
        schema: {
          tags: ['Documents'],
          summary:
            'Every required document of the catalog: fulfilled, in progress or missing, and by what',
          params: OrgParams,
          response: { 200: Register, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.requiredDocuments.register(actorOf(request), request.params.orgId),
    );

    app.get(
      '/api/v1/orgs/:orgId/required-documents/export',
      {
        schema: {
          tags: ['Documents'],
          summary: 'Export the required-documents register as CSV or XLSX',
          produces: [
            'text/csv',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ],
          params: OrgParams,
          querystring: ExportQuery,
          response: { 200: z.unknown().describe('The file'), ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const file = await services.requiredDocuments.exportOf(
          actorOf(request),
          request.params.orgId,
          request.query.format,
        );
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.content);
      },
    );
  };
