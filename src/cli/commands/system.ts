/** aims serve | migrate | seed-demo | verify-log */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import { formatDemoCredentials } from '../../services/demo-seed.service.js';
import { openDatabase } from '../../storage/database.js';
import { migrateToLatest } from '../../storage/migrate.js';
import { wantsJson, createOutput } from '../output.js';
import { withServices } from '../runtime.js';

export const registerSystemCommands = (program: Command, config: () => AppConfig) => {
  program
    .command('serve')
    .description('run the web UI and the API (PORT, AIMS_DATA_DIR, DATABASE_URL)')
    .action(async () => {
      // Loaded on demand: the other commands start faster without the HTTP stack.
      const { startServer } = await import('../../http/server.js');
      await startServer(config());
    });

  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async (_options, command: Command) => {
      const database = openDatabase(config().database);
      try {
        const report = await migrateToLatest(database);
        createOutput(wantsJson(command)).data(report, () =>
          report.applied.length === 0
            ? `Database is up to date (${report.version ?? 'empty'}).`
            : `Applied ${report.applied.length} migration(s); now at ${report.version ?? '?'}.`,
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('seed-demo')
    .description('create the demo organizations and users, printing their passwords once')
    .action(async (_options, command: Command) => {
      const credentials = await withServices(config(), (services) => services.demo.seed());
      createOutput(wantsJson(command)).data({ credentials }, () =>
        formatDemoCredentials(credentials),
      );
    });

  program
    .command('verify-log')
    .description('walk every audit-trail hash chain; exits non-zero at the first broken entry')
    .action(async (_options, command: Command) => {
      const json = wantsJson(command);
      const bar =
        !json && process.stderr.isTTY
          ? new SingleBar({ format: 'verifying {value} entries' })
          : undefined;
      bar?.start(0, 0);
      const result = await withServices(config(), (services) =>
        services.auditLog.verify((checked) => bar?.update(checked)),
      );
      bar?.stop();
      if (result.firstBreak) {
        const { entryId, chain, sequence, reason } = result.firstBreak;
        throw new DomainError(
          'AUDIT_LOG_CHAIN_BROKEN',
          'InvalidState',
          `The audit trail is broken at entry ${entryId} (chain ${chain}, #${sequence}): ${reason.replaceAll('_', ' ')}`,
          { ...result.firstBreak, entriesVerified: result.entries },
        );
      }
      createOutput(json).data(
        { ok: true, chains: result.chains, entries: result.entries },
        () => `Audit trail intact: ${result.entries} entries in ${result.chains} chain(s).`,
      );
    });
};
