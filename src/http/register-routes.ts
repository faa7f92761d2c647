/**
 * The routes of a register, from its schemas and its service: list, add, read
 * one, change, and delete where the register allows it. Each handler takes
 * the validated input, calls one service function and replies.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../services/index.js';
import { actorOf } from './authentication.js';
import { exact } from './compact.js';
import type { Exact } from './compact.js';
import { ErrorSchema, Id, OrgParams, orgRouteErrors } from './schemas.js';
import { registerPageOf } from './register-schemas.js';

/** The use cases the routes call; the register engine provides them. */
export interface RegisterRouteService<Q, N, P, V> {
  readonly list: (actor: Actor, orgId: string, query: Q) => Promise<unknown>;
  readonly get: (actor: Actor, orgId: string, id: string) => Promise<V>;
  readonly create: (actor: Actor, orgId: string, input: N) => Promise<V>;
  readonly update: (actor: Actor, orgId: string, id: string, patch: P) => Promise<V>;
  readonly remove?: (actor: Actor, orgId: string, id: string) => Promise<void>;
}

export interface RegisterRoutesSpec<
  Q extends z.ZodObject,
  N extends z.ZodObject,
  P extends z.ZodObject,
  R extends z.ZodType,
> {
  /** Under /api/v1/orgs/:orgId/, such as "obligations". */
  readonly path: string;
  /** The row id's parameter name, such as "obligationId". */
  readonly idParam: string;
  readonly tags: readonly string[];
  readonly summaries: {
    readonly list: string;
    readonly create: string;
    readonly get: string;
    readonly update: string;
    readonly remove?: string;
  };
  readonly schemas: {
    readonly query: Q;
    readonly create: N;
    readonly patch: P;
    readonly row: R;
    /** What the list answers beside its page, such as a summary of every matching row. */
    readonly listExtras?: z.ZodRawShape;
  };
  readonly service: RegisterRouteService<
    Exact<z.output<Q>>,
    Exact<z.output<N>>,
    Exact<z.output<P>>,
    z.input<R>
  >;
}

type RowRequest = FastifyRequest<{ Params: Record<string, string> }>;

/**
 * Registers the routes of one register on the app. Schemas validate the
 * requests and shape the replies; the spec's types tie them to the service.
 */
export const registerRoutesOf = <
  Q extends z.ZodObject,
  N extends z.ZodObject,
  P extends z.ZodObject,
  R extends z.ZodType,
>(
  app: FastifyInstance,
  spec: RegisterRoutesSpec<Q, N, P, R>,
): void => {
  const { schemas, service, summaries } = spec;
  const tags = [...spec.tags];
  const path = `/api/v1/orgs/:orgId/${spec.path}`;
  const one = `${path}/:${spec.idParam}`;
  const RowParams = z.object({ orgId: Id, [spec.idParam]: Id });
  const ids = (request: RowRequest) =>
    [request.params.orgId ?? '', request.params[spec.idParam] ?? ''] as const;
  const route = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    schema: Record<string, unknown>,
    handler: (request: RowRequest, reply: FastifyReply) => Promise<unknown>,
  ) =>
    app.route<{ Params: Record<string, string> }>({
      method,
      url,
      schema: { tags, ...schema },
      handler,
    });

  route(
    'GET',
    path,
    {
      summary: summaries.list,
      params: OrgParams,
      querystring: schemas.query,
      response: { 200: registerPageOf(schemas.row, schemas.listExtras), ...orgRouteErrors },
    },
    (request) =>
      service.list(actorOf(request), ids(request)[0], exact(request.query as z.output<Q>)),
  );

  route(
    'POST',
    path,
    {
      summary: summaries.create,
      params: OrgParams,
      body: schemas.create,
      response: { 201: schemas.row, 409: ErrorSchema, ...orgRouteErrors },
    },
    async (request, reply) => {
      const body = exact(request.body as z.output<N>);
      const row = await service.create(actorOf(request), ids(request)[0], body);
      return reply.status(201).send(row);
    },
  );

  route(
    'GET',
    one,
    {
      summary: summaries.get,
      params: RowParams,
      response: { 200: schemas.row, ...orgRouteErrors },
    },
    (request) => service.get(actorOf(request), ...ids(request)),
  );

  route(
    'PATCH',
    one,
    {
      summary: summaries.update,
      params: RowParams,
      body: schemas.patch,
      response: { 200: schemas.row, 409: ErrorSchema, ...orgRouteErrors },
    },
    (request) =>
      service.update(actorOf(request), ...ids(request), exact(request.body as z.output<P>)),
  );

  const { remove } = service;
  if (remove && summaries.remove) {
    route(
      'DELETE',
      one,
      {
        summary: summaries.remove,
        params: RowParams,
        response: { 204: z.null(), ...orgRouteErrors },
      },
      async (request, reply) => {
        await remove(actorOf(request), ...ids(request));
        return reply.status(204).send(null);
      },
    );
  }
};
