/**
 * Which stored record each imported row stands for: a row's Id must be a
 * record of the organization's register (an Id from elsewhere, or no record
 * at all, refuses the row, so an import never writes across organizations),
 * and each Id may appear once per file.
 */
import type { ImportError, ParsedRow } from './import-columns.js';

export const IMPORT_OUTCOMES = ['new', 'changed', 'unchanged'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export interface StoredRecord {
  readonly id: string;
  readonly organizationId: string;
}

/** Fields that the import sets itself, never compared. */
const BOOKKEEPING = new Set(['id', 'organizationId', 'createdAt', 'updatedAt']);

/** JSON with object keys in order, so equal values give equal text whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  ) ?? 'undefined';

/** The fields whose values differ between the stored record and the one a row makes of it. */
export const changedFields = <T extends object>(before: T, after: T): string[] =>
  Object.keys(after).filter(
    (field) =>
      !BOOKKEEPING.has(field) &&
      canonical((before as Record<string, unknown>)[field]) !==
        canonical((after as Record<string, unknown>)[field]),
  );

const idOf = (row: ParsedRow) => {
  const id = row.values.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

export const matchRowsToRecords = <T extends StoredRecord>(
  rows: readonly ParsedRow[],
  stored: readonly T[],
) => {
  const byId = new Map(stored.map((record) => [record.id, record]));
  const firstLineOf = new Map<string, number>();
  const refused = new Set<ParsedRow>();
  const errors: ImportError[] = [];
  for (const row of rows) {
    const id = idOf(row);
    if (id === undefined) continue;
    const earlier = firstLineOf.get(id);
    if (!byId.has(id)) {
      errors.push({
        line: row.line,
        field: 'id',
        code: 'IMPORT_UNKNOWN_ID',
        reason: `"${id}" is not a record of this register in this organization; leave Id empty to add a new one`,
      });
      refused.add(row);
    } else if (earlier !== undefined) {
      errors.push({
        line: row.line,
        field: 'id',
        code: 'IMPORT_DUPLICATE_ID',
        reason: `"${id}" is already on line ${earlier}; each record may appear once`,
      });
      refused.add(row);
    } else firstLineOf.set(id, row.line);
  }
  return {
    errors,
    /** The stored record a row changes; none for a new row or a refused one. */
    storedOf: (row: ParsedRow): T | undefined => {
      const id = idOf(row);
      return id === undefined || refused.has(row) ? undefined : byId.get(id);
    },
    isRefused: (row: ParsedRow) => refused.has(row),
  };
};
