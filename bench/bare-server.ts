/**
 * The baseline: a bare Fastify route answering a page of 25 AI systems of the
 * same shape as GET /api/v1/orgs/:orgId/ai-systems, built once at start-up,
 * without database, authentication or schemas. It measures what Fastify,
 * Node and the loopback cost on this machine before the application adds any
 * work.
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { aiSystemInput, mulberry32 } from './generate.js';
import { listenUntilStopped } from './listen.js';

const PAGE_SIZE = 25;
const random = mulberry32(1);
const at = new Date('2026-12-01T09:00:00.000Z').toISOString();
const page = {
  items: Array.from({ length: PAGE_SIZE }, () => ({
    id: randomUUID(),
    ...aiSystemInput(random),
    createdAt: at,
    updatedAt: at,
  })),
  total: 40,
  page: 1,
  pageSize: PAGE_SIZE,
};

const app = Fastify({ logger: false });
app.get('/bare', () => page);
await listenUntilStopped(app);
