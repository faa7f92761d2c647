/** What every register import does to each row: owners named by email, new rows keyed and dated. */
import type { FieldIssue } from '../../domain/errors.js';
import type { Executor } from '../../storage/database.js';
import { listMembers } from '../../storage/organization.repository.js';
import type { ServiceDeps } from '../context.js';

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

/** A checked row as a new record of the organization, or no record when it has problems. */
export const importedRow = <D extends object>(
  deps: ServiceDeps,
  organizationId: string,
  at: string,
  details: D,
  issues: FieldIssue[],
) => ({
  record:
    issues.length > 0
      ? undefined
      : { ...details, id: deps.newId(), organizationId, createdAt: at, updatedAt: at },
  issues,
});
