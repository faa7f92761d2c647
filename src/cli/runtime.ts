/** Opens the services for one command and closes them afterwards. */
import type { AppConfig } from '../config.js';
import type { Actor, Services } from '../services/index.js';
import { mailerFor } from '../services/mailer.js';
import { openRuntime } from '../services/runtime.js';

/** The operator at the command line: trusted like the person who runs the server. */
export const OPERATOR: Actor = { kind: 'system', label: 'cli' };

export const withServices = async <T>(
  config: AppConfig,
  work: (services: Services) => Promise<T>,
): Promise<T> => {
  const runtime = await openRuntime(config.database, {
    fileStore: config.fileStore,
    filesDir: config.filesDir,
    mailer: mailerFor(config.mail),
    notifications: config.notifications,
    evidence: config.evidence,
    auditKey: config.auditKey,
  });
  try {
    return await work(runtime.services);
  } finally {
    await runtime.close();
  }
};
