/**
 * Reads the first sheet of a CSV or XLSX file into rows of text cells keyed by
 * column header, each with the line a person sees in their spreadsheet. Both
 * are read as streams that stop at the limits (import-limits.ts), so a file
 * is refused as soon as it is known to be too much.
 */
import { Readable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { parse } from 'csv-parse';
import { isDomainError } from '../../domain/errors.js';
import { unguardFormula } from './formula-guard.js';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  fileTooLarge,
  tooManyColumns,
  tooManyRows,
  unreadable,
} from './import-limits.js';
import { readXlsx } from './read-xlsx.js';
import { normalizeHeader } from './table.js';
import type { Table, TableRow } from './table.js';

export type { Table, TableRow } from './table.js';

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** XLSX files are ZIP archives: they start with "PK". */
export const detectFormat = (content: Buffer, fileName = ''): TableFormat =>
  content.subarray(0, 2).toString('latin1') === 'PK' || fileName.toLowerCase().endsWith('.xlsx')
    ? 'xlsx'
    : 'csv';

const CHUNK_BYTES = 16 * 1024;
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Counts the fields of each CSV record as the bytes pass, so that a row of a
 * million commas is refused before the parser builds it. Quotes toggle as in
 * RFC 4180 (an escaped "" toggles twice); text the parser would refuse for
 * its quoting may be counted loosely, since the parser refuses it anyway.
 */
const csvColumnGuard = () => {
  let isQuoted = false;
  let fields = 1;
  return (chunk: Buffer) => {
    for (let at = 0; at < chunk.length; at++) {
      const byte = chunk[at];
      if (byte === QUOTE) isQuoted = !isQuoted;
      else if (isQuoted) continue;
      else if (byte === COMMA) {
        if (++fields > MAX_IMPORT_COLUMNS) throw tooManyColumns();
      } else if (byte === LF || byte === CR) fields = 1;
    }
  };
};

/** The file in pieces, each checked for its columns, letting other requests run between them. */
async function* chunksOf(content: Buffer) {
  const guard = csvColumnGuard();
  for (let at = 0; at < content.length; at += CHUNK_BYTES) {
    const chunk = content.subarray(at, at + CHUNK_BYTES);
    guard(chunk);
    yield chunk;
    await yieldToEventLoop();
  }
}

const readCsv = async (content: Buffer): Promise<Table> => {
  const source = Readable.from(chunksOf(content), { objectMode: false });
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  });
  // A refusal from the column guard ends the parse with it.
  source.once('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let headers: string[] | undefined;
  const rows: TableRow[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!headers) {
        headers = record.map(normalizeHeader);
        continue;
      }
      const names = headers;
      rows.push({
        line: info.lines,
        cells: new Map(names.map((name, index) => [name, unguardFormula(record[index] ?? '')])),
      });
      if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows();
    }
  } catch (error) {
    if (isDomainError(error)) throw error;
    throw unreadable(error instanceof Error ? error.message : 'not valid CSV');
  } finally {
    source.destroy();
    parser.destroy();
  }
  return { headers: headers ?? [], rows };
};

/** Reads a table; refuses an empty file, or one over the limits as soon as it reaches them. */
export const readTable = async (content: Buffer, format: TableFormat): Promise<Table> => {
  if (content.length > MAX_IMPORT_BYTES) {
    throw fileTooLarge(`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`);
  }
  const table = format === 'xlsx' ? await readXlsx(content) : await readCsv(content);
  if (table.headers.length === 0)
    throw unreadable('the file is empty: the first row must name the columns');
  return table;
};
