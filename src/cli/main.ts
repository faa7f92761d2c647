/**
 * The `aims` command. It works on the same data directory or DATABASE_URL as
 * the server, safely while the server runs, calling the services in process
 * as the operator.
 */
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config.js';
import { registerAccountCommands } from './commands/accounts.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerCatalogCommand } from './commands/catalog.js';
import { registerEvidenceCommands } from './commands/evidence.js';
import { registerFileCommands } from './commands/files.js';
import { registerImpactAssessmentCommands } from './commands/impact-assessments.js';
import { registerSoaCommands } from './commands/soa.js';
import { registerJobCommands } from './commands/jobs.js';
import { registerRiskCommands } from './commands/risks.js';
import { registerSystemCommands } from './commands/system.js';
import { registerTransferCommands } from './commands/transfers.js';
import { reportError } from './output.js';

export const buildCli = (): Command => {
  const program = new Command('aims')
    .description('AIMS Workbench: ISO/IEC 42001 certification from pre-work to certificate')
    .option('--json', 'machine-readable output (errors as {code, message} on stderr)')
    .showHelpAfterError()
    .exitOverride();
  const config = () => loadConfig();
  registerSystemCommands(program, config);
  registerAccountCommands(program, config);
  registerCatalogCommand(program);
  registerTransferCommands(program, config);
  registerJobCommands(program, config);
  registerAuditCommands(program, config);
  registerFileCommands(program, config);
  registerImpactAssessmentCommands(program, config);
  registerSoaCommands(program, config);
  registerRiskCommands(program, config);
  registerEvidenceCommands(program, config);
  return program;
};

export const runCli = async (argv: string[]): Promise<number> => {
  const program = buildCli();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    return reportError(error, argv.includes('--json'));
  }
};
