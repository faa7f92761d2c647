/**
 * Reads the first sheet of a CSV or XLSX file into rows of text cells keyed by
 * column header, each with the line a person sees in their spreadsheet. Both
 * are read as streams that stop at the limits (import-limits.ts), so a file
 * is refused as soon as it is known to be too much.
 */
import { Readable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { CsvError, parse } from 'csv-parse';
import { isDomainError } from '../../domain/errors.js';
import { unguardFormula } from './formula-guard.js';
import {
  MAX_IMPORT_BYTES,
  MAX_CSV_ROW_CHARS,
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
const MAX_IMPORT_MIB = MAX_IMPORT_BYTES / 1024 / 1024;
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

/** A file to read: whole, or as it arrives (an upload), in pieces of any size. */
export type TableContent = Buffer | AsyncIterable<Buffer>;

/** The bytes in pieces of at most 16 KiB, refused once they pass the upload limit. */
async function* piecesOf(content: TableContent) {
  const sources = Buffer.isBuffer(content) ? [content] : content;
  let total = 0;
  for await (const source of sources) {
    total += source.length;
    if (total > MAX_IMPORT_BYTES) throw fileTooLarge(`is larger than ${MAX_IMPORT_MIB} MiB`);
    for (let at = 0; at < source.length; at += CHUNK_BYTES) {
      yield source.subarray(at, at + CHUNK_BYTES);
    }
  }
}

/** The pieces, each checked for its columns, letting other requests run between them. */
async function* checkedCsvPieces(content: TableContent) {
  const guard = csvColumnGuard();
  for await (const piece of piecesOf(content)) {
    guard(piece);
    yield piece;
    await yieldToEventLoop();
  }
}

/** The whole file, for a format that cannot be read before its end (XLSX keeps its directory last). */
const wholeOf = async (content: TableContent): Promise<Buffer> => {
  if (Buffer.isBuffer(content)) return content;
  const pieces: Buffer[] = [];
  for await (const piece of piecesOf(content)) pieces.push(piece);
  return Buffer.concat(pieces);
};

/** The first bytes of the content (enough to tell the format) and the content itself again. */
const peek = async (content: TableContent): Promise<[Buffer, TableContent]> => {
  if (Buffer.isBuffer(content)) return [content.subarray(0, 2), content];
  const iterator = content[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let next = await iterator.next();
  for (; !next.done; next = await iterator.next()) {
    head.push(next.value);
    if (Buffer.concat(head).length >= 2) break;
  }
  async function* again() {
    yield* head;
    if (next.done) return;
    for (next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return [Buffer.concat(head).subarray(0, 2), again()];
};

const isCsvError = (error: unknown, code: string): boolean =>
  error instanceof CsvError && error.code === code;

const readCsv = async (content: TableContent): Promise<Table> => {
  const source = Readable.from(checkedCsvPieces(content), { objectMode: false });
  const parser = parse({
    bom: true,
    info: true,
    max_record_size: MAX_CSV_ROW_CHARS,
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
    if (isCsvError(error, 'CSV_MAX_RECORD_SIZE')) {
      throw fileTooLarge(`has a row longer than ${MAX_CSV_ROW_CHARS} characters`);
    }
    throw unreadable(error instanceof Error ? error.message : 'not valid CSV');
  } finally {
    source.destroy();
    parser.destroy();
  }
  return { headers: headers ?? [], rows };
};

/**
 * Reads a table from a file or an upload as it arrives; refuses an empty
 * file, or one over the limits as soon as it reaches them (a CSV stops being
 * read there, so the rest of an oversized upload is never held).
 */
export const readTable = async (
  content: TableContent,
  fileName = '',
): Promise<{ format: TableFormat; table: Table }> => {
  const [start, again] = await peek(content);
  const format = detectFormat(start, fileName);
  const table = format === 'xlsx' ? await readXlsx(await wholeOf(again)) : await readCsv(again);
  if (table.headers.length === 0)
    throw unreadable('the file is empty: the first row must name the columns');
  return { format, table };
};
