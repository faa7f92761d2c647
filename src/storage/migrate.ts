/** Runs the migrations forward and reports the version a database is at. */
import { Migrator } from 'kysely';
import type { MigrationResult } from 'kysely';
import { DomainError } from '../domain/errors.js';
import type { Database } from './database.js';
import { MIGRATIONS } from './migrations/index.js';

const migratorFor = (database: Database) =>
  new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) },
  });

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly version: string | null;
}

/** Applies every pending migration; several processes may call it at once. */
export const migrateToLatest = async (database: Database): Promise<MigrationReport> => {
  const { error, results } = await migratorFor(database).migrateToLatest();
  if (error) {
    throw new DomainError(
      'DATABASE_MIGRATION_FAILED',
      'InvalidState',
      'A database migration failed',
      {
        failed: results?.find((result) => result.status === 'Error')?.migrationName,
      },
      { cause: error },
    );
  }
  const applied = (results ?? [])
    .filter((result: MigrationResult) => result.status === 'Success')
    .map((result) => result.migrationName);
  return { applied, version: await schemaVersion(database) };
};

/** The name of the newest applied migration, or null for an empty database. */
export const schemaVersion = async (database: Database): Promise<string | null> => {
  const migrations = await migratorFor(database).getMigrations();
  const executed = migrations.filter((migration) => migration.executedAt !== undefined);
  return executed.at(-1)?.name ?? null;
};

/** The newest migration this build knows. */
export const latestSchemaVersion = (): string => Object.keys(MIGRATIONS).sort().at(-1) ?? '';
