/** Configuration from the environment; documented in README (Configuration). */
import { isIP } from 'node:net';
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
  /** Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-* headers are believed. */
  readonly trustProxy: readonly string[];
  readonly logLevel: string;
}

const flag = (value: string | undefined): boolean =>
  value === '1' || value?.toLowerCase() === 'true';

const isAddressOrRange = (entry: string): boolean => {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
};

/** TRUST_PROXY names the proxies, e.g. `127.0.0.1,10.0.0.0/8`; a bare yes would believe any client. */
const trustedProxies = (value: string | undefined): string[] => {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (wrong.length > 0) {
    throw new Error(
      `TRUST_PROXY must list the addresses or CIDR ranges of your reverse proxies ` +
        `(e.g. 127.0.0.1,10.0.0.0/8); not an address: ${wrong.join(', ')}`,
    );
  }
  return entries;
};

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
    trustProxy: trustedProxies(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
};
