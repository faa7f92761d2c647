/**
 * Writes a register as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs
 * pick the encoding) or as an XLSX sheet a person would hand to an auditor:
 * bold frozen header, filters, sensible column widths, and a title row set.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { guardFormula } from './formula-guard.js';
import type { TableFormat } from './read-table.js';

export interface ExportColumn<T> {
  readonly header: string;
  readonly width?: number;
  readonly value: (record: T) => string | number | boolean | null;
}

export interface ExportFile {
  readonly content: Buffer;
  readonly contentType: string;
  readonly fileName: string;
}

const CONTENT_TYPES: Readonly<Record<TableFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const toCsv = <T>(columns: readonly ExportColumn<T>[], records: readonly T[]): Buffer => {
  const rows = records.map((record) =>
    columns.map((column) => {
      const value = column.value(record) ?? '';
      return typeof value === 'string' ? guardFormula(value) : value;
    }),
  );
  const text = stringify([columns.map((column) => column.header), ...rows], {
    cast: { boolean: (value) => (value ? 'yes' : 'no') },
  });
  return Buffer.from(`\uFEFF${text}`, 'utf8');
};

const toXlsx = async <T>(
  sheetName: string,
  columns: readonly ExportColumn<T>[],
  records: readonly T[],
): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'AIMS Workbench';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 20 }));
  for (const record of records) {
    sheet.addRow(
      columns.map((column) => {
        const value = column.value(record);
        return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
      }),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** The register as a file named after it and the date, e.g. ai-systems-2026-12-01.xlsx. */
export const writeTable = async <T>(
  format: TableFormat,
  register: { name: string; fileStem: string; date: string },
  columns: readonly ExportColumn<T>[],
  records: readonly T[],
): Promise<ExportFile> => ({
  content:
    format === 'csv' ? toCsv(columns, records) : await toXlsx(register.name, columns, records),
  contentType: CONTENT_TYPES[format],
  fileName: `${register.fileStem}-${register.date}.${format}`,
});
