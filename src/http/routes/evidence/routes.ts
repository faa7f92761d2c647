/**
 * Evidence (ISO/IEC 42001 clause 7.5, Annex A): list, record, versions,
 * links, the evidence index export, and files — uploaded as
 * multipart/form-data (a "metadata" JSON field, then the "file" field),
 * streamed into the file store, and downloaded only after their SHA-256 is
 * checked. Too large answers 413, a type not allowed 415.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid, isDomainError } from '../../../domain/errors.js';
import type { EvidenceFile } from '../../../domain/evidence/evidence.js';
import type { Services } from '../../../services/index.js';
import { exportEvidenceIndex } from '../../../services/evidence-export.js';
import { describeBytes } from '../../../services/registers/evidence-upload.js';
import type { EvidenceUpload } from '../../../services/registers/evidence-upload.js';
import type { ExportFile } from '../../../services/tabular/write-table.js';
import { actorOf } from '../../authentication.js';
import { exact } from '../../compact.js';
import { errorBody, handleError } from '../../error-handler.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import {
  EvidenceByControl,
  EvidenceLinkLabels,
  EvidenceListQuery,
  EvidencePage,
  EvidenceParams,
  EvidencePatchBody,
  EvidenceRecord,
  EvidenceVersionParams,
  EvidenceVersions,
  ExportQuery,
  FileVersionFields,
  LinkVersionBody,
  NewFileEvidenceFields,
  NewLinkEvidenceBody,
  uploadBody,
} from './schemas.js';

const fileRequired = () =>
  invalid(
    'EVIDENCE_FILE_REQUIRED',
    'Send multipart/form-data with the field "metadata" (JSON) and then the field "file"',
    [{ field: 'file', reason: 'is required' }],
  );

const metadataInvalid = (issues: { field: string; reason: string }[]) =>
  invalid('EVIDENCE_INVALID', 'The evidence is not acceptable', issues);

/** The metadata field parsed against its schema, with each problem named `metadata.<path>`. */
const parseMetadata = <S extends z.ZodType>(schema: S, text: string | undefined): z.output<S> => {
  if (text === undefined)
    throw metadataInvalid([{ field: 'metadata', reason: 'is required, before the file' }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw metadataInvalid([{ field: 'metadata', reason: 'must be JSON' }]);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw metadataInvalid(
      parsed.error.issues.map((issue) => ({
        field: ['metadata', ...issue.path.map(String)].join('.'),
        reason: issue.message,
      })),
    );
  }
  return parsed.data;
};

const fieldValue = (part: MultipartFile, name: string): string | undefined => {
  const field = part.fields[name];
  const first = Array.isArray(field) ? field[0] : field;
  return first && first.type === 'field' && typeof first.value === 'string'
    ? first.value
    : undefined;
};

/** The bytes of the file part; a refused upload drains the rest of the request. */
async function* bytesOf(part: MultipartFile): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of part.file) yield chunk as Uint8Array;
  } finally {
    part.file.resume();
  }
}

/**
 * The metadata and the file of an upload. The multipart reader stops one
 * byte past the limit, so the store sees a file too large and refuses it.
 */
const uploadOf = async <S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
  maxBytes: number,
): Promise<{ metadata: z.output<S>; upload: EvidenceUpload; drain: () => void }> => {
  if (!request.isMultipart()) throw fileRequired();
  const part = await request.file({
    limits: { fileSize: maxBytes + 1, files: 1 },
    throwFileSizeLimit: false,
  });
  if (!part || part.fieldname !== 'file') {
    part?.file.resume();
    throw fileRequired();
  }
  try {
    const metadata = parseMetadata(schema, fieldValue(part, 'metadata'));
    return {
      metadata,
      upload: { fileName: part.filename, source: bytesOf(part) },
      drain: () => part.file.resume(),
    };
  } catch (error) {
    part.file.resume();
    throw error;
  }
};

/** 413 for a file too large, 415 for a type not allowed; the rest as everywhere. */
const uploadErrors = (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
  if (isDomainError(error) && error.code === 'EVIDENCE_FILE_TOO_LARGE') {
    void reply.status(413).send(errorBody(413, error.code, error.message, { ...error.details }));
  } else if (isDomainError(error) && error.code === 'EVIDENCE_FILE_TYPE_NOT_ALLOWED') {
    void reply.status(415).send(errorBody(415, error.code, error.message, { ...error.details }));
  } else void handleError(error, request, reply);
};

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266). */
const contentDisposition = (name: string): string => {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
};

const sendFile = (reply: FastifyReply, file: EvidenceFile, bytes: Buffer) =>
  reply
    .header('content-type', file.mediaType)
    .header('content-length', String(bytes.byteLength))
    .header('content-disposition', contentDisposition(file.name))
    .header('x-content-sha256', file.sha256)
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(bytes);

const sendExport = (reply: FastifyReply, file: ExportFile) =>
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(file.content);

const EXPORT_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export const evidenceRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['Evidence'];
    const base = '/api/v1/orgs/:orgId/evidence';
    const one = `${base}/:evidenceId`;
    const evidence = services.evidence;
    const maxBytes = () => evidence.settings().maxBytes;
    const limit = describeBytes(maxBytes());
    const answer = { 200: EvidenceRecord, 409: ErrorSchema, ...orgRouteErrors };
    const uploadAnswer = { 413: ErrorSchema, 415: ErrorSchema, ...answer };

    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'Evidence: filter by control, freshness, owner, kind; search; sort; paginate',
          params: OrgParams,
          querystring: EvidenceListQuery,
          response: { 200: EvidencePage, ...orgRouteErrors },
        },
      },
      (request) => evidence.list(actorOf(request), request.params.orgId, exact(request.query)),
    );

    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Register a link (http or https) as evidence, with its first version',
          params: OrgParams,
          body: NewLinkEvidenceBody,
          response: { 201: EvidenceRecord, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const { version, links, ...item } = request.body;
        const created = await evidence.createLink(actorOf(request), request.params.orgId, {
          ...exact(item),
          ...(links ? { links: exact(links) } : {}),
          kind: 'link',
          version: exact(version),
        });
        return reply.status(201).send(created);
      },
    );

    app.post(
      `${base}/files`,
      {
        errorHandler: uploadErrors,
        schema: {
          tags,
          summary: `Upload a file as evidence (at most ${limit}), with its first version`,
          consumes: ['multipart/form-data'],
          params: OrgParams,
          body: uploadBody(
            'JSON: title, description, ownerUserId, reviewFrequencyMonths, links, version {evidenceDate, validUntil, note}',
          ),
          response: { ...uploadAnswer, 201: EvidenceRecord },
        },
      },
      async (request, reply) => {
        const { metadata, upload, drain } = await uploadOf(
          request,
          NewFileEvidenceFields,
          maxBytes(),
        );
        const { version, links, ...item } = metadata;
        try {
          const created = await evidence.createFile(
            actorOf(request),
            request.params.orgId,
            {
              ...exact(item),
              ...(links ? { links: exact(links) } : {}),
              kind: 'file',
              version: exact(version),
            },
            upload,
          );
          return await reply.status(201).send(created);
        } finally {
          drain();
        }
      },
    );

    app.get(
      `${base}/export`,
      {
        schema: {
          tags,
          summary:
            'The evidence index as CSV or XLSX: control → evidence, version, SHA-256, dates, freshness',
          produces: EXPORT_TYPES,
          params: OrgParams,
          querystring: ExportQuery,
          response: { 200: z.unknown().describe('The file'), ...orgRouteErrors },
        },
      },
      async (request, reply) =>
        sendExport(
          reply,
          await exportEvidenceIndex(
            services.deps,
            actorOf(request),
            request.params.orgId,
            request.query.format,
          ),
        ),
    );

    app.get(
      `${base}/by-control`,
      {
        schema: {
          tags,
          summary:
            'For every Annex A control and organization control, its evidence with freshness today',
          params: OrgParams,
          response: { 200: EvidenceByControl, ...orgRouteErrors },
        },
      },
      (request) => evidence.byControl(actorOf(request), request.params.orgId),
    );

    app.get(
      one,
      {
        schema: {
          tags,
          summary: 'One piece of evidence with every version',
          params: EvidenceParams,
          response: { 200: EvidenceRecord, ...orgRouteErrors },
        },
      },
      (request) => evidence.get(actorOf(request), request.params.orgId, request.params.evidenceId),
    );

    app.patch(
      one,
      {
        schema: {
          tags,
          summary: 'Change title, description, owner, review frequency or links',
          params: EvidenceParams,
          body: EvidencePatchBody,
          response: answer,
        },
      },
      (request) => {
        const { links, ...rest } = request.body;
        return evidence.update(actorOf(request), request.params.orgId, request.params.evidenceId, {
          ...exact(rest),
          ...(links ? { links: exact(links) } : {}),
        });
      },
    );

    app.get(
      `${one}/versions`,
      {
        schema: {
          tags,
          summary: 'Every version, newest first',
          params: EvidenceParams,
          response: { 200: EvidenceVersions, ...orgRouteErrors },
        },
      },
      async (request) => ({
        items: await evidence.versions(
          actorOf(request),
          request.params.orgId,
          request.params.evidenceId,
        ),
      }),
    );

    app.post(
      `${one}/versions`,
      {
        schema: {
          tags,
          summary: 'A new version of a link: the address and its dates (older versions stay)',
          params: EvidenceParams,
          body: LinkVersionBody,
          response: { ...answer, 201: EvidenceRecord },
        },
      },
      async (request, reply) => {
        const record = await evidence.addLinkVersion(
          actorOf(request),
          request.params.orgId,
          request.params.evidenceId,
          exact(request.body),
        );
        return reply.status(201).send(record);
      },
    );

    app.post(
      `${one}/versions/file`,
      {
        errorHandler: uploadErrors,
        schema: {
          tags,
          summary: `A new version of a file (at most ${limit}); older versions stay`,
          consumes: ['multipart/form-data'],
          params: EvidenceParams,
          body: uploadBody('JSON: evidenceDate, validUntil, note'),
          response: { ...uploadAnswer, 201: EvidenceRecord },
        },
      },
      async (request, reply) => {
        const { metadata, upload, drain } = await uploadOf(request, FileVersionFields, maxBytes());
        try {
          const record = await evidence.addFileVersion(
            actorOf(request),
            request.params.orgId,
            request.params.evidenceId,
            exact(metadata),
            upload,
          );
          return await reply.status(201).send(record);
        } finally {
          drain();
        }
      },
    );

    app.get(
      `${one}/versions/:versionId/file`,
      {
        schema: {
          tags,
          summary: "Download a version's file, checked against its SHA-256 first",
          params: EvidenceVersionParams,
          response: {
            200: {
              description: 'The file; `x-content-sha256` carries its SHA-256',
              content: {
                'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) },
              },
            },
            409: ErrorSchema,
            ...orgRouteErrors,
          },
        },
      },
      async (request, reply) => {
        const { orgId, evidenceId, versionId } = request.params;
        const { file, bytes } = await evidence.readFile(
          actorOf(request),
          orgId,
          evidenceId,
          versionId,
        );
        return sendFile(reply, file, bytes);
      },
    );

    app.get(
      `${one}/links`,
      {
        schema: {
          tags,
          summary: 'What it supports: clauses, controls, risks and documents, with their names',
          params: EvidenceParams,
          response: { 200: EvidenceLinkLabels, ...orgRouteErrors },
        },
      },
      (request) =>
        evidence.links(actorOf(request), request.params.orgId, request.params.evidenceId),
    );
  };
