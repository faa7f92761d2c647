/** Builds the file store a database uses: itself on PostgreSQL, a folder on SQLite, unless told. */
import type { Clock } from '../domain/clock.js';
import type { Database } from './database.js';
import { createDatabaseFileStore } from './database-file-store.js';
import { defaultFileStoreKind } from './file-store.js';
import type { FileStore, FileStoreKind } from './file-store.js';
import { createFilesystemFileStore } from './filesystem-file-store.js';

export const openFileStore = (
  database: Pick<Database, 'kind'>,
  options: { readonly kind?: FileStoreKind; readonly dir: string; readonly clock: Clock },
): FileStore =>
  (options.kind ?? defaultFileStoreKind(database)) === 'database'
    ? createDatabaseFileStore(options.clock)
    : createFilesystemFileStore(options.dir, options.clock);
