/** The AI system inventory of an organization. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AI_SYSTEM_SORT_FIELDS, LIFECYCLE_STAGES } from '../../../domain/ai-system/ai-system.js';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import {
  ErrorSchema,
  Id,
  OrgParams,
  QueryBoolean,
  Timestamp,
  orgRouteErrors,
  pageOf,
} from '../../schemas.js';

const AiSystem = z
  .object({
    id: Id,
    name: z.string(),
    purpose: z.string(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).describe('ISO/IEC 22989 life-cycle stage'),
    isInScope: z.boolean().describe('Inside the AIMS scope'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'AiSystem' });

const ListQuery = z.strictObject({
  search: z.string().max(200).optional().describe('Matches name or purpose, case-insensitive'),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  isInScope: QueryBoolean.optional(),
  sort: z.enum(AI_SYSTEM_SORT_FIELDS).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});

const NewAiSystemBody = z.strictObject({
  name: z.string().max(200),
  purpose: z.string().max(10_000),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  isInScope: z.boolean(),
});

const AiSystemParams = z.object({ orgId: Id, aiSystemId: Id });

export const aiSystemRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['AI systems'];

    app.get(
      '/api/v1/orgs/:orgId/ai-systems',
      {
        schema: {
          tags,
          summary: 'AI systems of the organization: search, filter, sort, paginate',
          params: OrgParams,
          querystring: ListQuery,
          response: { 200: pageOf(AiSystem), ...orgRouteErrors },
        },
      },
      async (request) =>
        services.aiSystems.list(actorOf(request), request.params.orgId, compact(request.query)),
    );

    app.post(
      '/api/v1/orgs/:orgId/ai-systems',
      {
        schema: {
          tags,
          summary: 'Add an AI system to the inventory',
          params: OrgParams,
          body: NewAiSystemBody,
          response: { 201: AiSystem, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const system = await services.aiSystems.create(
          actorOf(request),
          request.params.orgId,
          request.body,
        );
        return reply.status(201).send(system);
      },
    );

    app.get(
      '/api/v1/orgs/:orgId/ai-systems/:aiSystemId',
      {
        schema: {
          tags,
          summary: 'One AI system',
          params: AiSystemParams,
          response: { 200: AiSystem, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.aiSystems.get(actorOf(request), request.params.orgId, request.params.aiSystemId),
    );
  };
