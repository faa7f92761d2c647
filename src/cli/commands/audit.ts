/** aims audit checkpoint [--out FILE] | rekey */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { createOutput, wantsJson } from '../output.js';
import { OPERATOR, withServices } from '../runtime.js';

export const registerAuditCommands = (program: Command, config: () => AppConfig) => {
  const audit = program.command('audit').description('signed checkpoints of the audit trail');

  audit
    .command('checkpoint')
    .description(
      'sign and store a checkpoint of every chain now; --out also writes it to a file to keep outside the system',
    )
    .option('--out <file>', 'where to write the checkpoint (JSON)')
    .action(async (options: { out?: string }, command: Command) => {
      const checkpoint = await withServices(config(), (services) => services.auditLog.checkpoint());
      if (options.out) {
        await writeFile(options.out, `${JSON.stringify(checkpoint, null, 2)}\n`, { flag: 'wx' });
      }
      const entries = checkpoint.chains.reduce((sum, head) => sum + head.entries, 0);
      createOutput(wantsJson(command)).data(
        checkpoint,
        () =>
          `Checkpoint of ${checkpoint.createdAt} signed: ${entries} entries in ` +
          `${checkpoint.chains.length} chain(s)` +
          (options.out ? `, written to ${options.out}.` : '.'),
      );
    });

  audit
    .command('rekey')
    .description(
      'key an audit trail written before it had a key (once: refused when any part is keyed)',
    )
    .action(async (_options, command: Command) => {
      const result = await withServices(config(), (services) =>
        services.auditLog.rekeyUnkeyedTrail(OPERATOR),
      );
      createOutput(wantsJson(command)).data(
        result,
        () => `Keyed ${result.entries} entries in ${result.chains} chain(s).`,
      );
    });
};
