/** The register of controlled documents: list, register, read, change, retire. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { registerPageOf } from '../../register-schemas.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import {
  Document,
  DocumentDetail,
  DocumentParams,
  DocumentPatchBody,
  ListQuery,
  NewDocumentBody,
  ReferenceSuggestion,
  ReferenceSuggestionQuery,
  RetireBody,
} from './schemas.js';
import { documentFileRoutes } from './file-routes.js';
import { documentVersionRoutes } from './version-routes.js';

export const documentRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['Documents'];

    app.get(
      '/api/v1/orgs/:orgId/documents',
      {
        schema: {
          tags,
          summary: 'Controlled documents: search, filter on status and review, sort, paginate',
          params: OrgParams,
          querystring: ListQuery,
          response: { 200: registerPageOf(Document), ...orgRouteErrors },
        },
      },
      async (request) =>
        services.documents.list(actorOf(request), request.params.orgId, compact(request.query)),
    );

    app.post(
      '/api/v1/orgs/:orgId/documents',
      {
        schema: {
          tags,
          summary: 'Register a document with its first version as a draft',
          params: OrgParams,
          body: NewDocumentBody,
          response: { 201: DocumentDetail, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        const created = await services.documents.create(actorOf(request), orgId, request.body);
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/v1/orgs/:orgId/documents/reference-suggestion',
      {
        schema: {
          tags,
          summary: 'The next free reference number for a new document of a kind',
          params: OrgParams,
          querystring: ReferenceSuggestionQuery,
          response: { 200: ReferenceSuggestion, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.documents.suggestReferenceNumber(
          actorOf(request),
          request.params.orgId,
          request.query.kind,
        ),
    );

    app.get(
      '/api/v1/orgs/:orgId/documents/:documentId',
      {
        schema: {
          tags,
          summary: 'One document with all its versions',
          params: DocumentParams,
          response: { 200: DocumentDetail, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.documents.get(actorOf(request), request.params.orgId, request.params.documentId),
    );

    app.patch(
      '/api/v1/orgs/:orgId/documents/:documentId',
      {
        schema: {
          tags,
          summary: "Change a document's details: the fields sent replace the stored ones",
          params: DocumentParams,
          body: DocumentPatchBody,
          response: { 200: DocumentDetail, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.documents.update(
          actorOf(request),
          request.params.orgId,
          request.params.documentId,
          compact(request.body),
        ),
    );

    app.post(
      '/api/v1/orgs/:orgId/documents/:documentId/retire',
      {
        schema: {
          tags,
          summary: 'Retire a document: it stops counting as in force and takes no new versions',
          params: DocumentParams,
          body: RetireBody,
          response: { 200: DocumentDetail, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.documents.retire(
          actorOf(request),
          request.params.orgId,
          request.params.documentId,
          request.body?.reason,
        ),
    );

    await app.register(documentVersionRoutes(services));
    await app.register(documentFileRoutes(services));
  };
