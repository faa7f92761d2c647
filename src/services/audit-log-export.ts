/**
 * The audit trail as a file an auditor keeps: every entry the filters match,
 * oldest first, with who, when, what, the values before and after, and the
 * hashes that chain it. A file is bounded: a wider export is refused with the
 * way to narrow it.
 */
import type { AuditEntry } from '../domain/audit-trail/audit-entry.js';
import { DomainError } from '../domain/errors.js';
import { calendarDateOf } from '../domain/validation.js';
import { listAuditEntries } from '../storage/audit-log.repository.js';
import type { AuditLogFilter } from '../storage/audit-log.repository.js';
import type { Executor } from '../storage/database.js';
import type { TableFormat } from './tabular/read-table.js';
import { writeTable } from './tabular/write-table.js';
import type { ExportColumn, ExportFile } from './tabular/write-table.js';

export const MAX_AUDIT_EXPORT_ENTRIES = 50_000;
const PAGE = 500;

const json = (value: unknown) =>
  value === null || value === undefined ? '' : JSON.stringify(value);

const COLUMNS: readonly ExportColumn<AuditEntry>[] = [
  { header: 'Entry', width: 8, value: (entry) => entry.sequence },
  { header: 'Time (UTC)', width: 22, value: (entry) => entry.at },
  { header: 'Actor', width: 26, value: (entry) => entry.actorLabel },
  { header: 'Actor user id', width: 38, value: (entry) => entry.actorUserId },
  { header: 'Action', width: 30, value: (entry) => entry.action },
  { header: 'Record type', width: 18, value: (entry) => entry.entityType },
  { header: 'Record id', width: 38, value: (entry) => entry.entityId },
  { header: 'Before', width: 50, value: (entry) => json(entry.before) },
  { header: 'After', width: 50, value: (entry) => json(entry.after) },
  { header: 'Previous hash', width: 66, value: (entry) => entry.previousHash },
  { header: 'Hash', width: 66, value: (entry) => entry.hash },
];

type ExportFilter = Omit<AuditLogFilter, 'organizationId' | 'limit' | 'beforeSequence'>;

export const exportAuditEntries = async (
  db: Executor,
  organizationId: string,
  filter: ExportFilter,
  format: TableFormat,
  at: Date,
): Promise<ExportFile> => {
  const newestFirst: AuditEntry[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await listAuditEntries(db, {
      ...filter,
      organizationId,
      limit: PAGE,
      ...(before === undefined ? {} : { beforeSequence: before }),
    });
    newestFirst.push(...page);
    if (newestFirst.length > MAX_AUDIT_EXPORT_ENTRIES)
      throw new DomainError(
        'AUDIT_EXPORT_TOO_LARGE',
        'Invalid',
        `More than ${MAX_AUDIT_EXPORT_ENTRIES} entries match: narrow the dates or the filters`,
        { limit: MAX_AUDIT_EXPORT_ENTRIES },
      );
    const last = page.at(-1);
    if (page.length < PAGE || !last) break;
    before = last.sequence;
  }
  return writeTable(
    format,
    { name: 'Audit trail', fileStem: 'audit-trail', date: calendarDateOf(at) },
    COLUMNS,
    newestFirst.reverse(),
  );
};
