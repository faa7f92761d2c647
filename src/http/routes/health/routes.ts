import { z } from 'zod';
import type { RoutePlugin } from '../../route-plugin.js';

const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  schemaVersion: z.string().nullable().describe('Newest migration applied to the database'),
  latestSchemaVersion: z.string().describe('Newest migration this build knows'),
});

export const healthRoutes: RoutePlugin = (services) => async (app) => {
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
