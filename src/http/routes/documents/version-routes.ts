/**
 * Versions of a controlled document: open a new draft, edit it, and move it
 * through review — submit, return, approve — as action sub-resources.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { ErrorSchema, orgRouteErrors } from '../../schemas.js';
import {
  ApproveBody,
  DocumentDetail,
  DocumentParams,
  ReturnBody,
  SubmitBody,
  VersionContentBody,
  VersionParams,
} from './schemas.js';

export const documentVersionRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['Documents'];
    const versions = services.documentVersions;
    const base = '/api/v1/orgs/:orgId/documents/:documentId/versions';
    const detailResponse = { 200: DocumentDetail, 409: ErrorSchema, ...orgRouteErrors };
    const ids = (params: { documentId: string; versionId: string }) => ({
      documentId: params.documentId,
      versionId: params.versionId,
    });

    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Start the next version as a draft, from the text and file in force',
          params: DocumentParams,
          body: VersionContentBody,
          response: { 201: DocumentDetail, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const { orgId, documentId } = request.params;
        const input = compact(request.body);
        const document = await versions.createVersion(actorOf(request), orgId, documentId, input);
        return reply.status(201).send(document);
      },
    );

    app.patch(
      `${base}/:versionId`,
      {
        schema: {
          tags,
          summary: "Change a draft's text or change note",
          params: VersionParams,
          body: VersionContentBody,
          response: detailResponse,
        },
      },
      async (request) =>
        versions.updateVersion(
          actorOf(request),
          request.params.orgId,
          ids(request.params),
          compact(request.body),
        ),
    );

    app.post(
      `${base}/:versionId/submit`,
      {
        schema: {
          tags,
          summary: 'Send a draft for review',
          params: VersionParams,
          body: SubmitBody,
          response: detailResponse,
        },
      },
      async (request) =>
        versions.submit(actorOf(request), request.params.orgId, ids(request.params)),
    );

    app.post(
      `${base}/:versionId/return`,
      {
        schema: {
          tags,
          summary: 'Send a version under review back to draft, saying why',
          params: VersionParams,
          body: ReturnBody,
          response: detailResponse,
        },
      },
      async (request) =>
        versions.returnToDraft(
          actorOf(request),
          request.params.orgId,
          ids(request.params),
          request.body.comment,
        ),
    );

    app.post(
      `${base}/:versionId/approve`,
      {
        schema: {
          tags,
          summary: 'Approve a version under review (not its author); it supersedes the one before',
          params: VersionParams,
          body: ApproveBody,
          response: detailResponse,
        },
      },
      async (request) =>
        versions.approve(
          actorOf(request),
          request.params.orgId,
          ids(request.params),
          request.body?.comment,
        ),
    );
  };
