/**
 * What every register import does to each row: owners named by email, new
 * rows keyed and dated, and a row with an Id laid over the record it changes.
 */
import type { FieldIssue } from '../../domain/errors.js';
import type { Executor } from '../../storage/database.js';
import { listMembers } from '../../storage/organization.repository.js';
import type { ServiceDeps } from '../context.js';
import type { ImportColumn, ParsedRow } from '../tabular/import-columns.js';

/** Member emails (lower-cased) to user ids, for "Owner" columns. */
export const memberIdsByEmail = async (db: Executor, organizationId: string) =>
  new Map(
    (await listMembers(db, organizationId)).map((member) => [
      member.email.toLowerCase(),
      member.userId,
    ]),
  );

/** The member an "Owner" column names (none when empty); a stranger is reported on ownerEmail. */
export const ownerByEmail = (
  members: ReadonlyMap<string, string>,
  ownerEmail: string | undefined,
  issues: FieldIssue[],
): string | null => {
  const ownerUserId =
    ownerEmail === undefined ? null : (members.get(ownerEmail.toLowerCase()) ?? null);
  if (ownerEmail !== undefined && ownerUserId === null) {
    issues.push({
      field: 'ownerEmail',
      reason: `${ownerEmail} is not a member of the organization`,
    });
  }
  return ownerUserId;
};

/** The owner of a row: the member its Owner column names, or the stored owner when the file has no such column. */
export const ownerOfRow = (
  members: ReadonlyMap<string, string>,
  row: ParsedRow,
  stored: { readonly ownerUserId: string | null } | undefined,
  issues: FieldIssue[],
): string | null =>
  row.present.has('ownerEmail') || !stored
    ? ownerByEmail(members, row.values.ownerEmail as string | undefined, issues)
    : stored.ownerUserId;

/**
 * The stored values a row keeps when it changes a record: those of the
 * fields whose columns the file lacks (a file of older columns leaves newer
 * fields alone). Columns that name a record indirectly (an owner's e-mail)
 * are resolved by the register's import itself.
 */
export const keptValues = (
  columns: readonly ImportColumn[],
  row: ParsedRow,
  stored: object | undefined,
): Record<string, unknown> => {
  if (!stored) return {};
  const kept: Record<string, unknown> = { ...stored };
  for (const column of columns) {
    if (row.present.has(column.field)) delete kept[column.field];
  }
  return kept;
};

/**
 * A checked row as a record of the organization — a new one, or the stored
 * one it changes — or no record when it has problems.
 */
export const importedRow = <D extends object, T extends object>(
  deps: ServiceDeps,
  organizationId: string,
  at: string,
  details: D,
  issues: FieldIssue[],
  stored?: T,
) => ({
  record:
    issues.length > 0
      ? undefined
      : stored
        ? { ...stored, ...details, updatedAt: at }
        : { ...details, id: deps.newId(), organizationId, createdAt: at, updatedAt: at },
  issues,
});
