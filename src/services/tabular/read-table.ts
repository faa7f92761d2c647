/**
 * Reads the first sheet of a CSV or XLSX file into rows of text cells keyed by
 * column header, each with the line a person sees in their spreadsheet.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalid } from '../../domain/errors.js';
import { unguardFormula } from './formula-guard.js';

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface TableRow {
  /** 1-based line (CSV) or row number (XLSX) of the row in the file. */
  readonly line: number;
  readonly cells: ReadonlyMap<string, string>;
}

export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

export const MAX_IMPORT_ROWS = 10_000;

const normalizeHeader = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

/** XLSX files are ZIP archives: they start with "PK". */
export const detectFormat = (content: Buffer, fileName = ''): TableFormat =>
  content.subarray(0, 2).toString('latin1') === 'PK' || fileName.toLowerCase().endsWith('.xlsx')
    ? 'xlsx'
    : 'csv';

const unreadable = (reason: string) =>
  invalid('IMPORT_FILE_UNREADABLE', 'The file cannot be read as CSV or XLSX', [
    { field: 'file', reason },
  ]);

const readCsv = (content: Buffer): Table => {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : 'not valid CSV');
  }
  const [header, ...body] = records;
  if (!header) return { headers: [], rows: [] };
  const headers = header.record.map(normalizeHeader);
  return {
    headers,
    rows: body.map(({ record, info }) => ({
      line: info.lines,
      cells: new Map(headers.map((name, index) => [name, unguardFormula(record[index] ?? '')])),
    })),
  };
};

const cellText = (cell: ExcelJS.Cell): string => {
  const { value } = cell;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value !== null && typeof value === 'object' && 'result' in value) {
    // A formula: take its computed result; an error result reads as empty.
    const { result } = value;
    if (result instanceof Date) return result.toISOString().slice(0, 10);
    return typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean'
      ? String(result).trim()
      : '';
  }
  return cell.text.trim();
};

const readXlsx = async (content: Buffer): Promise<Table> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw unreadable('not a valid XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column - 1] = normalizeHeader(cellText(cell));
  });
  const rows: TableRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map(headers.map((name, index) => [name, cellText(row.getCell(index + 1))]));
    if ([...cells.values()].some((text) => text !== '')) rows.push({ line: rowNumber, cells });
  });
  return { headers, rows };
};

/** Reads a table; refuses an empty file or one over the row limit. */
export const readTable = async (content: Buffer, format: TableFormat): Promise<Table> => {
  const table = format === 'xlsx' ? await readXlsx(content) : readCsv(content);
  if (table.headers.length === 0)
    throw unreadable('the file is empty: the first row must name the columns');
  if (table.rows.length > MAX_IMPORT_ROWS)
    throw unreadable(`at most ${MAX_IMPORT_ROWS} rows can be imported at once`);
  return table;
};
