/** AI objectives (clause 6.2) and their measurements (clause 9.1). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { OrgParams, orgRouteErrors } from '../../schemas.js';
import {
  MeasurementBody,
  MeasurementParams,
  NewObjectiveBody,
  Objective,
  ObjectiveParams,
  ObjectivePatchBody,
} from './schemas.js';

export const objectiveRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['AI objectives'];
    const base = '/api/v1/orgs/:orgId/objectives';

    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'AI objectives with their measurements and progress',
          params: OrgParams,
          response: { 200: z.array(Objective), ...orgRouteErrors },
        },
      },
      async (request) => services.objectives.list(actorOf(request), request.params.orgId),
    );

    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Add an AI objective',
          params: OrgParams,
          body: NewObjectiveBody,
          response: { 201: Objective, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const { title, metric, targetValue, ...rest } = request.body;
        const objective = await services.objectives.create(actorOf(request), request.params.orgId, {
          ...compact(rest),
          title,
          metric,
          targetValue,
        });
        return reply.status(201).send(objective);
      },
    );

    app.get(
      `${base}/:objectiveId`,
      {
        schema: {
          tags,
          summary: 'One AI objective',
          params: ObjectiveParams,
          response: { 200: Objective, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.objectives.get(actorOf(request), request.params.orgId, request.params.objectiveId),
    );

    app.patch(
      `${base}/:objectiveId`,
      {
        schema: {
          tags,
          summary: 'Change an AI objective',
          params: ObjectiveParams,
          body: ObjectivePatchBody,
          response: { 200: Objective, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.objectives.update(
          actorOf(request),
          request.params.orgId,
          request.params.objectiveId,
          compact(request.body),
        ),
    );

    app.delete(
      `${base}/:objectiveId`,
      {
        schema: {
          tags,
          summary: 'Delete an AI objective and its measurements',
          params: ObjectiveParams,
          response: { 204: z.null(), ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        await services.objectives.remove(
          actorOf(request),
          request.params.orgId,
          request.params.objectiveId,
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      `${base}/:objectiveId/measurements`,
      {
        schema: {
          tags,
          summary: 'Record a measurement',
          params: ObjectiveParams,
          body: MeasurementBody,
          response: { 201: Objective, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const { orgId, objectiveId } = request.params;
        const objective = await services.objectives.recordMeasurement(
          actorOf(request),
          orgId,
          objectiveId,
          request.body,
        );
        return reply.status(201).send(objective);
      },
    );

    app.delete(
      `${base}/:objectiveId/measurements/:measurementId`,
      {
        schema: {
          tags,
          summary: 'Delete a measurement recorded in error',
          params: MeasurementParams,
          response: { 200: Objective, ...orgRouteErrors },
        },
      },
      async (request) => {
        const { orgId, objectiveId, measurementId } = request.params;
        return services.objectives.removeMeasurement(
          actorOf(request),
          orgId,
          objectiveId,
          measurementId,
        );
      },
    );
  };
