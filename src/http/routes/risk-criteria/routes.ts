/** The AI risk criteria and their versions (clause 6.1.2). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import { ReturnBody, SubmitBody } from '../documents/schemas.js';
import {
  RiskCriteriaBody,
  RiskCriteriaOverview,
  RiskCriteriaVersion,
  RiskCriteriaVersionDiff,
  RiskCriteriaVersionParams,
} from './schemas.js';

export const riskCriteriaRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['AI risk criteria'];
    const writeErrors = { 409: ErrorSchema, ...orgRouteErrors };

    app.get(
      '/api/v1/orgs/:orgId/risk-criteria',
      {
        schema: {
          tags,
          summary: 'The risk criteria in force, the open draft and all versions',
          params: OrgParams,
          response: { 200: RiskCriteriaOverview, ...orgRouteErrors },
        },
      },
      async (request) => services.riskCriteria.overview(actorOf(request), request.params.orgId),
    );

    app.post(
      '/api/v1/orgs/:orgId/risk-criteria',
      {
        schema: {
          tags,
          summary:
            'Open a draft, starting from the criteria in force (the defaults before any are approved)',
          params: OrgParams,
          body: RiskCriteriaBody.nullish(),
          response: { 201: RiskCriteriaVersion, ...writeErrors },
        },
      },
      async (request, reply) => {
        const draft = await services.riskCriteria.createDraft(
          actorOf(request),
          request.params.orgId,
          compact(request.body ?? {}),
        );
        return reply.status(201).send(draft);
      },
    );

    app.get(
      '/api/v1/orgs/:orgId/risk-criteria/:versionId',
      {
        schema: {
          tags,
          summary: 'One version of the risk criteria',
          params: RiskCriteriaVersionParams,
          response: { 200: RiskCriteriaVersion, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.riskCriteria.get(actorOf(request), request.params.orgId, request.params.versionId),
    );

    app.patch(
      '/api/v1/orgs/:orgId/risk-criteria/:versionId',
      {
        schema: {
          tags,
          summary: 'Change the draft: the parts sent replace the stored ones',
          params: RiskCriteriaVersionParams,
          body: RiskCriteriaBody,
          response: { 200: RiskCriteriaVersion, ...writeErrors },
        },
      },
      async (request) =>
        services.riskCriteria.updateDraft(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
          compact(request.body),
        ),
    );

    app.get(
      '/api/v1/orgs/:orgId/risk-criteria/:versionId/diff',
      {
        schema: {
          tags,
          summary: 'What the version changes against the criteria in force',
          params: RiskCriteriaVersionParams,
          response: { 200: RiskCriteriaVersionDiff, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.riskCriteria.diff(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
        ),
    );

    app.post(
      '/api/v1/orgs/:orgId/risk-criteria/:versionId/return',
      {
        schema: {
          tags,
          summary: 'Send a version under review back to draft, saying why',
          params: RiskCriteriaVersionParams,
          body: ReturnBody,
          response: { 200: RiskCriteriaVersion, ...writeErrors },
        },
      },
      async (request) =>
        services.riskCriteria.returnToDraft(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
          request.body.comment,
        ),
    );

    const steps = {
      submit: 'Send the draft for review',
      approve:
        'Approve a version in review (an approver who did not write it); supersedes the criteria in force',
    } as const;
    for (const step of ['submit', 'approve'] as const) {
      app.post(
        `/api/v1/orgs/:orgId/risk-criteria/:versionId/${step}`,
        {
          schema: {
            tags,
            summary: steps[step],
            params: RiskCriteriaVersionParams,
            body: SubmitBody,
            response: { 200: RiskCriteriaVersion, ...writeErrors },
          },
        },
        async (request) =>
          services.riskCriteria[step](
            actorOf(request),
            request.params.orgId,
            request.params.versionId,
          ),
      );
    }

    app.delete(
      '/api/v1/orgs/:orgId/risk-criteria/:versionId',
      {
        schema: {
          tags,
          summary: 'Discard the draft',
          params: RiskCriteriaVersionParams,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await services.riskCriteria.discardDraft(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
        );
        return reply.status(204).send(null);
      },
    );
  };
