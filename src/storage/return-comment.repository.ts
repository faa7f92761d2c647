/** Why versions in review were sent back to draft, for every approvable record. */
import type { Executor } from './database.js';

export interface ReturnComment {
  readonly id: string;
  readonly organizationId: string;
  readonly recordType: string;
  readonly versionId: string;
  readonly comment: string;
  readonly returnedByUserId: string | null;
  readonly returnedAt: string;
}

export const insertReturnComment = async (db: Executor, entry: ReturnComment): Promise<void> => {
  await db
    .insertInto('return_comment')
    .values({
      id: entry.id,
      organization_id: entry.organizationId,
      record_type: entry.recordType,
      version_id: entry.versionId,
      comment: entry.comment,
      returned_by_user_id: entry.returnedByUserId,
      returned_at: entry.returnedAt,
    })
    .execute();
};

/** The latest return of each version given (comment, who and when), by version id. */
export const latestReturns = async (
  db: Executor,
  organizationId: string,
  versionIds: readonly string[],
): Promise<Map<string, ReturnComment>> => {
  const latest = new Map<string, ReturnComment>();
  for (let start = 0; start < versionIds.length; start += 500) {
    const rows = await db
      .selectFrom('return_comment')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('version_id', 'in', versionIds.slice(start, start + 500))
      .orderBy('returned_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    for (const row of rows) {
      latest.set(row.version_id, {
        id: row.id,
        organizationId: row.organization_id,
        recordType: row.record_type,
        versionId: row.version_id,
        comment: row.comment,
        returnedByUserId: row.returned_by_user_id,
        returnedAt: row.returned_at,
      });
    }
  }
  return latest;
};

/** The latest return comment of each version given, by version id. */
export const latestReturnComments = async (
  db: Executor,
  organizationId: string,
  versionIds: readonly string[],
): Promise<Map<string, string>> => {
  const latest = await latestReturns(db, organizationId, versionIds);
  return new Map([...latest].map(([versionId, entry]) => [versionId, entry.comment]));
};
