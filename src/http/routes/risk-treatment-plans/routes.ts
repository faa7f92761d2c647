/** The AI risk treatment plan and its approved versions (clause 6.1.3). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import { ReturnBody, SubmitBody } from '../documents/schemas.js';
import {
  TreatmentPlanOverview,
  TreatmentPlanVersion,
  TreatmentPlanVersionDiff,
  TreatmentPlanVersionParams,
} from './schemas.js';

export const riskTreatmentPlanRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['AI risk treatment plan'];
    const base = '/api/v1/orgs/:orgId/risk-treatment-plans';
    const one = `${base}/:versionId`;
    const writeErrors = { 409: ErrorSchema, ...orgRouteErrors };

    app.get(
      base,
      {
        schema: {
          tags,
          summary:
            'The plan in force, the open version, all versions, the live plan and what changed since approval',
          params: OrgParams,
          response: { 200: TreatmentPlanOverview, ...orgRouteErrors },
        },
      },
      async (request) => services.treatmentPlans.overview(actorOf(request), request.params.orgId),
    );

    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Open a draft that freezes the plan as the risk register stands now',
          params: OrgParams,
          body: SubmitBody,
          response: { 201: TreatmentPlanVersion, ...writeErrors },
        },
      },
      async (request, reply) => {
        const draft = await services.treatmentPlans.createDraft(
          actorOf(request),
          request.params.orgId,
        );
        return reply.status(201).send(draft);
      },
    );

    app.get(
      one,
      {
        schema: {
          tags,
          summary: 'One version of the plan with its frozen snapshot',
          params: TreatmentPlanVersionParams,
          response: { 200: TreatmentPlanVersion, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.treatmentPlans.get(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
        ),
    );

    app.get(
      `${one}/diff`,
      {
        schema: {
          tags,
          summary: 'What the version changes against the plan in force, action by action',
          params: TreatmentPlanVersionParams,
          response: { 200: TreatmentPlanVersionDiff, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.treatmentPlans.diff(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
        ),
    );

    app.post(
      `${one}/return`,
      {
        schema: {
          tags,
          summary: 'Send a version under review back to draft, saying why',
          params: TreatmentPlanVersionParams,
          body: ReturnBody,
          response: { 200: TreatmentPlanVersion, ...writeErrors },
        },
      },
      async (request) =>
        services.treatmentPlans.returnToDraft(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
          request.body.comment,
        ),
    );

    const steps = {
      refresh:
        'Take the draft’s snapshot again from the risk register (whoever refreshes it cannot approve it)',
      submit: 'Send the draft for review',
      approve:
        'Approve a version in review (an approver who neither created nor refreshed it); supersedes the plan in force',
    } as const;
    for (const step of ['refresh', 'submit', 'approve'] as const) {
      app.post(
        `${one}/${step}`,
        {
          schema: {
            tags,
            summary: steps[step],
            params: TreatmentPlanVersionParams,
            body: SubmitBody,
            response: { 200: TreatmentPlanVersion, ...writeErrors },
          },
        },
        async (request) =>
          services.treatmentPlans[step](
            actorOf(request),
            request.params.orgId,
            request.params.versionId,
          ),
      );
    }

    app.delete(
      one,
      {
        schema: {
          tags,
          summary: 'Discard the draft',
          params: TreatmentPlanVersionParams,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await services.treatmentPlans.discardDraft(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
        );
        return reply.status(204).send(null);
      },
    );
  };
