import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../services/index.js';

const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  schemaVersion: z.string().nullable().describe('Newest migration applied to the database'),
  latestSchemaVersion: z.string().describe('Newest migration this build knows'),
});

export const healthRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Liveness and database status',
          response: { 200: Health },
        },
      },
      async () => ({ status: 'ok' as const, ...(await services.system.health()) }),
    );
  };
