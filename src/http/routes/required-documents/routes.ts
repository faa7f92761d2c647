/** The required-documents register: what the catalog asks for and where the organization stands. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REQUIRED_DOCUMENT_TYPES } from '../../../domain/catalog/index.js';
import { REQUIRED_DOCUMENT_STATUSES } from '../../../domain/document/required-documents.js';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { Id, OrgParams, Timestamp, orgRouteErrors } from '../../schemas.js';

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
]);

const WorkInProgress = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    id: Id,
    title: z.string(),
    status: z.enum(['draft', 'in_review']),
  }),
  z.object({ kind: z.literal('scope'), id: Id, version: z.number().int() }),
]);

const RequiredDocumentEntry = z
  .object({
    requiredDocument: z.object({
      id: z.string().describe('RD-01 … RD-20'),
      title: z.string(),
      clauseId: z.string(),
      type: z.enum(REQUIRED_DOCUMENT_TYPES),
    }),
    status: z.enum(REQUIRED_DOCUMENT_STATUSES),
    fulfilledBy: z.array(Fulfilment).readonly(),
    inProgressBy: z.array(WorkInProgress).readonly(),
  })
  .meta({ id: 'RequiredDocumentEntry' });

const Register = z.object({
  items: z.array(RequiredDocumentEntry),
  summary: z.object({
    fulfilled: z.number().int(),
    in_progress: z.number().int(),
    missing: z.number().int(),
  }),
});

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
  };
