/** Small mappings every repository needs on both databases. */
import { sql } from 'kysely';

/** Escapes LIKE wildcards (use with `escape '\'`) so a search for "50%" finds that text only. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** JSON list columns are text on both databases. */
export const parseJsonList = <T>(text: string): T[] => JSON.parse(text) as T[];

export const toFlag = (value: boolean): number => (value ? 1 : 0);
export const fromFlag = (value: number): boolean => Number(value) === 1;

/** A case-insensitive substring match over the given text columns. */
export const searchAny = (columns: readonly string[], search: string) => {
  const pattern = `%${escapeLike(search.toLowerCase())}%`;
  const clauses = columns.map(
    (column) => sql`lower(${sql.ref(column)}) like ${pattern} escape '\\'`,
  );
  return sql<boolean>`(${sql.join(clauses, sql` or `)})`;
};

/** The first row a query returns, mapped; undefined when it returns none. */
export const firstRow = async <Row, T>(
  query: { executeTakeFirst(): Promise<Row | undefined> },
  map: (row: Row) => T,
): Promise<T | undefined> => {
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : map(row);
};

/** Every row a query returns, mapped. */
export const allRows = async <Row, T>(
  query: { execute(): Promise<Row[]> },
  map: (row: Row) => T,
): Promise<T[]> => (await query.execute()).map(map);
