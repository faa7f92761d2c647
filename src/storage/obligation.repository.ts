/** The obligations register of one organization. */
import { sql } from 'kysely';
import { COMPLIANCE_STATUS_RANK } from '../domain/obligation/obligation.js';
import type {
  ComplianceStatus,
  Obligation,
  ObligationKind,
  ObligationSortField,
} from '../domain/obligation/obligation.js';
import { naturalSortKey } from '../domain/text/natural-sort.js';
import type { Executor } from './database.js';
import { registerPage } from './register-page.js';
import type { SortedRegisterQuery } from './register-page.js';
import { registerRows } from './register-rows.js';
import { parseJsonList } from './sql-helpers.js';
import { matchesSearch } from './register-search.js';
import type { ObligationTable } from './schema.js';

const toObligation = (row: ObligationTable): Obligation => ({
  id: row.id,
  organizationId: row.organization_id,
  kind: row.kind as ObligationKind,
  source: row.source,
  reference: row.reference,
  requirement: row.requirement,
  aiSystemIds: parseJsonList<string>(row.ai_system_ids),
  ownerUserId: row.owner_user_id,
  complianceStatus: row.compliance_status as ComplianceStatus,
  nextReviewDate: row.next_review_date,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (obligation: Obligation): ObligationTable => ({
  id: obligation.id,
  organization_id: obligation.organizationId,
  kind: obligation.kind,
  source: obligation.source,
  reference: obligation.reference,
  source_sort_key: naturalSortKey(obligation.source),
  reference_sort_key: naturalSortKey(obligation.reference),
  requirement: obligation.requirement,
  ai_system_ids: JSON.stringify(obligation.aiSystemIds),
  owner_user_id: obligation.ownerUserId,
  compliance_status: obligation.complianceStatus,
  next_review_date: obligation.nextReviewDate,
  notes: obligation.notes,
  created_at: obligation.createdAt,
  updated_at: obligation.updatedAt,
});

const rows = registerRows('obligation', toRow, toObligation);
export const findObligation = rows.find;
export const insertObligation = rows.insert;
export const insertObligations = rows.insertMany;
export const updateObligation = rows.update;
export const deleteObligation = rows.remove;

export interface ObligationQuery extends SortedRegisterQuery<ObligationSortField> {
  readonly kind?: ObligationKind;
  readonly complianceStatus?: ComplianceStatus;
  readonly aiSystemId?: string;
  readonly ownerUserId?: string;
  /** With `today`: only rows whose review date has passed (true) or has not (false). */
  readonly overdue?: boolean;
  /** YYYY-MM-DD, the day the overdue filter compares with. */
  readonly today: string;
}

const statusRank = sql`case compliance_status ${sql.join(
  Object.entries(COMPLIANCE_STATUS_RANK).map(
    ([status, rank]) => sql`when ${sql.lit(status)} then ${sql.lit(rank)}`,
  ),
  sql` `,
)} else 99 end`;

/**
 * The sort keys of each field, most significant first; ties end on the id.
 * Source and reference sort naturally ("Art. 9" before "Art. 13").
 */
const sortKeys = (sort: ObligationSortField) => {
  switch (sort) {
    case 'source':
      return [sql`source_sort_key`, sql`reference_sort_key`];
    case 'reference':
      return [sql`reference_sort_key`, sql`source_sort_key`];
    case 'complianceStatus':
      return [statusRank, sql`source_sort_key`, sql`reference_sort_key`];
    case 'nextReviewDate':
      return [sql`next_review_date`];
    case 'updatedAt':
      return [sql`updated_at`];
  }
};

/** One page of obligations and the total that match the filters. */
export const listObligations = async (
  db: Executor,
  query: ObligationQuery,
): Promise<{ items: Obligation[]; total: number }> => {
  let base = db.selectFrom('obligation').where('organization_id', '=', query.organizationId);
  if (query.kind) base = base.where('kind', '=', query.kind);
  if (query.complianceStatus) base = base.where('compliance_status', '=', query.complianceStatus);
  if (query.ownerUserId) base = base.where('owner_user_id', '=', query.ownerUserId);
  // Ids are stored as a JSON array of UUIDs, so a quoted match is exact.
  if (query.aiSystemId) base = base.where('ai_system_ids', 'like', `%"${query.aiSystemId}"%`);
  if (query.overdue === true) base = base.where('next_review_date', '<', query.today);
  if (query.overdue === false)
    base = base.where((eb) =>
      eb.or([eb('next_review_date', 'is', null), eb('next_review_date', '>=', query.today)]),
    );
  if (query.search) base = base.where(matchesSearch(db, 'obligation', query.search));
  return registerPage(
    base,
    (rows) => {
      let ordered = rows;
      // The two databases put nulls at opposite ends; undated rows go last either way.
      if (query.sort === 'nextReviewDate')
        ordered = ordered.orderBy(sql`case when next_review_date is null then 1 else 0 end`);
      for (const key of sortKeys(query.sort)) ordered = ordered.orderBy(key, query.direction);
      return ordered.orderBy('id', query.direction);
    },
    query,
    toObligation,
  );
};
