/** aims import <register> FILE --org ORG_ID [--dry-run] | aims export <register> --org ORG_ID */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import { REGISTER_TABLES, findRegisterTable } from '../../services/registers/index.js';
import { MAX_IMPORT_BYTES, fileTooLarge } from '../../services/tabular/import-limits.js';
import type { ImportResult } from '../../services/tabular/import-runner.js';
import { TABLE_FORMATS } from '../../services/tabular/read-table.js';
import type { TableFormat } from '../../services/tabular/read-table.js';
import { createOutput, table, wantsJson } from '../output.js';
import { OPERATOR, withServices } from '../runtime.js';

const names = (importable: boolean) =>
  REGISTER_TABLES.filter((table) => !importable || table.import)
    .map((table) => table.key)
    .join(', ');

/** The register named on the command line, checked before any database is opened. */
const registerNamed = (name: string, importable: boolean) => {
  const table = findRegisterTable(name);
  if (!table || (importable && !table.import)) {
    throw new DomainError(
      'CLI_UNKNOWN_REGISTER',
      'Invalid',
      `Unknown register "${name}"; use one of: ${names(importable)}`,
    );
  }
  return table.key;
};

const errorTable = (result: Pick<ImportResult, 'errors'>) =>
  table(
    ['line', 'field', 'problem'],
    result.errors.map((error) => [error.line, error.field, error.reason]),
  );

export const registerTransferCommands = (program: Command, config: () => AppConfig) => {
  program
    .command('import')
    .description('import a register from a CSV or XLSX file: every row or none')
    .argument('<register>', `one of: ${names(true)}`)
    .argument('<file>', 'a .csv or .xlsx file whose first row names the columns')
    .requiredOption('--org <orgId>', 'the organization to import into')
    .option('--dry-run', 'check the file and report problems without writing')
    .action(
      async (
        name: string,
        file: string,
        options: { org: string; dryRun?: boolean },
        command: Command,
      ) => {
        const key = registerNamed(name, true);
        const json = wantsJson(command);
        if ((await stat(file)).size > MAX_IMPORT_BYTES) {
          throw fileTooLarge(`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`);
        }
        const content = await readFile(file);
        const bar =
          !json && process.stderr.isTTY
            ? new SingleBar({ format: 'checking rows [{bar}] {value}/{total}' })
            : undefined;
        bar?.start(1, 0);
        try {
          const result = await withServices(config(), (services) =>
            services.transfers.importInto(OPERATOR, options.org, key, {
              content,
              fileName: file,
              dryRun: options.dryRun ?? false,
              onProgress: (done, total) => {
                bar?.setTotal(total);
                bar?.update(done);
              },
            }),
          );
          bar?.stop();
          if (!result) return;
          if (result.errors.length > 0) {
            throw new DomainError(
              'IMPORT_INVALID',
              'Invalid',
              `${result.errors.length} problem(s) in ${file}; nothing was imported`,
              {
                errors: result.errors,
              },
            );
          }
          const { counts } = result;
          const summary = `${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged`;
          createOutput(json).data(result, () =>
            result.dryRun
              ? `${file}: ${result.rowCount} row(s), no problems: ${summary} (dry run: nothing written).`
              : `Imported ${file}: ${summary}.`,
          );
        } catch (error) {
          bar?.stop();
          if (!json && error instanceof DomainError && Array.isArray(error.details.errors)) {
            process.stderr.write(
              `${errorTable({ errors: error.details.errors as ImportResult['errors'] })}\n`,
            );
          }
          throw error;
        }
      },
    );

  program
    .command('export')
    .description('export a register as CSV or XLSX')
    .argument('<register>', `one of: ${names(false)}`)
    .requiredOption('--org <orgId>', 'the organization to export')
    .option('--format <format>', `one of: ${TABLE_FORMATS.join(', ')}`, 'xlsx')
    .option('--out <file>', 'where to write (default: the suggested file name in this folder)')
    .action(
      async (
        name: string,
        options: { org: string; format: string; out?: string },
        command: Command,
      ) => {
        const key = registerNamed(name, false);
        if (!(TABLE_FORMATS as readonly string[]).includes(options.format)) {
          throw new DomainError(
            'CLI_UNKNOWN_FORMAT',
            'Invalid',
            `--format must be one of: ${TABLE_FORMATS.join(', ')}`,
          );
        }
        const file = await withServices(config(), (services) =>
          services.transfers.exportOf(OPERATOR, options.org, key, options.format as TableFormat),
        );
        const path = options.out ?? file.fileName;
        await writeFile(path, file.content);
        createOutput(wantsJson(command)).data(
          { file: path, bytes: file.content.length },
          () => `Wrote ${path} (${file.content.length} bytes).`,
        );
      },
    );
};
