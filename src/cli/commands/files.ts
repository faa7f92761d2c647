/** aims files collect | import [--from DIR] */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import { createOutput, wantsJson } from '../output.js';
import { withServices } from '../runtime.js';

export const registerFileCommands = (program: Command, config: () => AppConfig) => {
  const files = program
    .command('files')
    .description('the stored files: collect unreferenced ones, import an old files folder');

  files
    .command('collect')
    .description(
      'remove stored files that no record references, stored more than an hour ago (the daily file-collection job does the same)',
    )
    .action(async (_options, command: Command) => {
      const { store, collected } = await withServices(config(), async (services) => ({
        store: services.files.store.location,
        collected: await services.files.collect(),
      }));
      createOutput(wantsJson(command)).data(
        { store, ...collected },
        () =>
          `${collected.removedFiles} file(s) removed (${collected.removedBytes} bytes), ` +
          `${collected.keptFiles} kept, in ${store}.`,
      );
    });

  files
    .command('import')
    .description(
      'copy the referenced files missing from the store out of a files folder (<dir>/ab/abcdef…), each verified by its SHA-256',
    )
    .option('--from <dir>', 'the old files folder (default: files in the data folder)')
    .action(async (options: { from?: string }, command: Command) => {
      const appConfig = config();
      const dir = resolve(options.from ?? appConfig.filesDir);
      const result = await withServices(appConfig, (services) => services.files.importFrom(dir));
      createOutput(wantsJson(command)).data(
        { from: dir, ...result },
        () =>
          `${result.copied} file(s) copied from ${dir}, ${result.present} already stored, ` +
          `${result.missing.length} missing, ${result.damaged.length} damaged ` +
          `(of ${result.referenced} referenced).`,
      );
      if (result.missing.length > 0 || result.damaged.length > 0) {
        throw new DomainError(
          'FILE_IMPORT_INCOMPLETE',
          'InvalidState',
          `${result.missing.length + result.damaged.length} referenced file(s) could not be imported; restore them from a backup and run the import again`,
          { missing: [...result.missing], damaged: [...result.damaged] },
        );
      }
    });
};
