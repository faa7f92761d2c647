/**
 * The composition root shared by the server and the CLI: open the database,
 * bring its schema up to date, and build the services with the real clock,
 * UUIDv7 ids and argon2id.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Clock } from '../domain/clock.js';
import { openDatabase } from '../storage/database.js';
import type { Database, DatabaseConfig } from '../storage/database.js';
import { defaultFilesDir } from '../storage/file-store.js';
import type { FileStoreKind } from '../storage/file-store.js';
import { openFileStore } from '../storage/open-file-store.js';
import { LOCKS, withDatabaseLock } from '../storage/database-lock.js';
import { migrateToLatest } from '../storage/migrate.js';
import { hasAnyOrganization } from '../storage/organization.repository.js';
import type { DemoCredential } from './demo-seed.service.js';
import { createServices } from './index.js';
import type { Services } from './index.js';
import { loadAuditKey } from './audit-key.js';
import type { AuditKeySource } from './audit-key.js';
import { argon2idHasher } from './password-hasher.js';
import type { PasswordHasher } from './password-hasher.js';
import { disabledMailer } from './mailer.js';
import type { Mailer } from './mailer.js';
import type { NotificationSettings } from './notification-settings.js';
import type { EvidenceSettings } from './evidence-settings.js';

export const systemClock: Clock = { now: () => new Date() };

export interface Runtime {
  readonly database: Database;
  readonly services: Services;
  close(): Promise<void>;
}

export const openRuntime = async (
  config: DatabaseConfig,
  options: {
    migrate?: boolean;
    passwords?: PasswordHasher;
    clock?: Clock;
    /** Where uploaded files go; default the database itself on PostgreSQL, a folder on SQLite. */
    fileStore?: FileStoreKind;
    /** Folder of the filesystem store; default `files` beside a SQLite database, else ./data/files. */
    filesDir?: string;
    mailer?: Mailer;
    notifications?: NotificationSettings;
    /** Evidence upload limits and the expiring window (default: services/evidence-settings.ts). */
    evidence?: EvidenceSettings;
    /** Default: a key file beside a SQLite database; PostgreSQL needs one given. */
    auditKey?: AuditKeySource | null;
    /** Reuse register pages until the next write (default on; services/registers/page-cache.ts). */
    keepPages?: boolean;
    /** Keep what credentials statements read until the database says it changed (storage/access-cache.ts); default off. */
    keepAccess?: boolean;
  } = {},
): Promise<Runtime> => {
  const auditKey = await loadAuditKey(
    options.auditKey === undefined ? defaultAuditKeySource(config) : options.auditKey,
  );
  const database = openDatabase(config, { keepAccess: options.keepAccess ?? false });
  try {
    if (options.migrate ?? true)
      await withDatabaseLock(database, LOCKS.startup, () => migrateToLatest(database));
  } catch (error) {
    await database.close();
    throw error;
  }
  const clock = options.clock ?? systemClock;
  const files = openFileStore(database, {
    ...(options.fileStore ? { kind: options.fileStore } : {}),
    dir: options.filesDir ?? defaultFilesDir(database),
    clock,
  });
  const services = createServices({
    database,
    clock,
    newId: uuidv7,
    passwords: options.passwords ?? argon2idHasher(),
    auditKey,
    files,
    mailer: options.mailer ?? disabledMailer,
    ...(options.notifications ? { notifications: options.notifications } : {}),
    ...(options.evidence ? { evidence: options.evidence } : {}),
    ...(options.keepPages === false ? { keepPages: false } : {}),
  });
  const close = async () => {
    await services.jobs.stop();
    options.mailer?.close();
    await database.close();
  };
  return { database, services, close };
};

/** The embedded database keeps its audit key in a file beside it, created on first start. */
const defaultAuditKeySource = (config: DatabaseConfig): AuditKeySource | null => {
  if (config.kind !== 'sqlite') return null;
  // A database in memory is gone with the process, and so may its key be.
  if (config.file === ':memory:')
    return { kind: 'secret', secret: randomBytes(32).toString('hex') };
  return { kind: 'file', path: join(dirname(config.file), 'audit.key'), createIfMissing: true };
};

/** Whether the database has no organization yet (a first start). */
export const isEmptyDatabase = async (database: Database): Promise<boolean> =>
  !(await hasAnyOrganization(database.db));

/**
 * Seeds the demo on a first start, exactly once however many instances start
 * together: the check and the seed run under the startup lock. Returns the
 * demo credentials when this instance seeded, null otherwise.
 */
export const seedDemoOnFirstStart = (runtime: Runtime): Promise<DemoCredential[] | null> =>
  withDatabaseLock(runtime.database, LOCKS.startup, async () =>
    (await isEmptyDatabase(runtime.database)) ? runtime.services.demo.seed() : null,
  );
