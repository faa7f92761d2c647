/**
 * One page of a register's filtered rows and the total that match, in two
 * queries run together. A repository supplies the filtered query, the order
 * and its row mapping.
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

export const registerPage = async <TB extends RegisterTableName, T>(
  filtered: Filtered<TB>,
  order: (query: Filtered<TB>) => Filtered<TB>,
  window: PageWindow,
  fromRow: (row: DB[TB]) => T,
): Promise<{ items: T[]; total: number }> => {
  const [rows, count] = await Promise.all([
    order(filtered).selectAll().offset(window.offset).limit(window.limit).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((row) => fromRow(row as DB[TB])), total: Number(count.total) };
};
