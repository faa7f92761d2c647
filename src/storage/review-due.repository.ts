/**
 * The controlled documents whose review reminders go out: maintained
 * documents in force (an approved version), not retired, with an owner who
 * is still a member of the organization. Records are retained, not
 * reviewed, so they never get a reminder. Read across every organization by
 * the daily reminder job.
 */
import type { Executor } from './database.js';

export interface ReviewableDocument {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly documentId: string;
  readonly title: string;
  readonly ownerUserId: string;
  readonly reviewIntervalMonths: number;
  /** When the version in force was approved (ISO timestamp). */
  readonly approvedAt: string;
}

export const listReviewableDocuments = async (db: Executor): Promise<ReviewableDocument[]> => {
  const rows = await db
    .selectFrom('document')
    .innerJoin('document_version', (join) =>
      join
        .onRef('document_version.document_id', '=', 'document.id')
        .on('document_version.status', '=', 'approved'),
    )
    .innerJoin('organization', 'organization.id', 'document.organization_id')
    .innerJoin('membership', (join) =>
      join
        .onRef('membership.organization_id', '=', 'document.organization_id')
        .onRef('membership.user_id', '=', 'document.owner_user_id'),
    )
    .select([
      'document.organization_id',
      'organization.name as organization_name',
      'document.id',
      'document.title',
      'document.owner_user_id',
      'document.review_interval_months',
      'document_version.approved_at',
    ])
    .distinct()
    .where('document.retired_at', 'is', null)
    .where('document.kind', '!=', 'record')
    .where('document.owner_user_id', 'is not', null)
    .where('document_version.approved_at', 'is not', null)
    .orderBy('document.id')
    .execute();
  return rows.map((row) => ({
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    documentId: row.id,
    title: row.title,
    ownerUserId: row.owner_user_id ?? '',
    reviewIntervalMonths: Number(row.review_interval_months),
    approvedAt: row.approved_at ?? '',
  }));
};
