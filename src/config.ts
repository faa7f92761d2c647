/** Configuration from the environment; documented in README (Configuration). */
import { resolve } from 'node:path';
import type { DatabaseConfig } from './storage/database.js';

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Uploaded files, stored by SHA-256 (on both databases). */
  readonly filesDir: string;
  readonly database: DatabaseConfig;
  readonly seedDemo: boolean;
  readonly trustProxy: boolean;
  readonly logLevel: string;
}

const flag = (value: string | undefined): boolean =>
  value === '1' || value?.toLowerCase() === 'true';

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const dataDir = resolve(env.AIMS_DATA_DIR ?? 'data');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    filesDir: resolve(dataDir, 'files'),
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'sqlite', file: resolve(dataDir, 'aims.sqlite') },
    seedDemo: !flag(env.AIMS_NO_DEMO),
    trustProxy: flag(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
};
