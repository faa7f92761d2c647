/**
 * Hostile import files, built byte by byte and the same on every run: XLSX
 * workbooks whose sheet holds millions of rows in a few megabytes, ZIP
 * entries that inflate far beyond what they declare, and CSV files with more
 * rows or columns than an import takes. Shared by the API tests and
 * bench/import-bombs.ts.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  readonly name: string;
  /** The bytes as stored: deflated unless `stored`. */
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
  /** The uncompressed size written into the headers, when it should differ from the real one. */
  readonly declaredSize?: number;
  readonly stored?: boolean;
}

export const deflatedPart = (name: string, content: string | Buffer): ZipPart => {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
};

/** Deflates a long generated text without ever holding it whole. */
export const deflatedStreamPart = async (
  name: string,
  chunks: Iterable<string | Buffer>,
): Promise<ZipPart> => {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { name, data: Buffer.concat(out), crc, size };
};

const u16 = (value: number) => {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
};
const u32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
};

/** A ZIP archive of the parts, in order, with a central directory (no data descriptors). */
export const zipOf = (parts: readonly ZipPart[]): Buffer => {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const size = part.declaredSize ?? part.size;
    const common = [
      u16(20),
      u16(0x0800),
      u16(part.stored ? 0 : 8),
      u16(0),
      u16(0x21),
      u32(part.crc),
      u32(part.data.length),
      u32(size),
      u16(name.length),
      u16(0),
    ];
    const header = Buffer.concat([u32(0x04034b50), ...common, name]);
    local.push(header, part.data);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...common,
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    offset += header.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...local, directory, end]);
};

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const columnLetters = (column: number): string => {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
};

/** One sheet row of inline-string cells, from column A. */
export const sheetRow = (row: number, texts: readonly string[]): string =>
  `<row r="${row}">${texts
    .map(
      (text, index) =>
        `<c r="${columnLetters(index + 1)}${row}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`,
    )
    .join('')}</row>`;

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

const WORKBOOK_PARTS = [
  deflatedPart(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
  ),
  deflatedPart(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
  ),
  deflatedPart(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  deflatedPart(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '</Relationships>',
  ),
];

/** A workbook of one sheet whose XML is given in pieces, plus any extra parts. */
export const xlsxOf = async (
  sheet: Iterable<string | Buffer>,
  extraParts: readonly ZipPart[] = [],
): Promise<Buffer> => {
  function* wrapped() {
    yield SHEET_HEAD;
    yield* sheet;
    yield SHEET_TAIL;
  }
  const sheetPart = await deflatedStreamPart('xl/worksheets/sheet1.xml', wrapped());
  return zipOf([...WORKBOOK_PARTS, sheetPart, ...extraParts]);
};

export const AI_SYSTEM_HEADERS = ['Name', 'Purpose', 'Life-cycle stage', 'In AIMS scope'];

/** The cells of AI system number `index`: every row a valid system. */
export const aiSystemCells = (index: number) => [
  `System ${index}`,
  `Purpose of system ${index}`,
  'deployment',
  'yes',
];

/** Sheet rows 1 (headers) … count+1, in batches of a thousand rows per piece. */
export function* aiSystemSheetRows(count: number): Generator<string> {
  yield sheetRow(1, AI_SYSTEM_HEADERS);
  for (let start = 1; start <= count; start += 1000) {
    const rows: string[] = [];
    for (let index = start; index < Math.min(start + 1000, count + 1); index++) {
      rows.push(sheetRow(index + 1, aiSystemCells(index)));
    }
    yield rows.join('');
  }
}

/** A workbook of `rows` valid AI systems, each row different. */
export const aiSystemXlsx = (rows: number): Promise<Buffer> => xlsxOf(aiSystemSheetRows(rows));

/**
 * The many-row bomb: the same row over and over, without row or cell
 * references (they are optional), so that each row costs a fraction of a
 * byte once deflated. A whole-sheet reader expands it to gigabytes.
 */
export const manyRowXlsx = (rows: number): Promise<Buffer> => {
  const row = sheetRow(0, aiSystemCells(0)).replace(/ r="[A-Z]*\d+"/g, '');
  const block = Buffer.from(row.repeat(1000));
  return xlsxOf(
    (function* () {
      yield sheetRow(1, AI_SYSTEM_HEADERS);
      for (let written = 0; written < rows; written += 1000) yield block;
    })(),
  );
};

/**
 * Rows past the limit and then broken XML: a reader that stops at the limit
 * never reaches the break; one that reads the whole sheet fails on it.
 */
export const xlsxBrokenAfter = (rows: number): Promise<Buffer> =>
  xlsxOf(
    (function* () {
      yield* aiSystemSheetRows(rows);
      yield '<row r="999999"><c r="A999999" t="inlineStr"><is><t>broken</t></oops>';
    })(),
  );

/**
 * A shared-strings part that inflates to about `bytes`, declaring `declared`
 * if given: texts of `textBytes` letters each, or one text of them all.
 */
export const inflatingPart = async (
  name: string,
  bytes: number,
  { declared, textBytes = bytes }: { declared?: number | undefined; textBytes?: number } = {},
): Promise<ZipPart> => {
  function* texts() {
    yield '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
    if (textBytes >= bytes) {
      yield '<si><t>';
      const block = Buffer.alloc(1024 * 1024, 'a');
      for (let written = 0; written < bytes; written += block.length) yield block;
      yield '</t></si>';
    } else {
      const block = Buffer.from(`<si><t>${'a'.repeat(textBytes)}</t></si>`.repeat(1000));
      for (let written = 0; written < bytes; written += block.length) yield block;
    }
    yield '</sst>';
  }
  const part = await deflatedStreamPart(name, texts());
  return declared === undefined ? part : { ...part, declaredSize: declared };
};

/** A small, valid sheet with a shared-strings bomb next to it (see inflatingPart). */
export const sharedStringsBomb = async (
  bytes: number,
  options?: { declared?: number | undefined; textBytes?: number },
): Promise<Buffer> =>
  xlsxOf(aiSystemSheetRows(2), [await inflatingPart('xl/sharedStrings.xml', bytes, options)]);

/** A header row with one more cell far to the right (column XFD, the last Excel has). */
export const wideHeaderXlsx = (): Promise<Buffer> =>
  xlsxOf([
    sheetRow(1, AI_SYSTEM_HEADERS).replace(
      '</row>',
      '<c r="XFD1" t="inlineStr"><is><t>Far</t></is></c></row>',
    ),
    sheetRow(2, aiSystemCells(1)),
  ]);

/** CSV text: the AI system header and `rows` valid rows, then `tail`. */
export const aiSystemCsv = (rows: number, tail = ''): Buffer => {
  const lines = [AI_SYSTEM_HEADERS.join(',')];
  for (let index = 1; index <= rows; index++) lines.push(aiSystemCells(index).join(','));
  return Buffer.from(`${lines.join('\n')}\n${tail}`);
};

/** A CSV of valid rows, as many as fit in `bytes` bytes. */
export const csvOfBytes = (bytes: number): Buffer => {
  const lines = [AI_SYSTEM_HEADERS.join(',')];
  let size = lines[0]?.length ?? 0;
  for (let index = 1; ; index++) {
    const line = aiSystemCells(index).join(',');
    if (size + line.length + 1 > bytes) break;
    lines.push(line);
    size += line.length + 1;
  }
  return Buffer.from(lines.join('\n'));
};
