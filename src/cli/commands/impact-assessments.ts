/** aims impact-assessments export <versionId> --org ORG_ID [--format pdf] [--out FILE] */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import { createOutput, wantsJson } from '../output.js';
import { OPERATOR, withServices } from '../runtime.js';

const FORMATS = ['pdf'] as const;

export const registerImpactAssessmentCommands = (program: Command, config: () => AppConfig) => {
  const group = program
    .command('impact-assessments')
    .description('AI system impact assessments (ISO/IEC 42001 6.1.4, 8.4; ISO/IEC 42005)');

  group
    .command('export')
    .description('write one version of an impact assessment as a PDF')
    .argument('<versionId>', 'the id of the impact assessment version')
    .requiredOption('--org <orgId>', 'the organization it belongs to')
    .option('--format <format>', `one of: ${FORMATS.join(', ')}`, 'pdf')
    .option('--out <file>', 'where to write (default: the suggested file name in this folder)')
    .action(
      async (
        versionId: string,
        options: { org: string; format: string; out?: string },
        command: Command,
      ) => {
        if (!(FORMATS as readonly string[]).includes(options.format)) {
          throw new DomainError(
            'CLI_UNKNOWN_FORMAT',
            'Invalid',
            `--format must be one of: ${FORMATS.join(', ')}`,
          );
        }
        const file = await withServices(config(), (services) =>
          services.impactAssessments.renderPdf(OPERATOR, options.org, versionId),
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
