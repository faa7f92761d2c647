import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deflatedPart, xlsxOf, zipOf } from '../../../test/harness/spreadsheet-bombs.js';
import type { ZipPart } from '../../../test/harness/spreadsheet-bombs.js';
import { readXlsx } from './read-xlsx.js';
import type { Table } from './table.js';

const rowsOf = (table: Table) =>
  table.rows.map((row) => ({ line: row.line, ...Object.fromEntries(row.cells) }));

const workbookBuffer = async (build: (workbook: ExcelJS.Workbook) => void) => {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

describe('reading an XLSX sheet as a stream', () => {
  it('reads cells as the spreadsheet shows them', async () => {
    const file = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Systems');
      sheet.addRow(['Name', ' Next  Review ', 'Formula', 'Yes', 'Number', 'Rich', 'Link', 'Err']);
      sheet.addRow([
        '  Alpha  ',
        new Date(Date.UTC(2027, 2, 31)),
        { formula: 'A2&"x"', result: 'Alphax' },
        true,
        3.25,
        { richText: [{ text: 'Bold ', font: { bold: true } }, { text: 'plain' }] },
        { text: 'Site', hyperlink: 'https://example.test' },
        { formula: '1/0', result: { error: '#DIV/0!' } },
      ]);
      sheet.addRow([]);
      sheet.addRow(['Beta', { formula: 'TODAY()', result: new Date(Date.UTC(2026, 0, 2)) }]);
      sheet.getCell('E4').value = 0.1;
      sheet.getCell('E4').numFmt = '0.00%';
      sheet.getCell('F4').value = 45000;
      sheet.getCell('F4').numFmt = 'dd/mm/yyyy';
    });
    const table = await readXlsx(file);
    expect(table.headers).toEqual([
      'name',
      'next review',
      'formula',
      'yes',
      'number',
      'rich',
      'link',
      'err',
    ]);
    expect(rowsOf(table)).toEqual([
      {
        line: 2,
        name: 'Alpha',
        'next review': '2027-03-31',
        formula: 'Alphax',
        yes: 'true',
        number: '3.25',
        rich: 'Bold plain',
        link: 'Site',
        err: '',
      },
      {
        line: 4,
        name: 'Beta',
        'next review': '2026-01-02',
        formula: '',
        yes: '',
        number: '0.1',
        rich: '2023-03-15',
        link: '',
        err: '',
      },
    ]);
  });

  it('gives a merged range the text of its first cell', async () => {
    const file = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Systems');
      sheet.addRow(['Name', 'Owner']);
      sheet.addRow(['A', 'owner@example.test']);
      sheet.addRow(['B']);
      sheet.addRow(['C']);
      sheet.mergeCells('B2:B4');
    });
    expect(rowsOf(await readXlsx(file))).toEqual([
      { line: 2, name: 'A', owner: 'owner@example.test' },
      { line: 3, name: 'B', owner: 'owner@example.test' },
      { line: 4, name: 'C', owner: 'owner@example.test' },
    ]);
  });

  it('counts the rows a merged range fills against the row limit', async () => {
    const file = await xlsxOf([
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><t>All</t></is></c></row>',
      '</sheetData><mergeCells count="2"><mergeCell ref="A2:A1048576"/><mergeCell ref="C2:XFD1048576"/>',
      '</mergeCells><sheetData>',
    ]);
    await expect(readXlsx(file)).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS' });
  });

  it('reads the first sheet by tab order, whatever its part is called', async () => {
    const file = await workbookBuffer((workbook) => {
      workbook.addWorksheet('Later').addRow(['Later']);
      workbook.addWorksheet('First').addRows([['Name'], ['first tab']]);
      // Moving a tab: exceljs keeps each sheet's part and writes the tabs in this order.
      const [later, first] = workbook.worksheets as (ExcelJS.Worksheet & { orderNo: number })[];
      if (later && first) {
        later.orderNo = 1;
        first.orderNo = 0;
      }
    });
    const table = await readXlsx(file);
    expect(table.headers).toEqual(['name']);
    expect(rowsOf(table)).toEqual([{ line: 2, name: 'first tab' }]);
  });

  it('reads rows and cells without references, prefixed names and stored parts', async () => {
    const sheet =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c>' +
      '<x:c t="inlineStr"><x:is><x:t>Kind</x:t></x:is></x:c></x:row>' +
      '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>a</x:t></x:r><x:r><x:t>b</x:t></x:r></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const strings =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><t>Tokyo</t><rPh sb="0" eb="1"><t>とうきょう</t></rPh></si></sst>';
    const stored = (name: string, content: string): ZipPart => {
      const part = deflatedPart(name, content);
      return { ...part, data: Buffer.from(content), stored: true };
    };
    const file = zipOf([
      stored('xl/worksheets/sheet1.xml', sheet),
      stored('xl/sharedStrings.xml', strings),
    ]);
    const table = await readXlsx(file);
    expect(table.headers).toEqual(['name', 'kind']);
    expect(rowsOf(table)).toEqual([{ line: 2, name: 'Tokyo', kind: 'ab' }]);
  });

  it('reads dates of the 1904 date system', async () => {
    const file = await workbookBuffer((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Dates');
      sheet.addRow(['When']);
      sheet.addRow([new Date(Date.UTC(2027, 2, 31))]);
    });
    expect(rowsOf(await readXlsx(file))).toEqual([{ line: 2, when: '2027-03-31' }]);
  });

  it('refuses a broken workbook as unreadable', async () => {
    const broken = await xlsxOf(['<row><c t="inlineStr"><is><t>x</t></oops>']);
    await expect(readXlsx(broken)).rejects.toMatchObject({ code: 'IMPORT_FILE_UNREADABLE' });
    await expect(readXlsx(Buffer.from('PK\u0003\u0004 not a zip'))).rejects.toMatchObject({
      code: 'IMPORT_FILE_UNREADABLE',
    });
  });

  it('refuses one text longer than any cell holds', async () => {
    const file = await xlsxOf([
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(2 * 1024 * 1024)}</t></is></c></row>`,
    ]);
    await expect(readXlsx(file)).rejects.toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE' });
  });

  it('refuses a part that inflates to more than it declares, by any amount', async () => {
    const texts = `<sst>${'<si><t>abc</t></si>'.repeat(1000)}</sst>`;
    const lying = {
      ...deflatedPart('xl/sharedStrings.xml', texts),
      declaredSize: texts.length - 1,
    };
    const file = await xlsxOf(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], [lying]);
    await expect(readXlsx(file)).rejects.toMatchObject({
      code: 'IMPORT_FILE_TOO_LARGE',
      details: { issues: [{ field: 'file', reason: expect.stringContaining('it declares') }] },
    });
  });

  it('refuses a part that declares more than the unpacked budget before inflating any of it', async () => {
    // Bytes that are not deflate data: inflating them would fail as unreadable.
    const huge: ZipPart = {
      name: 'xl/sharedStrings.xml',
      data: Buffer.from('not deflated'),
      crc: 0,
      size: 65 * 1024 * 1024,
    };
    const file = await xlsxOf(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], [huge]);
    await expect(readXlsx(file)).rejects.toMatchObject({
      code: 'IMPORT_FILE_TOO_LARGE',
      details: { maxUnpackedBytes: 64 * 1024 * 1024 },
    });
  });
});
