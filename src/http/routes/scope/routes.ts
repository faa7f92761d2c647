/** The AIMS scope and its versions (clause 4.3). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import { ReturnBody, SubmitBody } from '../documents/schemas.js';
import {
  ScopeBody,
  ScopeCoverage,
  ScopeOverview,
  ScopeVersion,
  ScopeVersionDiff,
  ScopeVersionParams,
} from './schemas.js';

export const scopeRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['AIMS scope'];
    const writeErrors = { 409: ErrorSchema, ...orgRouteErrors };

    app.get(
      '/api/v1/orgs/:orgId/scope',
      {
        schema: {
          tags,
          summary: 'The approved scope, the open draft and all versions',
          params: OrgParams,
          response: { 200: ScopeOverview, ...orgRouteErrors },
        },
      },
      async (request) => services.scope.overview(actorOf(request), request.params.orgId),
    );

    app.get(
      '/api/v1/orgs/:orgId/scope/coverage',
      {
        schema: {
          tags,
          summary:
            "Which AI systems the approved scope covers, and where the inventory's in-scope flag disagrees",
          params: OrgParams,
          response: { 200: ScopeCoverage, ...orgRouteErrors },
        },
      },
      async (request) => services.scope.coverage(actorOf(request), request.params.orgId),
    );

    app.post(
      '/api/v1/orgs/:orgId/scope/versions',
      {
        schema: {
          tags,
          summary: 'Open a draft (starting from the approved scope, if any)',
          params: OrgParams,
          body: ScopeBody,
          response: { 201: ScopeVersion, ...writeErrors },
        },
      },
      async (request, reply) => {
        const draft = await services.scope.createDraft(
          actorOf(request),
          request.params.orgId,
          compact(request.body),
        );
        return reply.status(201).send(draft);
      },
    );

    app.get(
      '/api/v1/orgs/:orgId/scope/versions/:versionId',
      {
        schema: {
          tags,
          summary: 'One scope version',
          params: ScopeVersionParams,
          response: { 200: ScopeVersion, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.scope.get(actorOf(request), request.params.orgId, request.params.versionId),
    );

    app.patch(
      '/api/v1/orgs/:orgId/scope/versions/:versionId',
      {
        schema: {
          tags,
          summary: 'Change the draft: the fields sent replace the stored ones',
          params: ScopeVersionParams,
          body: ScopeBody,
          response: { 200: ScopeVersion, ...writeErrors },
        },
      },
      async (request) =>
        services.scope.updateDraft(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
          compact(request.body),
        ),
    );

    app.get(
      '/api/v1/orgs/:orgId/scope/versions/:versionId/diff',
      {
        schema: {
          tags,
          summary: 'The version side by side with the version in force, field by field',
          params: ScopeVersionParams,
          response: { 200: ScopeVersionDiff, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.scope.diff(actorOf(request), request.params.orgId, request.params.versionId),
    );

    app.post(
      '/api/v1/orgs/:orgId/scope/versions/:versionId/return',
      {
        schema: {
          tags,
          summary: 'Send a version under review back to draft, saying why',
          params: ScopeVersionParams,
          body: ReturnBody,
          response: { 200: ScopeVersion, ...writeErrors },
        },
      },
      async (request) =>
        services.scope.returnToDraft(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
          request.body.comment,
        ),
    );

    const steps = {
      submit: 'Send a complete draft for review',
      approve:
        'Approve a version in review (an approver who did not write it); supersedes the version in force',
    } as const;
    for (const step of ['submit', 'approve'] as const) {
      app.post(
        `/api/v1/orgs/:orgId/scope/versions/:versionId/${step}`,
        {
          schema: {
            tags,
            summary: steps[step],
            params: ScopeVersionParams,
            body: SubmitBody,
            response: { 200: ScopeVersion, ...writeErrors },
          },
        },
        async (request) =>
          services.scope[step](actorOf(request), request.params.orgId, request.params.versionId),
      );
    }

    app.delete(
      '/api/v1/orgs/:orgId/scope/versions/:versionId',
      {
        schema: {
          tags,
          summary: 'Discard the draft',
          params: ScopeVersionParams,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await services.scope.discardDraft(
          actorOf(request),
          request.params.orgId,
          request.params.versionId,
        );
        return reply.status(204).send(null);
      },
    );
  };
