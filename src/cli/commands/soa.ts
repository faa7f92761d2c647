/** aims soa export --org ORG_ID --format xlsx|pdf|csv [--version N] [--out FILE] */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import { SOA_EXPORT_FORMATS } from '../../services/soa-export.js';
import type { SoaExportFormat } from '../../services/soa-export.js';
import { createOutput, wantsJson } from '../output.js';
import { OPERATOR, withServices } from '../runtime.js';

const versionOf = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1)
    throw new DomainError(
      'CLI_INVALID_OPTION',
      'Invalid',
      '--version must be a whole number from 1',
    );
  return number;
};

export const registerSoaCommands = (program: Command, config: () => AppConfig) => {
  const group = program
    .command('soa')
    .description('the Statement of Applicability (ISO/IEC 42001 6.1.3 d)');

  group
    .command('export')
    .description('write the live Statement of Applicability, or one version, as XLSX, PDF or CSV')
    .requiredOption('--org <orgId>', 'the organization')
    .option('--format <format>', `one of: ${SOA_EXPORT_FORMATS.join(', ')}`, 'xlsx')
    .option('--version <number>', 'a version number (default: the live SoA)')
    .option('--out <file>', 'where to write (default: the suggested file name in this folder)')
    .action(
      async (
        options: { org: string; format: string; version?: string; out?: string },
        command: Command,
      ) => {
        if (!(SOA_EXPORT_FORMATS as readonly string[]).includes(options.format)) {
          throw new DomainError(
            'CLI_UNKNOWN_FORMAT',
            'Invalid',
            `--format must be one of: ${SOA_EXPORT_FORMATS.join(', ')}`,
          );
        }
        const version = versionOf(options.version);
        const file = await withServices(config(), (services) =>
          services.soa.export(OPERATOR, options.org, options.format as SoaExportFormat, version),
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
