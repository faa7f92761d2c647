/**
 * The file attached to a document version: upload to a draft as
 * multipart/form-data (field "file", like register imports), remove, and
 * download with its SHA-256 — checked before any byte is sent.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FILE_MAX_BYTES } from '../../../domain/document/document.js';
import type { AttachedFile } from '../../../domain/document/document.js';
import { invalid, isDomainError } from '../../../domain/errors.js';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { errorBody, handleError } from '../../error-handler.js';
import { ErrorSchema, orgRouteErrors } from '../../schemas.js';
import { DocumentDetail, VersionParams } from './schemas.js';

const Binary = z.string().meta({ format: 'binary' });

/** Documents the multipart body; a multipart request reaches validation with no parsed body (null). */
const UploadBody = z
  .strictObject({ file: Binary.describe('The file, at most 20 MiB') })
  .nullish()
  .describe('multipart/form-data; the part carries the file name and media type');

const MEDIA_TYPE = /^[\w.+-]{1,63}\/[\w.+-]{1,63}$/;

const fileRequired = () =>
  invalid('DOCUMENT_FILE_REQUIRED', 'Send the file as multipart/form-data in the field "file"', [
    { field: 'file', reason: 'is required' },
  ]);

/** The one file of a multipart request (field "file"), read whole: it is at most 20 MiB. */
const uploadedFile = async (request: FastifyRequest) => {
  if (!request.isMultipart()) throw fileRequired();
  const part = await request.file({ limits: { fileSize: FILE_MAX_BYTES, files: 1 } });
  if (!part || part.fieldname !== 'file') {
    part?.file.resume();
    throw fileRequired();
  }
  const bytes = await part.toBuffer();
  const mediaType = part.mimetype.toLowerCase();
  return {
    fileName: part.filename,
    mediaType: MEDIA_TYPE.test(mediaType) ? mediaType : 'application/octet-stream',
    bytes,
  };
};

const TOO_LARGE = errorBody(
  413,
  'DOCUMENT_FILE_TOO_LARGE',
  `A file may be at most ${FILE_MAX_BYTES / 1024 / 1024} MiB`,
  { maxBytes: FILE_MAX_BYTES },
);

/** The multipart reader's own "too large" and ours answer 413 with one code. */
const uploadErrors = (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
  const tooLarge =
    error.code === 'FST_REQ_FILE_TOO_LARGE' ||
    (isDomainError(error) && error.code === 'DOCUMENT_FILE_TOO_LARGE');
  if (tooLarge) void reply.status(413).send(TOO_LARGE);
  else void handleError(error, request, reply);
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

/**
 * Sends verified bytes as a download. Takes the plain reply: the typed one
 * only admits the JSON shapes of the route's schemas.
 */
const sendFile = (reply: FastifyReply, file: AttachedFile, bytes: Buffer) =>
  reply
    .header('content-type', file.mediaType)
    .header('content-length', String(bytes.byteLength))
    .header('content-disposition', contentDisposition(file.name))
    .header('x-content-sha256', file.sha256)
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(bytes);

export const documentFileRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['Documents'];
    const url = '/api/v1/orgs/:orgId/documents/:documentId/versions/:versionId/file';
    const versions = services.documentVersions;
    const ids = (params: { documentId: string; versionId: string }) => ({
      documentId: params.documentId,
      versionId: params.versionId,
    });

    app.put(
      url,
      {
        errorHandler: uploadErrors,
        schema: {
          tags,
          summary:
            'Attach a file to a draft (multipart field "file", at most 20 MiB), replacing any',
          consumes: ['multipart/form-data'],
          params: VersionParams,
          body: UploadBody,
          response: { 200: DocumentDetail, 409: ErrorSchema, 413: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request) => {
        const upload = await uploadedFile(request);
        return versions.attachFile(
          actorOf(request),
          request.params.orgId,
          ids(request.params),
          upload,
        );
      },
    );

    app.delete(
      url,
      {
        schema: {
          tags,
          summary: 'Remove the file from a draft',
          params: VersionParams,
          response: { 200: DocumentDetail, 409: ErrorSchema, ...orgRouteErrors },
        },
      },
      async (request) =>
        versions.removeFile(actorOf(request), request.params.orgId, ids(request.params)),
    );

    app.get(
      url,
      {
        schema: {
          tags,
          summary: "Download a version's file, checked against its SHA-256 first",
          params: VersionParams,
          response: {
            200: {
              description: 'The file; `x-content-sha256` carries its SHA-256',
              content: { 'application/octet-stream': { schema: Binary } },
            },
            409: ErrorSchema,
            ...orgRouteErrors,
          },
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        const { file, bytes } = await versions.readFile(
          actorOf(request),
          orgId,
          ids(request.params),
        );
        return sendFile(reply, file, bytes);
      },
    );
  };
