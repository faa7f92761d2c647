/**
 * Starts the server: config → database (migrated) → services → routes.
 * On a first start with an empty database it seeds the demo and prints its
 * credentials once.
 */
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../config.js';
import { formatDemoCredentials } from '../services/demo-seed.service.js';
import { startBackgroundJobs } from '../services/jobs/start-jobs.js';
import { mailerFor } from '../services/mailer.js';
import { openRuntime, seedDemoOnFirstStart } from '../services/runtime.js';
import { buildApp } from './app.js';

/** The built web UI: dist/web, from both src/http and dist/http. */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export const startServer = async (config: AppConfig) => {
  const runtime = await openRuntime(config.database, {
    fileStore: config.fileStore,
    filesDir: config.filesDir,
    mailer: mailerFor(config.mail),
    notifications: config.notifications,
    evidence: config.evidence,
    auditKey: config.auditKey,
    keepPages: config.keepPages,
    keepAccess: config.keepAccess,
  });
  const credentials = config.seedDemo ? await seedDemoOnFirstStart(runtime) : null;
  if (credentials) process.stdout.write(formatDemoCredentials(credentials) + '\n');
  const app = await buildApp({
    services: runtime.services,
    webRoot: WEB_ROOT,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
  });
  await startBackgroundJobs(runtime, {
    tickSeconds: config.jobsTickSeconds,
    onError: (error) => app.log.error({ err: error }, 'background job error'),
  });
  const shutdown = async () => {
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
  const address = await app.listen({ port: config.port, host: config.host });
  process.stdout.write(
    `AIMS Workbench is running at ${address.replace('127.0.0.1', 'localhost')} ` +
      `(${runtime.database.kind}: ${runtime.database.location}); API docs at /api/docs\n`,
  );
  return app;
};
