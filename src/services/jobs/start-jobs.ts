/**
 * Starts the background jobs of a running server: pg-boss delivery on
 * PostgreSQL (so several instances share the work and each run happens
 * once), in-process runs on SQLite, and a timer that asks what is due.
 */
import type { Runtime } from '../runtime.js';
import { startPgBossDelivery } from './pg-boss-delivery.js';

export const startBackgroundJobs = async (
  runtime: Runtime,
  options: { tickSeconds: number; onError?: (error: unknown) => void },
): Promise<void> => {
  const { jobs } = runtime.services;
  const delivery =
    runtime.database.kind === 'postgres'
      ? await startPgBossDelivery(runtime.database, (runId) => jobs.workDelivered(runId), {
          ...(options.onError ? { onError: options.onError } : {}),
        })
      : undefined;
  jobs.start({ ...options, ...(delivery ? { delivery } : {}) });
};
