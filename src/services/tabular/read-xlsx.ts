/**
 * Reads the first sheet of an XLSX workbook as a stream of rows, never
 * holding the sheet whole, and stops at the row limit. Cells read as a
 * spreadsheet shows them: a formula as its computed result, a date as
 * YYYY-MM-DD, a boolean as true or false, a merged range as the text of its
 * first cell.
 */
import { isDomainError } from '../../domain/errors.js';
import {
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  MAX_SHARED_STRINGS,
  fileTooLarge,
  tooManyColumns,
  tooManyRows,
  unreadable,
} from './import-limits.js';
import { normalizeHeader } from './table.js';
import type { Table } from './table.js';
import {
  Budget,
  firstSheetOf,
  parsePart,
  partOf,
  readDateStyles,
  readRelationships,
  readSharedStrings,
  readWorkbook,
} from './xlsx-parts.js';
import { readZipEntries } from './zip-archive.js';
import type { ZipEntry } from './zip-archive.js';

interface SheetRow {
  readonly line: number;
  /** Text by column number (1 = A) up to the column limit; empty cells are absent. */
  readonly cells: Map<number, string>;
  /** Whether the row has text beyond the column limit. */
  readonly isWider: boolean;
}

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

interface SheetReader {
  row(row: SheetRow): void;
  merge(range: Range): void;
}

const COLUMN_OF_REFERENCE = /^([A-Za-z]{1,3})\d*$/;

/** `C7` → 3; undefined for a reference that is not one. */
const columnOf = (reference: string | undefined): number | undefined => {
  const letters = reference === undefined ? undefined : COLUMN_OF_REFERENCE.exec(reference)?.[1];
  if (letters === undefined) return undefined;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days since 1899-12-30 (or 1904-01-01) as YYYY-MM-DD, as exceljs reads them. */
const serialDate = (serial: number, date1904: boolean) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS))
    .toISOString()
    .slice(0, 10);

interface CellParts {
  type: string;
  isDate: boolean;
  hasFormula: boolean;
  value: string | undefined;
  inline: string[];
}

const numberText = (value: string, cell: CellParts, date1904: boolean) => {
  const number = parseFloat(value);
  if (Number.isNaN(number)) return '';
  return cell.isDate ? serialDate(number, date1904) : String(number);
};

/** The text of a cell; a formula reads as its computed result, an error result as empty. */
const cellText = (cell: CellParts, sharedStrings: readonly string[], date1904: boolean) => {
  const { type, value } = cell;
  if (type === 'inlineStr') return cell.inline.join('');
  if (value === undefined) return '';
  if (cell.hasFormula) {
    if (type === 'str') return value;
    if (type === 'b') return String(parseInt(value, 10) !== 0);
    if (type === 'e') return '';
    return numberText(value, cell, date1904);
  }
  switch (type) {
    case 's':
      return sharedStrings[parseInt(value, 10)] ?? '';
    case 'str':
    case 'e':
    case 'd':
      return value;
    case 'b':
      return String(parseInt(value, 10) !== 0);
    default:
      return numberText(value, cell, date1904);
  }
};

const rangeOf = (reference: string | undefined): Range | undefined => {
  const match = /^([A-Za-z]{1,3})(\d+):([A-Za-z]{1,3})(\d+)$/.exec(reference ?? '');
  if (!match) return undefined;
  const [, left = '', top = '', right = '', bottom = ''] = match;
  return {
    top: Number(top),
    left: columnOf(left) ?? 0,
    bottom: Number(bottom),
    right: columnOf(right) ?? 0,
  };
};

/** Parses the sheet, handing each row with text, then each merged range, to the reader. */
const readSheet = async (
  zip: Buffer,
  entry: ZipEntry,
  budget: Budget,
  context: { sharedStrings: readonly string[]; dateStyles: readonly boolean[]; date1904: boolean },
  reader: SheetReader,
) => {
  let inSheetData = false;
  let line = 0;
  let nextColumn = 1;
  let cells: Map<number, string> | undefined;
  let isWider = false;
  let column = 0;
  let cell: CellParts | undefined;
  let capture: 'value' | 'inline' | undefined;
  let phonetic = 0;
  await parsePart(
    zip,
    entry,
    budget,
    {
      open(name, tag) {
        if (name === 'sheetData') inSheetData = true;
        else if (name === 'row' && inSheetData) {
          const number = parseInt(tag.attributes.r ?? '', 10);
          line = Number.isInteger(number) && number > line ? number : line + 1;
          cells = new Map();
          isWider = false;
          nextColumn = 1;
        } else if (name === 'c' && cells) {
          column = columnOf(tag.attributes.r) ?? nextColumn;
          nextColumn = column + 1;
          const style = parseInt(tag.attributes.s ?? '0', 10);
          cell = {
            type: tag.attributes.t ?? 'n',
            isDate: context.dateStyles[style] ?? false,
            hasFormula: false,
            value: undefined,
            inline: [],
          };
        } else if (cell) {
          if (name === 'v') capture = 'value';
          else if (name === 'f') cell.hasFormula = true;
          else if (name === 'rPh') phonetic++;
          else if (name === 't' && phonetic === 0) capture = 'inline';
        } else if (name === 'mergeCell') {
          const range = rangeOf(tag.attributes.ref);
          if (range) reader.merge(range);
        }
      },
      text(text) {
        if (!cell || capture === undefined) return;
        if (capture === 'value') cell.value = (cell.value ?? '') + text;
        else cell.inline.push(text);
      },
      close(name) {
        if (name === 'v' || name === 't') capture = undefined;
        else if (name === 'rPh') phonetic--;
        else if (name === 'c' && cell && cells) {
          const text = cellText(cell, context.sharedStrings, context.date1904).trim();
          if (text !== '' && column <= MAX_IMPORT_COLUMNS) cells.set(column, text);
          else if (text !== '') isWider = true;
          cell = undefined;
        } else if (name === 'row' && cells) {
          reader.row({ line, cells, isWider });
          cells = undefined;
        } else if (name === 'sheetData') inSheetData = false;
      },
    },
    { readsToEnd: false },
  );
};

const readWorkbookSheet = async (zip: Buffer, reader: SheetReader) => {
  const entries = readZipEntries(zip);
  const budget = new Budget();
  const relationships = await readRelationships(
    zip,
    entries.get('xl/_rels/workbook.xml.rels'),
    budget,
  );
  const workbook = await readWorkbook(zip, entries.get('xl/workbook.xml'), budget);
  const dateStyles = await readDateStyles(
    zip,
    partOf(entries, relationships, 'styles', 'xl/styles.xml'),
    budget,
  );
  const sharedStrings = await readSharedStrings(
    zip,
    partOf(entries, relationships, 'sharedStrings', 'xl/sharedStrings.xml'),
    budget,
  );
  const sheet = firstSheetOf(entries, relationships, workbook.sheets);
  if (!sheet) return;
  await readSheet(
    zip,
    sheet,
    budget,
    { sharedStrings, dateStyles, date1904: workbook.date1904 },
    reader,
  );
};

/**
 * Row 1 names the columns; a later row is kept when a named column has text,
 * up to the row limit. A merged range below the header gives the text of its
 * first cell to every cell it covers, as spreadsheet programs show it.
 */
const tableCollector = () => {
  let width = 0;
  let header: ReadonlyMap<number, string> = new Map();
  const rows = new Map<number, Map<number, string>>();
  let mergedCells = 0;
  const keep = (line: number, cells: Map<number, string>) => {
    rows.set(line, cells);
    if (rows.size > MAX_IMPORT_ROWS) throw tooManyRows();
  };
  const reader: SheetReader = {
    row({ line, cells, isWider }) {
      if (line === 1) {
        if (isWider) throw tooManyColumns();
        header = cells;
        width = Math.max(0, ...cells.keys());
        return;
      }
      const named = new Map([...cells].filter(([column]) => column <= width));
      if (named.size > 0) keep(line, named);
    },
    merge({ top, left, bottom, right }) {
      const text = rows.get(top)?.get(left);
      if (text === undefined || left > width) return;
      for (let line = top; line <= bottom; line++) {
        for (let column = left; column <= Math.min(right, width); column++) {
          if (line === top && column === left) continue;
          if (++mergedCells > MAX_SHARED_STRINGS) {
            throw fileTooLarge(`merges more than ${MAX_SHARED_STRINGS} cells`);
          }
          const cells = rows.get(line) ?? new Map<number, string>();
          cells.set(column, text);
          if (!rows.has(line)) keep(line, cells);
        }
      }
    },
  };
  const table = (): Table => {
    const headers = Array.from({ length: width }, (_, index) =>
      normalizeHeader(header.get(index + 1) ?? ''),
    );
    return {
      headers,
      rows: [...rows]
        .sort(([a], [b]) => a - b)
        .map(([line, cells]) => ({
          line,
          cells: new Map(headers.map((name, index) => [name, cells.get(index + 1) ?? ''])),
        })),
    };
  };
  return { reader, table };
};

/** Refuses more rows or columns than the limits as soon as it meets them. */
export const readXlsx = async (zip: Buffer): Promise<Table> => {
  const collector = tableCollector();
  try {
    await readWorkbookSheet(zip, collector.reader);
  } catch (error) {
    if (isDomainError(error)) throw error;
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw unreadable(`not a valid XLSX workbook${reason}`);
  }
  return collector.table();
};
