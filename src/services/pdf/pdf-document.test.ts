import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { coverBlock, dataTable, framedDocument, pageLabel, renderPdf } from './pdf-document.js';

const GENERATED_AT = new Date('2026-12-01T09:30:00.000Z');

const pagesOf = async (buffer: Buffer) => {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).pages.map((page) => page.text.replace(/\s+/g, ' '));
  } finally {
    await parser.destroy();
  }
};

describe('PDF kit', () => {
  it('builds tables whose header row repeats on every page', () => {
    expect(dataTable([{ header: 'A', width: 40 }, { header: 'B' }], [['1'], ['2', 'two']])).toEqual(
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [40, '*'],
          body: [
            [
              { text: 'A', style: 'tableHeader' },
              { text: 'B', style: 'tableHeader' },
            ],
            [
              { text: '1', style: 'tableBody' },
              { text: '', style: 'tableBody' },
            ],
            [
              { text: '2', style: 'tableBody' },
              { text: 'two', style: 'tableBody' },
            ],
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 2, 0, 8],
      },
    );
    expect(dataTable([{ header: 'A' }], [])).toEqual({ text: 'None recorded.', style: 'muted' });
  });

  it('frames pages with the title after the cover and "Page n of m" on each', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => [`Row ${index + 1}`, 'value']);
    const buffer = await renderPdf(
      framedDocument({
        title: 'Statement of applicability',
        generatedAt: GENERATED_AT,
        content: [
          ...coverBlock({
            title: 'Statement of applicability',
            organizationName: 'Northwind Bank AG',
            version: '2',
            approver: 'Morgan Keller',
            approvalDate: '2026-11-30',
            extraLines: [['Scope', 'Retail banking']],
          }),
          { text: '', pageBreak: 'after' },
          dataTable([{ header: 'Control' }, { header: 'Decision' }], rows),
        ],
      }),
    );
    const pages = await pagesOf(buffer);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toContain(
      'Organization Northwind Bank AG Version 2 Approved by Morgan Keller',
    );
    expect(pages[0]).toContain('Approval date 2026-11-30 Scope Retail banking');
    pages.forEach((text, index) => {
      expect(text).toContain(pageLabel(index + 1, pages.length));
      expect(text.includes('Statement of applicability')).toBe(true);
      if (index > 0) expect(text).toContain('Control Decision');
    });
    expect(pages[0]).not.toContain('Control Decision');
  });

  it('says a document without approval is a draft', () => {
    const [, lines] = coverBlock({
      title: 'T',
      organizationName: 'O',
      version: '1',
      approver: null,
      approvalDate: null,
    });
    expect(lines).toMatchObject({
      table: {
        body: [
          [{ text: 'Organization' }, { text: 'O' }],
          [{ text: 'Version' }, { text: '1' }],
          [{ text: 'Approval' }, { text: 'Draft — not approved' }],
        ],
      },
    });
  });

  it.each([
    ['a local file', '/etc/hostname', 'Access to local file denied'],
    ['a URL', 'https://example.org/logo.png', 'Access to URL denied'],
  ])('never reads %s a document names', async (_case, source, message) => {
    await expect(
      renderPdf({
        ...framedDocument({ title: 'T', generatedAt: GENERATED_AT, content: [{ image: 'logo' }] }),
        images: { logo: source },
      }),
    ).rejects.toThrow(message);
  });
});
