/** Configuration from the environment; documented in README (Configuration). */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { DatabaseConfig } from './storage/database.js';
import { FILE_STORE_KINDS } from './storage/file-store.js';
import type { FileStoreKind } from './storage/file-store.js';
import type { AuditKeySource } from './services/audit-key.js';
import { parseReminderDays } from './domain/notification/reminders.js';
import { DEFAULT_MAIL_FROM, type MailSettings } from './services/mailer.js';
import { parseFileTypeList } from './domain/evidence/file-type.js';
import { DEFAULT_EVIDENCE_SETTINGS, type EvidenceSettings } from './services/evidence-settings.js';
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  type NotificationSettings,
} from './services/notification-settings.js';

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Where uploaded files are stored by SHA-256: the database itself, or a folder. */
  readonly fileStore: FileStoreKind;
  /** The folder of the filesystem store (and the default source of `aims files import`). */
  readonly filesDir: string;
  readonly database: DatabaseConfig;
  readonly seedDemo: boolean;
  /** Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-* headers are believed. */
  readonly trustProxy: readonly string[];
  readonly logLevel: string;
  /** SMTP for notification e-mail; null sends nothing. */
  readonly mail: MailSettings | null;
  readonly notifications: NotificationSettings;
  /** Evidence uploads (largest file, allowed types) and the expiring window. */
  readonly evidence: EvidenceSettings;
  /** How often the server asks which background jobs are due. */
  readonly jobsTickSeconds: number;
  /** The audit trail's key; null on PostgreSQL when none is configured (the server refuses to start). */
  readonly auditKey: AuditKeySource | null;
  /** Keep computed register pages for reuse until the next write (AIMS_PAGE_CACHE=off turns it off). */
  readonly keepPages: boolean;
  /** Keep what credentials statements read until the database says it changed (AIMS_ACCESS_CACHE=off turns it off). */
  readonly keepAccess: boolean;
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
    fileStore: fileStoreKind(env),
    filesDir: resolve(dataDir, 'files'),
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'sqlite', file: resolve(dataDir, 'aims.sqlite') },
    seedDemo: !flag(env.AIMS_NO_DEMO),
    trustProxy: trustedProxies(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    mail: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM ?? DEFAULT_MAIL_FROM } : null,
    notifications: notificationSettings(env, port),
    evidence: evidenceSettings(env),
    jobsTickSeconds: wholeNumber(env, 'AIMS_JOBS_TICK_SECONDS', 60),
    auditKey: auditKeySource(env, dataDir),
    keepPages: env.AIMS_PAGE_CACHE !== 'off',
    keepAccess: env.AIMS_ACCESS_CACHE !== 'off',
  };
};

/** AIMS_FILE_STORE, else the database itself on PostgreSQL and a folder on the embedded database. */
const fileStoreKind = (env: NodeJS.ProcessEnv): FileStoreKind => {
  const value = env.AIMS_FILE_STORE;
  if (value === undefined || value === '') return env.DATABASE_URL ? 'database' : 'filesystem';
  const kind = FILE_STORE_KINDS.find((candidate) => candidate === value);
  if (!kind) {
    throw new Error(`AIMS_FILE_STORE must be database or filesystem, got "${value}"`);
  }
  return kind;
};

/** AIMS_AUDIT_KEY, else AIMS_AUDIT_KEY_FILE, else (embedded database only) a file in the data folder. */
const auditKeySource = (env: NodeJS.ProcessEnv, dataDir: string): AuditKeySource | null => {
  const isPostgres = Boolean(env.DATABASE_URL);
  if (env.AIMS_AUDIT_KEY) return { kind: 'secret', secret: env.AIMS_AUDIT_KEY };
  if (env.AIMS_AUDIT_KEY_FILE) {
    return { kind: 'file', path: resolve(env.AIMS_AUDIT_KEY_FILE), createIfMissing: !isPostgres };
  }
  return isPostgres
    ? null
    : { kind: 'file', path: resolve(dataDir, 'audit.key'), createIfMissing: true };
};

const wholeNumber = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number, got "${text}"`);
  return Number(text);
};

const notificationSettings = (env: NodeJS.ProcessEnv, port: number): NotificationSettings => {
  const defaults = DEFAULT_NOTIFICATION_SETTINGS;
  const daysText = env.AIMS_REMINDER_DAYS;
  const daysBefore =
    daysText === undefined || daysText === ''
      ? defaults.reminders.daysBefore
      : parseReminderDays(daysText);
  if (!daysBefore) {
    throw new Error(`AIMS_REMINDER_DAYS must list whole days, like 7,1,0; got "${daysText}"`);
  }
  const dailyAtUtc = env.AIMS_DAILY_JOBS_AT ?? defaults.dailyAtUtc;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(dailyAtUtc)) {
    throw new Error(`AIMS_DAILY_JOBS_AT must be HH:MM (UTC), got "${dailyAtUtc}"`);
  }
  return {
    reminders: {
      daysBefore,
      overdueEveryDays: Math.max(
        1,
        wholeNumber(env, 'AIMS_OVERDUE_REMINDER_EVERY_DAYS', defaults.reminders.overdueEveryDays),
      ),
    },
    publicUrl: env.AIMS_PUBLIC_URL ?? `http://localhost:${port}`,
    dailyAtUtc,
  };
};

/** AIMS_EVIDENCE_MAX_BYTES, AIMS_EVIDENCE_FILE_TYPES and AIMS_EVIDENCE_EXPIRING_DAYS. */
const evidenceSettings = (env: NodeJS.ProcessEnv): EvidenceSettings => {
  const defaults = DEFAULT_EVIDENCE_SETTINGS;
  const maxBytes = wholeNumber(env, 'AIMS_EVIDENCE_MAX_BYTES', defaults.maxBytes);
  if (maxBytes < 1) throw new Error('AIMS_EVIDENCE_MAX_BYTES must be at least 1');
  const typesText = env.AIMS_EVIDENCE_FILE_TYPES;
  const allowedTypes =
    typesText === undefined || typesText === ''
      ? defaults.allowedTypes
      : parseFileTypeList(typesText);
  if (!allowedTypes) {
    throw new Error(
      `AIMS_EVIDENCE_FILE_TYPES must list file types from ${defaults.allowedTypes.join(', ')}; got "${typesText}"`,
    );
  }
  return {
    maxBytes,
    allowedTypes,
    expiringDays: wholeNumber(env, 'AIMS_EVIDENCE_EXPIRING_DAYS', defaults.expiringDays),
  };
};
