/**
 * The text of a PDF as tests compare it: pdf-parse separates table cells
 * with tabs and may split lines, so runs of white space become one space.
 */
import { PDFParse } from 'pdf-parse';

export interface PdfText {
  /** The whole document's words. */
  readonly text: string;
  /** Each page's words, the first page at index 0. */
  readonly pages: readonly { readonly num: number; readonly text: string }[];
  readonly total: number;
}

const words = (text: string) => text.replace(/\s+/g, ' ');

export const pdfText = async (bytes: Uint8Array): Promise<PdfText> => {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return {
      text: words(result.text),
      pages: result.pages.map((page) => ({ num: page.num, text: words(page.text) })),
      total: result.total,
    };
  } finally {
    await parser.destroy();
  }
};
