/**
 * Writes a register as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs
 * pick the encoding) or as an XLSX workbook a person would hand to an
 * auditor: typed cells (dates as dates, numbers as numbers, yes/no as
 * booleans), bold frozen header, filters, sensible column widths, and a
 * second sheet saying whose data it is, who exported it and when.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { isCalendarDate } from '../../domain/validation.js';
import { guardFormula } from './formula-guard.js';
import type { TableFormat } from './read-table.js';

export type CellValue = string | number | boolean | null;

export interface ExportColumn<T> {
  readonly header: string;
  readonly width?: number;
  /** `text` keeps a value that looks like a date as text in XLSX. */
  readonly type?: 'text';
  readonly value: (record: T) => CellValue;
}

export interface ExportFile {
  readonly content: Buffer;
  readonly contentType: string;
  readonly fileName: string;
}

/** Who exported what, when: the XLSX workbook's "About" sheet. */
export interface ExportOrigin {
  readonly organization: string;
  readonly register: string;
  readonly exportedBy: string;
  /** ISO 8601 instant. */
  readonly exportedAt: string;
}

/** A further sheet of the workbook (such as the allowed values of a template). */
export interface ExtraSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Typed cells (dates as dates) instead of text, for sheets of data rather than of allowed values. */
  readonly isTyped?: boolean;
  readonly widths?: readonly number[];
}

export interface TableSheet {
  readonly name: string;
  readonly fileStem: string;
  readonly date: string;
  readonly origin?: ExportOrigin;
  readonly extraSheets?: readonly ExtraSheet[];
}

const CONTENT_TYPES: Readonly<Record<TableFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const DATE_FORMAT = 'yyyy-mm-dd';
const TIMESTAMP_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const toCsv = (headers: readonly string[], rows: readonly (readonly CellValue[])[]): Buffer => {
  const text = stringify(
    [
      headers,
      ...rows.map((row) =>
        row.map((value) => (typeof value === 'string' ? guardFormula(value) : (value ?? ''))),
      ),
    ],
    { cast: { boolean: (value) => (value ? 'yes' : 'no') } },
  );
  return Buffer.from(`\uFEFF${text}`, 'utf8');
};

/** A value as an XLSX cell: calendar dates and UTC instants become dates with a format. */
const typedCell = (
  value: CellValue,
  asText: boolean,
): { value: ExcelJS.CellValue; format?: string } => {
  if (typeof value !== 'string' || asText) return { value };
  if (isCalendarDate(value)) return { value: new Date(`${value}T00:00:00Z`), format: DATE_FORMAT };
  if (TIMESTAMP_PATTERN.test(value)) return { value: new Date(value), format: TIMESTAMP_FORMAT };
  return { value };
};

const addTableSheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly { header: string; width?: number; type?: 'text' }[],
  rows: readonly (readonly CellValue[])[],
) => {
  const sheet = workbook.addWorksheet(name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 20 }));
  for (const values of rows) {
    const row = sheet.addRow([]);
    values.forEach((value, index) => {
      const typed = typedCell(value, columns[index]?.type === 'text');
      const cell = row.getCell(index + 1);
      cell.value = typed.value;
      if (typed.format) cell.numFmt = typed.format;
    });
  }
  sheet.getRow(1).font = { bold: true };
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return sheet;
};

const addOriginSheet = (workbook: ExcelJS.Workbook, origin: ExportOrigin, rowCount: number) => {
  const sheet = workbook.addWorksheet('About');
  sheet.columns = [{ width: 16 }, { width: 48 }];
  const rows: [string, ExcelJS.CellValue][] = [
    ['Organization', origin.organization],
    ['Register', origin.register],
    ['Rows', rowCount],
    ['Exported by', origin.exportedBy],
    ['Exported at (UTC)', new Date(origin.exportedAt)],
    [
      'Re-import',
      'Keep the Id column: a row with an Id changes that record, one without adds one.',
    ],
  ];
  for (const [label, value] of rows) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = TIMESTAMP_FORMAT;
  }
};

const toXlsx = async <T>(
  register: TableSheet,
  columns: readonly ExportColumn<T>[],
  rows: readonly (readonly CellValue[])[],
): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'AIMS Workbench';
  if (register.origin) workbook.created = new Date(register.origin.exportedAt);
  addTableSheet(workbook, register.name, columns, rows);
  for (const extra of register.extraSheets ?? []) {
    addTableSheet(
      workbook,
      extra.name,
      extra.headers.map((header, index) => ({
        header,
        width: extra.widths?.[index] ?? 36,
        ...(extra.isTyped ? {} : { type: 'text' as const }),
      })),
      extra.rows,
    );
  }
  if (register.origin) addOriginSheet(workbook, register.origin, rows.length);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** The register as a file named after it and the date, e.g. ai-systems-2026-12-01.xlsx. */
export const writeTable = async <T>(
  format: TableFormat,
  register: TableSheet,
  columns: readonly ExportColumn<T>[],
  records: readonly T[],
): Promise<ExportFile> => {
  const rows = records.map((record) => columns.map((column) => column.value(record)));
  return {
    content:
      format === 'csv'
        ? toCsv(
            columns.map((column) => column.header),
            rows,
          )
        : await toXlsx(register, columns, rows),
    contentType: CONTENT_TYPES[format],
    fileName: `${register.fileStem}-${register.date}.${format}`,
  };
};
