/** aims risks list --org ORG [--json] | export --org ORG --format xlsx|csv|pdf [--out FILE] */
import { shortLabel } from '../../domain/labelled-values.js';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import { RISK_STATUS_LABELS, TREATMENT_OPTION_LABELS } from '../../domain/risk/risk.js';
import { everyRisk } from '../../services/registers/every-risk.js';
import { TABLE_FORMATS } from '../../services/tabular/read-table.js';
import type { TableFormat } from '../../services/tabular/read-table.js';
import { createOutput, table, wantsJson } from '../output.js';
import { OPERATOR, withServices } from '../runtime.js';

const EXPORT_FORMATS = [...TABLE_FORMATS, 'pdf'] as const;

const optionLabel = (option: keyof typeof TREATMENT_OPTION_LABELS | null) =>
  option ? shortLabel(TREATMENT_OPTION_LABELS[option]) : '—';

export const registerRiskCommands = (program: Command, config: () => AppConfig) => {
  const risks = program
    .command('risks')
    .description('the AI risk register (ISO/IEC 42001 6.1.2, 6.1.3, 8.2, 8.3)');

  risks
    .command('list')
    .description('every risk and opportunity, highest current level first')
    .requiredOption('--org <orgId>', 'the organization')
    .action(async (options: { org: string }, command: Command) => {
      const items = await withServices(config(), (services) =>
        everyRisk(services.risks, OPERATOR, options.org),
      );
      createOutput(wantsJson(command)).data(items, () =>
        items.length === 0
          ? 'No risks registered yet.'
          : table(
              ['statement', 'inherent', 'treatment', 'residual', 'status', 'review'],
              items.map((risk) => [
                risk.kind === 'opportunity' ? `${risk.statement} (opportunity)` : risk.statement,
                risk.inherent?.label ?? '—',
                optionLabel(risk.treatmentOption),
                risk.residual?.label ?? '—',
                RISK_STATUS_LABELS[risk.effectiveStatus],
                risk.reviewDate ?? '—',
              ]),
            ),
      );
    });

  risks
    .command('export')
    .description(
      'the risk register as XLSX or CSV, or the risk report (heat maps, trend, register) as PDF; the treatment plan: aims export risk-treatment-plan',
    )
    .requiredOption('--org <orgId>', 'the organization')
    .option('--format <format>', `one of: ${EXPORT_FORMATS.join(', ')}`, 'xlsx')
    .option('--out <file>', 'where to write (default: the suggested file name in this folder)')
    .action(async (options: { org: string; format: string; out?: string }, command: Command) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(options.format))
        throw new DomainError(
          'CLI_UNKNOWN_FORMAT',
          'Invalid',
          `--format must be one of: ${EXPORT_FORMATS.join(', ')}`,
        );
      const file = await withServices(config(), (services) =>
        options.format === 'pdf'
          ? services.riskReport.renderPdf(OPERATOR, options.org)
          : services.transfers.exportOf(
              OPERATOR,
              options.org,
              'risks',
              options.format as TableFormat,
            ),
      );
      const path = options.out ?? file.fileName;
      await writeFile(path, file.content);
      createOutput(wantsJson(command)).data(
        { file: path, bytes: file.content.length },
        () => `Wrote ${path} (${file.content.length} bytes).`,
      );
    });
};
