/**
 * The shared kit for the PDFs the product issues (impact assessments, the
 * statement of applicability, audit reports): one configured pdfmake, a
 * standard page frame (document title at the top, "Page n of m" at the
 * bottom), a cover block, headings and tables whose header row repeats on
 * every page. Rendering reads only the bundled Roboto fonts: no URL is ever
 * fetched and no other local file is read, so a document's content cannot
 * make the server load anything.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell } from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

export type PdfDefinition = TDocumentDefinitions;

/** A rendered PDF with the name it is downloaded under (an ASCII slug). */
export interface PdfFile {
  readonly fileName: string;
  readonly contentType: 'application/pdf';
  readonly content: Buffer;
}
export type PdfContent = Content;

const fontFolder = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

let isConfigured = false;

/** Sets pdfmake up once per process: fonts, and no access to anything but the fonts. */
const configurePdfmake = () => {
  if (isConfigured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(fontFolder, 'Roboto-Regular.ttf'),
      bold: path.join(fontFolder, 'Roboto-Medium.ttf'),
      italics: path.join(fontFolder, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontFolder, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === fontFolder);
  isConfigured = true;
};

/** The finished PDF file of a document definition. */
export const renderPdf = async (definition: PdfDefinition): Promise<Buffer> => {
  configurePdfmake();
  return pdfmake.createPdf(definition).getBuffer();
};

/** The page label of the standard footer. */
export const pageLabel = (page: number, pageCount: number): string =>
  `Page ${page} of ${pageCount}`;

export const PDF_STYLES = {
  documentTitle: { fontSize: 22, bold: true, margin: [0, 120, 0, 24] },
  coverLabel: { fontSize: 10, color: '#555555' },
  coverValue: { fontSize: 12 },
  heading: { fontSize: 14, bold: true, margin: [0, 16, 0, 6] },
  subheading: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
  tableHeader: { bold: true, fontSize: 8, fillColor: '#e8e8e8' },
  tableBody: { fontSize: 8 },
  pageFrame: { fontSize: 8, color: '#555555' },
  muted: { italics: true, color: '#555555' },
} as const satisfies PdfDefinition['styles'];

export interface PdfFrameOptions {
  /** Shown at the top of every page after the cover, and stored as the file's title. */
  readonly title: string;
  readonly content: PdfContent;
  /** The instant the document is issued: its creation date, so the same input gives the same file. */
  readonly generatedAt: Date;
  readonly author?: string | undefined;
  readonly subject?: string | undefined;
  readonly pageOrientation?: 'portrait' | 'landscape' | undefined;
}

/**
 * A complete document definition in the standard frame: A4, the title at the
 * top of every page but the first (the cover), "Page n of m" at the bottom
 * of every page.
 */
export const framedDocument = (options: PdfFrameOptions): PdfDefinition => ({
  pageSize: 'A4',
  pageOrientation: options.pageOrientation ?? 'portrait',
  pageMargins: [40, 50, 40, 50],
  info: {
    title: options.title,
    ...(options.author === undefined ? {} : { author: options.author }),
    ...(options.subject === undefined ? {} : { subject: options.subject }),
    creator: 'AIMS Workbench',
    producer: 'AIMS Workbench',
    creationDate: options.generatedAt,
    modDate: options.generatedAt,
  },
  header: (page) =>
    page === 1 ? null : { text: options.title, style: 'pageFrame', margin: [40, 24, 40, 0] },
  footer: (page, pageCount) => ({
    text: pageLabel(page, pageCount),
    style: 'pageFrame',
    alignment: 'right',
    margin: [40, 16, 40, 0],
  }),
  content: options.content,
  styles: PDF_STYLES,
  defaultStyle: { font: 'Roboto', fontSize: 10 },
});

export interface HeadingPlacement {
  /** Start the heading on a new page. */
  readonly pageBreak?: 'before' | undefined;
  /** The orientation of the new page and those after it (only with a page break). */
  readonly pageOrientation?: 'portrait' | 'landscape' | undefined;
}

export const heading = (text: string, placement: HeadingPlacement = {}): Content => ({
  text,
  style: 'heading',
  ...(placement.pageBreak === undefined ? {} : { pageBreak: placement.pageBreak }),
  ...(placement.pageOrientation === undefined
    ? {}
    : { pageOrientation: placement.pageOrientation }),
});

export const subheading = (text: string): Content => ({ text, style: 'subheading' });

/** A paragraph, or a muted placeholder when there is nothing to say yet. */
export const paragraph = (text: string, emptyText = 'Not stated.'): Content =>
  text.trim() === '' ? { text: emptyText, style: 'muted' } : { text };

export interface TableColumn {
  readonly header: string;
  /** A pdfmake width: a number of points, 'auto' or '*'. */
  readonly width?: number | 'auto' | '*' | undefined;
}

/**
 * A table whose header row repeats at the top of every page it runs onto;
 * rows are kept whole. Rows shorter than the columns are padded.
 */
export const dataTable = (
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  emptyText = 'None recorded.',
): Content => {
  if (rows.length === 0) return { text: emptyText, style: 'muted' };
  const headerRow: TableCell[] = columns.map((column) => ({
    text: column.header,
    style: 'tableHeader',
  }));
  const bodyRows: TableCell[][] = rows.map((row) =>
    columns.map((_, index) => ({ text: row[index] ?? '', style: 'tableBody' })),
  );
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: columns.map((column) => column.width ?? '*'),
      body: [headerRow, ...bodyRows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 8],
  };
};

/** Label and value pairs laid out as two columns, without lines. */
export const keyValueTable = (lines: readonly (readonly [string, string])[]): Content => ({
  table: {
    widths: [140, '*'],
    body: lines.map(([label, value]) => [
      { text: label, style: 'coverLabel' },
      { text: value, style: 'coverValue' },
    ]),
  },
  layout: 'noBorders',
});

export interface CoverBlock {
  readonly title: string;
  readonly organizationName: string;
  readonly version: string;
  /** Who approved it, or null while it is not approved. */
  readonly approver: string | null;
  readonly approvalDate: string | null;
  /** The text shown instead of approver and date while there is no approval. */
  readonly notApprovedText?: string | undefined;
  readonly extraLines?: readonly (readonly [string, string])[] | undefined;
}

/** The first page: title, organization, version, approval (or its absence) and any extra lines. */
export const coverBlock = (cover: CoverBlock): Content[] => {
  const approval: [string, string][] =
    cover.approver === null
      ? [['Approval', cover.notApprovedText ?? 'Draft — not approved']]
      : [
          ['Approved by', cover.approver],
          ['Approval date', cover.approvalDate ?? ''],
        ];
  return [
    { text: cover.title, style: 'documentTitle' },
    keyValueTable([
      ['Organization', cover.organizationName],
      ['Version', cover.version],
      ...approval,
      ...(cover.extraLines ?? []),
    ]),
  ];
};
