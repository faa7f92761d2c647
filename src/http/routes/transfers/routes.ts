/**
 * Import (CSV or XLSX upload, all-or-nothing, with a dry run for the preview)
 * and export (CSV or XLSX download) of the pre-work registers.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalid, isDomainError } from '../../../domain/errors.js';
import type { RoutePlugin } from '../../route-plugin.js';
import { REGISTER_TABLES } from '../../../services/registers/index.js';
import {
  MAX_IMPORT_BYTES,
  TOO_LARGE_CODES,
  fileTooLarge,
} from '../../../services/tabular/import-limits.js';
import { TABLE_FORMATS } from '../../../services/tabular/read-table.js';
import type { ExportFile } from '../../../services/tabular/write-table.js';
import { actorOf } from '../../authentication.js';
import { errorBody, handleError } from '../../error-handler.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';

const ImportQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: check and preview only, write nothing'),
});

const ImportResultSchema = z
  .object({
    format: z.enum(TABLE_FORMATS),
    rowCount: z.number().int(),
    created: z.number().int().describe('Records added (none on a dry run)'),
    updated: z.number().int().describe('Records changed (none on a dry run)'),
    counts: z
      .object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int() })
      .describe('Rows that add a record, change one (by its Id) or equal the stored one'),
    dryRun: z.boolean(),
    errors: z.array(
      z.object({
        line: z.number().int(),
        field: z.string(),
        reason: z.string(),
        code: z
          .string()
          .optional()
          .describe('For a row refused as a whole, e.g. IMPORT_UNKNOWN_ID'),
      }),
    ),
    preview: z
      .array(z.record(z.string(), z.unknown()))
      .describe(
        'The first rows as read, each with its outcome (new, changed, unchanged) and changed fields',
      ),
  })
  .meta({ id: 'ImportResult' });

const ExportQuery = z.strictObject({ format: z.enum(TABLE_FORMATS).default('xlsx') });

const FILE_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const tooLarge = () => fileTooLarge(`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`);

/**
 * The uploaded file of a multipart request (field "file"), at most 20 MiB,
 * as it arrives: an import refused early stops reading it there.
 */
const uploadedFile = async (request: FastifyRequest) => {
  const file = request.isMultipart()
    ? await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })
    : undefined;
  if (!file) {
    throw invalid(
      'IMPORT_FILE_REQUIRED',
      'Send the file as multipart/form-data in the field "file"',
      [{ field: 'file', reason: 'is required' }],
    );
  }
  const stream = file.file;
  async function* content() {
    try {
      // An import that stops early leaves the stream to be drained, not destroyed mid-request.
      for await (const chunk of stream.iterator({ destroyOnReturn: false })) yield chunk as Buffer;
      // The multipart reader ends a file cut at its limit as if it were complete.
      if (stream.truncated) throw tooLarge();
    } catch (error) {
      if ((error as FastifyError).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      throw error;
    }
  }
  /** Reads and discards whatever the import did not read, so the request completes. */
  const discardRest = () => {
    stream.resume();
  };
  return { content: content(), fileName: file.filename, discardRest };
};

/** A file beyond the import limits, whether the multipart reader or the import finds it, is a 413. */
const importErrors = (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
  const refusal = error.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : error;
  if (isDomainError(refusal) && TOO_LARGE_CODES.has(refusal.code)) {
    void reply
      .status(413)
      .send(errorBody(413, refusal.code, refusal.message, { ...refusal.details }));
  } else void handleError(error, request, reply);
};

const sendFile = (reply: FastifyReply, file: ExportFile) =>
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(file.content);

export const transferRoutes: RoutePlugin = (services) => async (app) => {
  for (const register of REGISTER_TABLES) {
    const tags = [register.many];
    if (register.import) {
      app.post(
        `/api/v1/orgs/:orgId/${register.key}/import`,
        {
          errorHandler: importErrors,
          schema: {
            tags,
            summary: `Import ${register.many} from a CSV or XLSX file (multipart field "file"); all rows or none`,
            consumes: ['multipart/form-data'],
            params: OrgParams,
            querystring: ImportQuery,
            response: {
              200: ImportResultSchema,
              201: ImportResultSchema,
              413: ErrorSchema,
              ...orgRouteErrors,
            },
          },
        },
        async (request, reply) => {
          const dryRun = request.query.dryRun === 'true';
          const { content, fileName, discardRest } = await uploadedFile(request);
          try {
            const result = await services.transfers.importInto(
              actorOf(request),
              request.params.orgId,
              register.key,
              { content, fileName, dryRun },
            );
            return await reply.status(dryRun ? 200 : 201).send(result);
          } finally {
            discardRest();
          }
        },
      );
      app.get(
        `/api/v1/orgs/:orgId/${register.key}/import-template`,
        {
          schema: {
            tags,
            summary: `A blank ${register.many} import file: the columns, one example row and (XLSX) the allowed values`,
            produces: FILE_TYPES,
            params: OrgParams,
            querystring: ExportQuery,
            response: { 200: z.unknown().describe('The file'), ...orgRouteErrors },
          },
        },
        async (request, reply) =>
          sendFile(
            reply,
            await services.transfers.templateOf(
              actorOf(request),
              request.params.orgId,
              register.key,
              request.query.format,
            ),
          ),
      );
    }
    app.get(
      `/api/v1/orgs/:orgId/${register.key}/export`,
      {
        schema: {
          tags,
          summary: `Export ${register.many} as CSV or XLSX`,
          produces: FILE_TYPES,
          params: OrgParams,
          querystring: ExportQuery,
          response: { 200: z.unknown().describe('The file'), ...orgRouteErrors },
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          await services.transfers.exportOf(
            actorOf(request),
            request.params.orgId,
            register.key,
            request.query.format,
          ),
        ),
    );
  }

  app.get(
    '/api/v1/orgs/:orgId/members/export',
    {
      schema: {
        tags: ['organizations'],
        summary:
          'The members (roles, joined, last sign-in, two-step sign-in) and open invitations as CSV or XLSX (admins)',
        produces: FILE_TYPES,
        params: OrgParams,
        querystring: ExportQuery,
        response: { 200: z.unknown().describe('The file'), ...orgRouteErrors },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await services.transfers.membersExport(
          actorOf(request),
          request.params.orgId,
          request.query.format,
        ),
      ),
  );
};
