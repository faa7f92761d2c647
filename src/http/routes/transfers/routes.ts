/**
 * Import (CSV or XLSX upload, all-or-nothing, with a dry run for the preview)
 * and export (CSV or XLSX download) of the pre-work registers.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalid } from '../../../domain/errors.js';
import type { RoutePlugin } from '../../route-plugin.js';
import { REGISTER_TABLES } from '../../../services/registers/index.js';
import { TABLE_FORMATS } from '../../../services/tabular/read-table.js';
import type { ExportFile } from '../../../services/tabular/write-table.js';
import { actorOf } from '../../authentication.js';
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
    created: z.number().int(),
    dryRun: z.boolean(),
    errors: z.array(z.object({ line: z.number().int(), field: z.string(), reason: z.string() })),
    preview: z.array(z.record(z.string(), z.unknown())),
  })
  .meta({ id: 'ImportResult' });

const ExportQuery = z.strictObject({ format: z.enum(TABLE_FORMATS).default('xlsx') });

/** The uploaded file of a multipart request (field "file"). */
const uploadedFile = async (request: FastifyRequest) => {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (!file) {
    throw invalid(
      'IMPORT_FILE_REQUIRED',
      'Send the file as multipart/form-data in the field "file"',
      [{ field: 'file', reason: 'is required' }],
    );
  }
  return { content: await file.toBuffer(), fileName: file.filename };
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
          const result = await services.transfers.importInto(
            actorOf(request),
            request.params.orgId,
            register.key,
            { ...(await uploadedFile(request)), dryRun },
          );
          return reply.status(dryRun ? 200 : 201).send(result);
        },
      );
    }
    app.get(
      `/api/v1/orgs/:orgId/${register.key}/export`,
      {
        schema: {
          tags,
          summary: `Export ${register.many} as CSV or XLSX`,
          produces: [
            'text/csv',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ],
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
};
