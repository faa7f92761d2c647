/**
 * Turning spreadsheet cells into field values: a column names the field it
 * fills and how to read its text. Values may be written as the identifier
 * (`high_risk`) or as its label ("High-risk (Art. 6)"); lists are separated
 * by semicolons or line breaks; yes/no columns take yes, no, true, false, 1, 0.
 */
import type { FieldIssue } from '../../domain/errors.js';
import { matchLabelled, valuesOf } from '../../domain/labelled-values.js';
import type { Table } from './read-table.js';

export type CellReader = (text: string, issues: FieldIssue[], field: string) => unknown;

export interface ImportColumn {
  readonly header: string;
  readonly field: string;
  readonly required?: boolean;
  readonly read: CellReader;
  /** Earlier names of the header, so files exported by an older release still import. */
  readonly aliases?: readonly string[];
}

export interface ImportError {
  readonly line: number;
  readonly field: string;
  readonly reason: string;
  /** A stable code for a row refused as a whole, such as IMPORT_UNKNOWN_ID. */
  readonly code?: string;
}

/** Headers compare without case, spaces or punctuation: "Life-cycle stage" = "lifecycleStage". */
export const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export const readText: CellReader = (text) => text;

export const readOptionalText: CellReader = (text) => (text === '' ? undefined : text);

export const readList: CellReader = (text) =>
  text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

export const readYesNo =
  (whenEmpty?: boolean): CellReader =>
  (text, issues, field) => {
    const value = text.toLowerCase();
    if (value === '') {
      if (whenEmpty === undefined) issues.push({ field, reason: 'is required (yes or no)' });
      return whenEmpty;
    }
    if (['yes', 'y', 'true', '1'].includes(value)) return true;
    if (['no', 'n', 'false', '0'].includes(value)) return false;
    issues.push({ field, reason: `must be yes or no, not "${text}"` });
    return undefined;
  };

/**
 * Maps an identifier, a label or a common name (any case or accents) to the
 * identifier; text that finds no single value is passed on for the rule to
 * refuse, naming the labels.
 */
export const readChoice = <T extends string>(
  labels: Readonly<Partial<Record<T, string>>>,
  optional = true,
): CellReader => {
  const allowed = valuesOf(labels as Readonly<Record<string, string>>);
  return (text) => {
    if (text === '') return optional ? null : '';
    const match = matchLabelled(allowed, text);
    return match.kind === 'found' ? match.value : text;
  };
};

export const readChoiceList = <T extends string>(
  labels: Readonly<Partial<Record<T, string>>>,
): CellReader => {
  const read = readChoice(labels);
  return (text, issues, field) =>
    (readList(text, issues, field) as string[]).map((part) => read(part, issues, field));
};

export interface ParsedRow {
  readonly line: number;
  readonly values: Record<string, unknown>;
  /** The fields whose columns the file has: a change by Id keeps the others as stored. */
  readonly present: ReadonlySet<string>;
}

/**
 * Matches the file's headers to the columns (reporting missing required
 * columns and unknown ones on line 1) and reads every row. With a key
 * column (the Id), a required column may be missing as long as every row
 * that lacks a key, and so adds a record, is reported for it.
 */
export const parseRows = (
  table: Table,
  columns: readonly ImportColumn[],
  ignoredHeaders: readonly string[] = [],
  keyField?: string,
): { rows: ParsedRow[]; errors: ImportError[] } => {
  const errors: ImportError[] = [];
  const byKey = new Map(
    columns.flatMap((column) =>
      [column.header, column.field, ...(column.aliases ?? [])].map(
        (name) => [headerKey(name), column] as const,
      ),
    ),
  );
  const ignored = new Set(ignoredHeaders.map(headerKey));
  const present = new Map<string, string>();
  for (const header of table.headers) {
    const column = byKey.get(headerKey(header));
    if (column) present.set(column.field, header);
    else if (header !== '' && !ignored.has(headerKey(header))) {
      errors.push({ line: 1, field: header, reason: 'is not a known column' });
    }
  }
  // A file of changes by Id may leave out required columns; only its new rows need them.
  const missing = columns.filter((column) => column.required && !present.has(column.field));
  const isKeyed = keyField !== undefined && present.has(keyField);
  if (!isKeyed) {
    for (const column of missing) {
      errors.push({ line: 1, field: column.header, reason: 'column is missing' });
    }
  }
  if (errors.length > 0) return { rows: [], errors };
  const fields = new Set(present.keys());
  const rows = table.rows.map((row) => {
    const issues: FieldIssue[] = [];
    const values: Record<string, unknown> = {};
    for (const column of columns) {
      const header = present.get(column.field);
      if (header === undefined) continue;
      const text = row.cells.get(header) ?? '';
      if (text.includes('\u0000')) {
        issues.push({ field: column.field, reason: 'must not contain NUL characters' });
        continue;
      }
      const value = column.read(text, issues, column.field);
      if (value !== undefined) values[column.field] = value;
    }
    if (isKeyed && values[keyField] === undefined) {
      for (const column of missing) {
        issues.push({
          field: column.field,
          reason: `is required for a new row: add the ${column.header} column`,
        });
      }
    }
    errors.push(...issues.map((issue) => ({ line: row.line, ...issue })));
    return { line: row.line, values, present: fields };
  });
  return { rows, errors };
};
