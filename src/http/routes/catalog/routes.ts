/**
 * The ISO/IEC 42001:2023 catalog: public reference data, the same for every
 * organization and never changing while the server runs. It is written once
 * at start-up, through its schema, and compressed once; each request only
 * picks the copy the client accepts, or answers 304 to a client that holds
 * the current version (ETag).
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  DOCUMENTED_INFORMATION_KINDS,
  DOCUMENT_NECESSITIES,
  REQUIRED_DOCUMENT_TYPES,
} from '../../../domain/catalog/index.js';
import type { RoutePlugin } from '../../route-plugin.js';

/** The catalog is frozen data: its arrays are read-only. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const Clause = z
  .object({
    id: z.string(),
    title: z.string(),
    parentId: z.string().optional(),
    isLeaf: z.boolean(),
    documentedInformation: z.enum(DOCUMENTED_INFORMATION_KINDS).optional(),
    description: z.string(),
    aliases: list(z.string()),
  })
  .meta({ id: 'CatalogClause' });

const ControlObjectiveGroup = z
  .object({
    id: z.string(),
    topicId: z.string(),
    title: z.string(),
    objective: z.string(),
    aliases: list(z.string()),
  })
  .meta({ id: 'CatalogControlObjectiveGroup' });

const Control = z
  .object({
    id: z.string(),
    title: z.string(),
    groupId: z.string(),
    topicId: z.string(),
    description: z.string(),
    aliases: list(z.string()),
  })
  .meta({ id: 'CatalogControl' });

const AnnexCEntry = z
  .object({ id: z.string(), order: z.number().int(), title: z.string(), description: z.string() })
  .meta({ id: 'CatalogAnnexCEntry' });

const RequiredDocument = z
  .object({
    id: z.string(),
    title: z.string(),
    clauseId: z.string(),
    relatedClauseIds: list(z.string()),
    relatedControlIds: list(z.string()),
    type: z
      .enum(REQUIRED_DOCUMENT_TYPES)
      .describe('document: maintained and reviewed; record: retained as evidence'),
    necessity: z
      .enum(DOCUMENT_NECESSITIES)
      .describe('required: a clause asks for it; recommended: good practice, never a gap'),
    notes: z.string(),
  })
  .meta({ id: 'CatalogRequiredDocument' });

const Catalog = z
  .object({
    standard: z.string(),
    version: z.string().describe('Version of the catalog data, not of the standard'),
    clauses: list(Clause),
    annexA: z.object({ groups: list(ControlObjectiveGroup), controls: list(Control) }),
    annexC: z.object({ objectives: list(AnnexCEntry), riskSources: list(AnnexCEntry) }),
    requiredDocuments: list(RequiredDocument),
  })
  .meta({ id: 'Catalog' });

/** The catalog's answer in each encoding, with its entity tag. */
const preparedAnswer = (catalog: unknown) => {
  const json = Buffer.from(JSON.stringify(Catalog.parse(catalog)));
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 27);
  return {
    etag: `"${hash}"`,
    identity: json,
    br: brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(json, { level: 9 }),
  };
};

/** Whether an If-None-Match header names this entity tag (or `*`). */
const holdsCurrent = (header: string | undefined, etag: string): boolean =>
  header !== undefined &&
  header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });

const acceptedEncoding = (header: string | undefined): 'br' | 'gzip' | undefined => {
  const accepted = (header ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, quality]) => quality?.trim() !== 'q=0')
    .map(([name]) => name?.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
};

export const catalogRoutes: RoutePlugin = (services) => async (app) => {
  const answer = preparedAnswer(services.catalog.get());
  /** A Buffer body is sent as it is: no serializer runs over it. */
  const send = (request: FastifyRequest, reply: FastifyReply): void => {
    void reply
      .header('cache-control', 'public, max-age=3600')
      .header('etag', answer.etag)
      .header('vary', 'accept-encoding');
    if (holdsCurrent(request.headers['if-none-match'], answer.etag)) {
      void reply.status(304).send();
      return;
    }
    const encoding = acceptedEncoding(request.headers['accept-encoding']);
    void reply.type('application/json; charset=utf-8');
    if (encoding) void reply.header('content-encoding', encoding);
    void reply.send(encoding ? answer[encoding] : answer.identity);
  };
  app.get(
    '/api/v1/catalog',
    {
      config: { isPublic: true },
      schema: {
        tags: ['catalog'],
        summary: 'Clauses 4–10, Annex A controls, Annex C and the required documented information',
        security: [],
        response: { 200: Catalog, 304: z.null().describe('The version you hold is current') },
      },
    },
    async (request, reply) => {
      send(request, reply);
      await reply;
    },
  );
};
