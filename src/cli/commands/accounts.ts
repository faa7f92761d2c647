/** aims org create|list, user create, token create */
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { ORG_KINDS } from '../../domain/access/roles.js';
import { wantsJson, createOutput, readStdin, table } from '../output.js';
import { OPERATOR, withServices } from '../runtime.js';

export const registerAccountCommands = (program: Command, config: () => AppConfig) => {
  const org = program.command('org').description('organizations (tenants)');
  org
    .command('create')
    .description('create an organization')
    .requiredOption('--name <name>', 'organization name')
    .requiredOption('--kind <kind>', `one of: ${ORG_KINDS.join(', ')}`)
    .action(async (options: { name: string; kind: string }, command: Command) => {
      const created = await withServices(config(), (services) =>
        services.organizations.createOrganization(OPERATOR, options),
      );
      createOutput(wantsJson(command)).data(
        created,
        () => `Created ${created.kind} "${created.name}" with id ${created.id}`,
      );
    });
  org
    .command('list')
    .description('list every organization')
    .action(async (_options, command: Command) => {
      const orgs = await withServices(config(), (services) =>
        services.organizations.listAllOrganizations(OPERATOR),
      );
      createOutput(wantsJson(command)).data(orgs, () =>
        table(
          ['id', 'name', 'kind', 'created'],
          orgs.map((o) => [o.id, o.name, o.kind, o.createdAt]),
        ),
      );
    });

  program
    .command('user')
    .description('user accounts')
    .command('create')
    .description('create a user, optionally with a role in an organization')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .option('--org <orgId>', 'organization to join')
    .option('--role <role>', 'role in that organization')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (
        options: {
          email: string;
          name: string;
          org?: string;
          role?: string;
          passwordStdin?: boolean;
        },
        command: Command,
      ) => {
        const password = options.passwordStdin ? await readStdin() : '';
        const result = await withServices(config(), (services) =>
          services.organizations.createUser(OPERATOR, {
            email: options.email,
            name: options.name,
            password,
            ...(options.org !== undefined ? { organizationId: options.org } : {}),
            ...(options.role !== undefined ? { role: options.role } : {}),
          }),
        );
        createOutput(wantsJson(command)).data(
          result,
          () =>
            `Created user ${result.user.email} (${result.user.id})` +
            (result.membership
              ? ` as ${result.membership.role} in ${result.membership.organizationId}`
              : ''),
        );
      },
    );

  program
    .command('token')
    .description('personal API tokens')
    .command('create')
    .description('create an API token for a user; the token is printed once')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'CLI token')
    .action(async (options: { email: string; name: string }, command: Command) => {
      const created = await withServices(config(), async (services) => {
        const user = await services.organizations.getUserByEmail(OPERATOR, options.email);
        return services.auth.createApiTokenFor(OPERATOR, user.id, options.name);
      });
      createOutput(wantsJson(command)).data({ token: created.token, ...created.summary }, () =>
        [`Token for ${options.email} (shown once, keep it safe):`, created.token].join('\n'),
      );
    });
};
