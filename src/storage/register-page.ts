/**
 * One page of a register's filtered rows and the total that match, in one
 * statement: the count rides along as an uncorrelated subquery, which both
 * databases evaluate once (from the organization's index). Only a page past
 * the end, which returns no row to carry it, asks for the count on its own.
 * A repository supplies the filtered query, the order and its row mapping.
 */
import type { SelectQueryBuilder } from 'kysely';
import type { SortDirection } from '../domain/register/list-query.js';
import type { RegisterTableName } from './register-rows.js';
import type { DB } from './schema.js';

/** The window of one page of a register. */
export interface PageWindow {
  readonly offset: number;
  readonly limit: number;
}

/** What every register's list query carries besides its own filters. */
export interface RegisterQuery extends PageWindow {
  readonly organizationId: string;
  readonly search?: string;
}

/** A register list sorted on one of its whitelisted fields. */
export interface SortedRegisterQuery<F extends string> extends RegisterQuery {
  readonly sort: F;
  readonly direction: SortDirection;
}

type Filtered<TB extends RegisterTableName> = SelectQueryBuilder<DB, TB, object>;

const TOTAL = 'register_page_total';

export const registerPage = async <TB extends RegisterTableName, T>(
  filtered: Filtered<TB>,
  order: (query: Filtered<TB>) => Filtered<TB>,
  window: PageWindow,
  fromRow: (row: DB[TB]) => T,
): Promise<{ items: T[]; total: number }> => {
  const count = filtered.select((eb) => eb.fn.countAll<number>().as('total'));
  const rows = (await order(filtered)
    .selectAll()
    .select(() => count.as(TOTAL))
    .offset(window.offset)
    .limit(window.limit)
    .execute()) as (DB[TB] & { [TOTAL]: number | string })[];
  const [first] = rows;
  const total =
    first !== undefined
      ? Number(first[TOTAL])
      : Number((await count.executeTakeFirstOrThrow()).total);
  return {
    items: rows.map(({ [TOTAL]: _total, ...row }) => fromRow(row as unknown as DB[TB])),
    total,
  };
};
