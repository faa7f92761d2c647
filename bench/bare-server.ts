/**
 * The baseline: bare Fastify routes, `/bare/<n>`, each answering the exact
 * bytes the application answered for scenario n when the bench started
 * (BENCH_BARE_BODIES: a file holding a JSON list of bodies), without database,
 * authentication, schemas or serialization. Each measures what Fastify, Node
 * and the loopback cost on this machine for that many bytes, so a scenario's
 * ratio to its twin counts only the application's own work.
 */
import Fastify from 'fastify';
import { readFile } from 'node:fs/promises';
import { listenUntilStopped } from './listen.js';

// A file: the bodies together pass the size one environment variable may have.
const bodies = JSON.parse(await readFile(process.env.BENCH_BARE_BODIES ?? '', 'utf8')) as string[];
const app = Fastify({ logger: false });
bodies.forEach((body, index) => {
  app.get(`/bare/${index}`, (_request, reply) =>
    reply.header('content-type', 'application/json; charset=utf-8').send(body),
  );
});
await listenUntilStopped(app);
