/**
 * aims evidence add FILE --org ORG --control A.x.y [--valid-until DATE] [--title T]
 *   | list --org ORG [--json] | verify
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import type { AppConfig } from '../../config.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { EVIDENCE_FRESHNESS_LABELS } from '../../domain/evidence/freshness.js';
import { MAX_PAGE_SIZE } from '../../domain/register/list-query.js';
import { calendarDateOf } from '../../domain/validation.js';
import type { Services } from '../../services/index.js';
import type { EvidenceView } from '../../services/registers/evidence.service.js';
import { createOutput, table, wantsJson } from '../output.js';
import { OPERATOR, withServices } from '../runtime.js';

/** Every piece of evidence of the organization, page by page, by title. */
const allEvidence = async (services: Services, organizationId: string) => {
  const items: EvidenceView[] = [];
  for (let page = 1; ; page += 1) {
    const result = await services.evidence.list(OPERATOR, organizationId, {
      page,
      pageSize: MAX_PAGE_SIZE,
    });
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
};

const collect = (value: string, previous: string[]) => [...previous, value];

/** The member with this e-mail address, as the owner. */
const ownerByEmail = async (services: Services, organizationId: string, email: string) => {
  const members = await services.organizations.listMembers(OPERATOR, organizationId);
  const member = members.find((candidate) => candidate.email === email.trim().toLowerCase());
  if (!member)
    throw invalid('EVIDENCE_INVALID', 'The evidence is not acceptable', [
      { field: 'owner', reason: `${email} is not a member of the organization` },
    ]);
  return member.userId;
};

interface AddOptions {
  org: string;
  control: string[];
  clause: string[];
  validUntil?: string;
  evidenceDate?: string;
  title?: string;
  description?: string;
  owner?: string;
  reviewFrequency?: string;
}

export const registerEvidenceCommands = (program: Command, config: () => AppConfig) => {
  const evidence = program
    .command('evidence')
    .description('evidence for clauses and Annex A controls: add files, list, verify stored files');

  evidence
    .command('add')
    .description(
      'upload a file as evidence (streamed into the file store; its type told by content)',
    )
    .argument('<file>', 'the file')
    .requiredOption('--org <orgId>', 'the organization')
    .option(
      '--control <id>',
      'an Annex A control it supports, such as A.6.2.4 (repeatable)',
      collect,
      [],
    )
    .option('--clause <id>', 'a clause it supports, such as 9.2 (repeatable)', collect, [])
    .option('--valid-until <date>', 'the last day it holds (YYYY-MM-DD)')
    .option('--evidence-date <date>', 'when the fact it proves was true (default: today)')
    .option('--review-frequency <months>', 'months it holds after its evidence date')
    .option('--title <title>', 'the title (default: the file name)')
    .option('--description <text>', 'what it shows')
    .option('--owner <email>', 'the member who keeps it current')
    .action(async (file: string, options: AddOptions, command: Command) => {
      const path = resolve(file);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile())
        throw new DomainError('CLI_FILE_NOT_FOUND', 'NotFound', `No file at ${path}`, {
          file: path,
        });
      const frequency =
        options.reviewFrequency === undefined ? undefined : Number(options.reviewFrequency);
      const created = await withServices(config(), async (services) => {
        const ownerUserId = options.owner
          ? await ownerByEmail(services, options.org, options.owner)
          : null;
        const today = calendarDateOf(services.deps.clock.now());
        return services.evidence.createFile(
          OPERATOR,
          options.org,
          {
            title: options.title ?? basename(path),
            kind: 'file',
            ...(options.description ? { description: options.description } : {}),
            ownerUserId,
            ...(frequency !== undefined ? { reviewFrequencyMonths: frequency } : {}),
            links: { controlIds: options.control, clauseIds: options.clause },
            version: {
              evidenceDate: options.evidenceDate ?? today,
              ...(options.validUntil ? { validUntil: options.validUntil } : {}),
            },
          },
          { fileName: basename(path), source: createReadStream(path) },
        );
      });
      createOutput(wantsJson(command)).data(
        created,
        () =>
          `Added "${created.title}" (${created.current.file?.fileType ?? ''}, ${created.current.file?.size ?? 0} bytes)\n` +
          `  id      ${created.id}\n  sha256  ${created.current.file?.sha256 ?? ''}\n` +
          `  valid   ${created.validUntil ?? 'no expiry'} (${EVIDENCE_FRESHNESS_LABELS[created.freshness]})`,
      );
    });

  evidence
    .command('list')
    .description('every piece of evidence with its current version, hash and freshness')
    .requiredOption('--org <orgId>', 'the organization')
    .action(async (options: { org: string }, command: Command) => {
      const items = await withServices(config(), (services) => allEvidence(services, options.org));
      createOutput(wantsJson(command)).data(items, () =>
        items.length === 0
          ? 'No evidence yet.'
          : table(
              [
                'title',
                'controls',
                'version',
                'sha256 / address',
                'evidence date',
                'valid until',
                'freshness',
              ],
              items.map((item) => [
                item.title,
                item.links.controlIds.join(' ') || '—',
                item.currentVersion,
                item.current.file
                  ? item.current.file.sha256.slice(0, 16)
                  : (item.current.url ?? ''),
                item.evidenceDate,
                item.validUntil ?? '—',
                EVIDENCE_FRESHNESS_LABELS[item.freshness],
              ]),
            ),
      );
    });

  evidence
    .command('verify')
    .description(
      're-hash every stored file (documents and evidence) in the configured store; non-zero exit on a missing or altered file',
    )
    .action(async (_options, command: Command) => {
      const result = await withServices(config(), (services) => services.files.verify());
      createOutput(wantsJson(command)).data(result, () =>
        [
          `${result.checked} stored file(s) checked in ${result.store}: ${result.intact} intact, ${result.problems.length} with problems.`,
          ...result.problems.flatMap((problem) => [
            `  ${problem.reason === 'missing' ? 'MISSING ' : 'ALTERED '} ${problem.sha256}`,
            ...problem.references.map(
              (reference) =>
                `      ${reference.source} "${reference.title}" version ${reference.version} (${reference.fileName}), organization ${reference.organizationId}`,
            ),
          ]),
        ].join('\n'),
      );
      if (result.problems.length > 0) {
        throw new DomainError(
          'FILE_VERIFY_FAILED',
          'InvalidState',
          `${result.problems.length} stored file(s) are missing or no longer match their SHA-256; restore them from a backup`,
          { problems: result.problems.map(({ sha256, reason }) => ({ sha256, reason })) },
        );
      }
    });
};
