/**
 * Starts the background jobs of a running server: pg-boss delivery on
 * PostgreSQL (so several instances share the work and each run happens
 * once), in-process runs on SQLite, and a timer that asks what is due.
 */
import type { Database } from '../../storage/database.js';
import type { Services } from '../index.js';
import { startPgBossDelivery } from './pg-boss-delivery.js';

export const startBackgroundJobs = async (
  { database, services }: { database: Database; services: Services },
  options: { tickSeconds: number; onError?: (error: unknown) => void },
): Promise<void> => {
  const { jobs } = services;
  const delivery =
    database.kind === 'postgres'
      ? await startPgBossDelivery(database, (runId) => jobs.workDelivered(runId), {
          ...(options.onError ? { onError: options.onError } : {}),
        })
      : undefined;
  jobs.start({ ...options, ...(delivery ? { delivery } : {}) });
};
