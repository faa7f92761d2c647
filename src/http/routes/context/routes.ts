/** Context of the organization: issues (clause 4.1) and interested parties (clause 4.2). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { ErrorSchema, OrgParams, orgRouteErrors, pageOf } from '../../schemas.js';
import {
  ContextIssue,
  ContextIssueListQuery,
  ContextIssueParams,
  ContextIssuePatchBody,
  InterestedParty,
  InterestedPartyListQuery,
  InterestedPartyParams,
  InterestedPartyPatchBody,
  NewContextIssueBody,
  NewInterestedPartyBody,
} from './schemas.js';

const issueRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['Context of the organization'];
    const path = '/api/v1/orgs/:orgId/context-issues';
    const service = services.contextIssues;

    app.get(
      path,
      {
        schema: {
          tags,
          summary: 'Internal and external issues, by kind then title: filter, search, paginate',
          params: OrgParams,
          querystring: ContextIssueListQuery,
          response: { 200: pageOf(ContextIssue), ...orgRouteErrors },
        },
      },
      async (request) =>
        service.list(actorOf(request), request.params.orgId, compact(request.query)),
    );

    app.post(
      path,
      {
        schema: {
          tags,
          summary: 'Record an internal or external issue',
          params: OrgParams,
          body: NewContextIssueBody,
          response: { 201: ContextIssue, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const issue = await service.create(actorOf(request), request.params.orgId, request.body);
        return reply.status(201).send(issue);
      },
    );

    app.get(
      `${path}/:contextIssueId`,
      {
        schema: {
          tags,
          summary: 'One context issue',
          params: ContextIssueParams,
          response: { 200: ContextIssue, ...orgRouteErrors },
        },
      },
      async (request) =>
        service.get(actorOf(request), request.params.orgId, request.params.contextIssueId),
    );

    app.patch(
      `${path}/:contextIssueId`,
      {
        schema: {
          tags,
          summary: 'Change a context issue: the fields sent replace the stored ones',
          params: ContextIssueParams,
          body: ContextIssuePatchBody,
          response: { 200: ContextIssue, ...orgRouteErrors },
        },
      },
      async (request) =>
        service.update(
          actorOf(request),
          request.params.orgId,
          request.params.contextIssueId,
          compact(request.body),
        ),
    );

    app.delete(
      `${path}/:contextIssueId`,
      {
        schema: {
          tags,
          summary: 'Delete a context issue (the audit trail keeps what it said)',
          params: ContextIssueParams,
          response: { 204: z.null(), ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        await service.remove(actorOf(request), request.params.orgId, request.params.contextIssueId);
        return reply.status(204).send(null);
      },
    );
  };

const partyRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['Context of the organization'];
    const path = '/api/v1/orgs/:orgId/interested-parties';
    const service = services.interestedParties;
    const writeErrors = { 409: ErrorSchema, ...orgRouteErrors };

    app.get(
      path,
      {
        schema: {
          tags,
          summary: 'Interested parties, by kind then name: filter, search, paginate',
          params: OrgParams,
          querystring: InterestedPartyListQuery,
          response: { 200: pageOf(InterestedParty), ...orgRouteErrors },
        },
      },
      async (request) =>
        service.list(actorOf(request), request.params.orgId, compact(request.query)),
    );

    app.post(
      path,
      {
        schema: {
          tags,
          summary: 'Register an interested party and its relevant requirements',
          params: OrgParams,
          body: NewInterestedPartyBody,
          response: { 201: InterestedParty, ...writeErrors },
        },
      },
      async (request, reply) => {
        const party = await service.create(actorOf(request), request.params.orgId, request.body);
        return reply.status(201).send(party);
      },
    );

    app.get(
      `${path}/:interestedPartyId`,
      {
        schema: {
          tags,
          summary: 'One interested party',
          params: InterestedPartyParams,
          response: { 200: InterestedParty, ...orgRouteErrors },
        },
      },
      async (request) =>
        service.get(actorOf(request), request.params.orgId, request.params.interestedPartyId),
    );

    app.patch(
      `${path}/:interestedPartyId`,
      {
        schema: {
          tags,
          summary: 'Change an interested party: the fields sent replace the stored ones',
          params: InterestedPartyParams,
          body: InterestedPartyPatchBody,
          response: { 200: InterestedParty, ...writeErrors },
        },
      },
      async (request) =>
        service.update(
          actorOf(request),
          request.params.orgId,
          request.params.interestedPartyId,
          compact(request.body),
        ),
    );

    app.delete(
      `${path}/:interestedPartyId`,
      {
        schema: {
          tags,
          summary: 'Delete an interested party (the audit trail keeps what it said)',
          params: InterestedPartyParams,
          response: { 204: z.null(), ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        await service.remove(
          actorOf(request),
          request.params.orgId,
          request.params.interestedPartyId,
        );
        return reply.status(204).send(null);
      },
    );
  };

/** Both registers of the organization's context. */
export const contextRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(issueRoutes(services));
    await app.register(partyRoutes(services));
  };
