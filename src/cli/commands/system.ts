/** aims serve | migrate | seed-demo | verify-log [--checkpoint FILE] */
import { readFile } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import { formatDemoCredentials } from '../../services/demo-seed.service.js';
import { openDatabase } from '../../storage/database.js';
import { migrateToLatest } from '../../storage/migrate.js';
import { wantsJson, createOutput } from '../output.js';
import { withServices } from '../runtime.js';
import type { ChainVerification } from '../../services/audit-log.service.js';

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
    .description(
      'walk every audit-trail chain with the key and compare it with a signed checkpoint; ' +
        'exits non-zero at the first broken entry or missing range',
    )
    .option('--checkpoint <file>', 'a checkpoint exported by `aims audit checkpoint --out`')
    .action(async (options: { checkpoint?: string }, command: Command) => {
      const json = wantsJson(command);
      const checkpoint = options.checkpoint
        ? await readCheckpointFile(options.checkpoint)
        : undefined;
      const bar =
        !json && process.stderr.isTTY
          ? new SingleBar({ format: 'verifying {value} entries' })
          : undefined;
      bar?.start(0, 0);
      const result = await withServices(config(), (services) =>
        services.auditLog.verify({
          ...(checkpoint === undefined ? {} : { checkpoint }),
          onProgress: (checked) => bar?.update(checked),
        }),
      );
      bar?.stop();
      throwIfBroken(result);
      createOutput(json).data(
        {
          ok: true,
          chains: result.chains,
          entries: result.entries,
          checkpoint: result.checkpoint,
        },
        () =>
          `Audit trail intact: ${result.entries} entries in ${result.chains} chain(s)` +
          (result.checkpoint
            ? `; nothing removed or changed since the checkpoint of ${result.checkpoint.createdAt} (${result.checkpoint.source}).`
            : '; no checkpoint to compare with (run `aims audit checkpoint`).'),
      );
    });
};

const readCheckpointFile = async (file: string): Promise<unknown> => {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new DomainError('AUDIT_CHECKPOINT_INVALID', 'Invalid', `Cannot read ${file} as JSON`, {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
};

const throwIfBroken = (result: ChainVerification): void => {
  if (result.firstBreak) {
    const { entryId, chain, sequence, reason } = result.firstBreak;
    throw new DomainError(
      'AUDIT_LOG_CHAIN_BROKEN',
      'InvalidState',
      `The audit trail is broken at entry ${entryId} (chain ${chain}, #${sequence}): ${reason.replaceAll('_', ' ')}`,
      { ...result.firstBreak, entriesVerified: result.entries },
    );
  }
  const found = result.checkpointBreak;
  if (!found) return;
  const against = result.checkpoint ? ` of ${result.checkpoint.createdAt}` : '';
  const message =
    found.reason === 'entries_missing'
      ? `Entries #${found.fromSequence} to #${found.toSequence} of chain ${found.chain} are missing since the checkpoint${against}`
      : found.reason === 'checkpoint_head_mismatch'
        ? `Entry #${found.sequence} of chain ${found.chain} is not the one the checkpoint${against} signed`
        : 'The newest stored checkpoint does not match its signature: it was changed';
  throw new DomainError('AUDIT_LOG_CHAIN_BROKEN', 'InvalidState', message, {
    ...found,
    entriesVerified: result.entries,
    checkpoint: result.checkpoint,
  });
};
