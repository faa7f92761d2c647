/**
 * The declarations of every register — fields with labels and allowed
 * values, filters, sort fields, import columns — so the web UI shows the
 * same words as the exports and the error messages. The same for everyone.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REGISTER_TABLES } from '../../../services/registers/index.js';
import { FIELD_TYPES, FILTER_TYPES } from '../../../services/registers/register-table.js';
import { presentRegister } from './presenter.js';

const Choice = z.object({
  value: z.string(),
  label: z.string(),
  group: z
    .string()
    .optional()
    .describe("The value of the other field's choice this one falls under (a sub-role's role)"),
});

const RegisterDeclaration = z
  .object({
    key: z.string().describe('The register’s path under /api/v1/orgs/{orgId}/ and its CLI name'),
    one: z.string(),
    many: z.string(),
    path: z.string(),
    fields: z.array(
      z.object({
        field: z.string(),
        label: z.string(),
        type: z.enum(FIELD_TYPES),
        choices: z.array(Choice).nullable(),
        isRequired: z.boolean(),
      }),
    ),
    filters: z.array(
      z.object({
        param: z.string().describe('The list query parameter'),
        label: z.string(),
        type: z.enum(FILTER_TYPES),
        choices: z.array(Choice).nullable(),
      }),
    ),
    sort: z.object({
      default: z.string(),
      fields: z.array(z.object({ field: z.string(), label: z.string() })),
    }),
    transfer: z.object({
      isImportable: z.boolean(),
      isExportable: z.boolean(),
      importColumns: z.array(
        z.object({ header: z.string(), field: z.string(), isRequired: z.boolean() }),
      ),
    }),
  })
  .meta({ id: 'RegisterDeclaration' });

export const registerCatalogRoutes = (): FastifyPluginAsyncZod => async (app) => {
  const body = { registers: REGISTER_TABLES.map(presentRegister) };
  app.get(
    '/api/v1/registers',
    {
      schema: {
        tags: ['Registers'],
        summary:
          'Every register: fields with labels and allowed values, filters, sort, import columns',
        response: { 200: z.object({ registers: z.array(RegisterDeclaration) }) },
      },
    },
    async () => body,
  );
};
