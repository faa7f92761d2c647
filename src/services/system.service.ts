/** What the server reports about itself: database kind and schema version. */
import type { Database } from '../storage/database.js';
import { latestSchemaVersion, schemaVersion } from '../storage/migrate.js';

export const createSystemService = (database: Database) => ({
  async health() {
    return {
      database: database.kind,
      schemaVersion: await schemaVersion(database),
      latestSchemaVersion: latestSchemaVersion(),
    };
  },
});
