/** AI objectives (clause 6.2) and their measurements (clause 9.1). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { registerRoutesOf } from '../../register-routes.js';
import { orgRouteErrors } from '../../schemas.js';
import {
  MeasurementBody,
  MeasurementParams,
  NewObjectiveBody,
  Objective,
  ObjectiveListExtras,
  ObjectiveListQuery,
  ObjectiveParams,
  ObjectivePatchBody,
} from './schemas.js';

export const objectiveRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['AI objectives'];
    const base = '/api/v1/orgs/:orgId/objectives';

    registerRoutesOf(app, {
      path: 'objectives',
      idParam: 'objectiveId',
      tags,
      summaries: {
        list: 'AI objectives with their measurements and progress, by title: search, paginate',
        create: 'Add an AI objective',
        get: 'One AI objective',
        update: 'Change an AI objective',
        remove: 'Delete an AI objective and its measurements',
      },
      schemas: {
        query: ObjectiveListQuery,
        create: NewObjectiveBody,
        patch: ObjectivePatchBody,
        row: Objective,
        listExtras: ObjectiveListExtras,
      },
      service: services.objectives,
    });

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
