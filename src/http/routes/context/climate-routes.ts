/** The organization's climate decisions (clauses 4.1 and 4.2). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { OrgParams, orgRouteErrors } from '../../schemas.js';
import { ClimateDecisionBody, ClimateDecisionParams, ClimateOverview } from './climate-schemas.js';

export const climateDecisionRoutes = (
  app: FastifyInstance,
  services: Services,
  tags: string[],
): void => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/v1/orgs/:orgId/climate-decisions',
    {
      schema: {
        tags,
        summary:
          'Whether climate change is a relevant issue (4.1) and whether interested parties have climate-related requirements (4.2)',
        params: OrgParams,
        response: { 200: ClimateOverview, ...orgRouteErrors },
      },
    },
    async (request) => services.climateDecisions.overview(actorOf(request), request.params.orgId),
  );
  typed.put(
    '/api/v1/orgs/:orgId/climate-decisions/:question',
    {
      schema: {
        tags,
        summary: 'Record the answer to one climate question, with the reason',
        params: ClimateDecisionParams,
        body: ClimateDecisionBody,
        response: { 200: ClimateOverview, ...orgRouteErrors },
      },
    },
    async (request) =>
      services.climateDecisions.decide(
        actorOf(request),
        request.params.orgId,
        request.params.question,
        request.body,
      ),
  );
};
