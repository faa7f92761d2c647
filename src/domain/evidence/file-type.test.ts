import { describe, expect, it } from 'vitest';
import { isUtf8Text, parseFileTypeList, sniffFileType } from './file-type.js';
import type { FileTypeId } from './file-type.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);
const ooxml = (folder: string) =>
  join(ZIP, text(`....[Content_Types].xml....${folder}document.xml`));

describe('sniffFileType', () => {
  const cases: [string, Uint8Array, boolean, FileTypeId | null][] = [
    ['a PDF', text('%PDF-1.7\n%âãÏÓ\n'), false, 'pdf'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), false, 'png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), false, 'jpeg'],
    ['a GIF 89a', text('GIF89a\x01\x00'), false, 'gif'],
    ['a GIF 87a', text('GIF87a'), true, 'gif'],
    ['a WebP', join(text('RIFF'), bytes(0x24, 0, 0, 0), text('WEBPVP8 ')), false, 'webp'],
    [
      'a RIFF that is not WebP (WAV)',
      join(text('RIFF'), bytes(0x24, 0, 0, 0), text('WAVEfmt ')),
      false,
      null,
    ],
    [
      'a legacy Office file',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0),
      false,
      'ole',
    ],
    ['a docx', ooxml('word/'), false, 'docx'],
    ['an xlsx', ooxml('xl/'), false, 'xlsx'],
    ['a pptx', ooxml('ppt/'), false, 'pptx'],
    ['a plain ZIP', join(ZIP, text('notes/readme.txt')), false, 'zip'],
    ['an empty ZIP', bytes(0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0), true, 'zip'],
    ['a Windows program named anything', join(text('MZ'), bytes(0x90, 0, 3, 0)), false, null],
    ['an ELF program', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1), false, null],
    ['a JSON object', text('{"controls": ["A.6.2.4"]}'), true, 'json'],
    ['a JSON array after a BOM and blanks', text('\uFEFF  \n[1, 2, 3]'), true, 'json'],
    ['a broken JSON object, whole', text('{"open": '), true, 'text'],
    ['the start of a long JSON object', text('{"records": [{"id": 1}, {"id"'), false, 'json'],
    ['a brace that opens prose', text('{draft} notes from the review'), true, 'text'],
    [
      'a CSV table',
      text('control,evidence,date\nA.6.2.4,Report,2026-11-01\nA.3.2,Roles,2026-10-01\n'),
      true,
      'csv',
    ],
    ['a semicolon CSV with a quoted delimiter', text('a;b\n"x;y";2\n3;4\n'), true, 'csv'],
    ['lines with uneven commas', text('Dear auditor, hello.\nNo commas here\n'), true, 'text'],
    ['a single CSV-looking line', text('a,b,c'), true, 'text'],
    ['UTF-8 text with accents', text('Évaluation des risques — résumé\n'), true, 'text'],
    ['text with a bell character', text('ding\u0007'), true, null],
    ['a tab-separated table with CRLF', text('a\tb\r\nc\td\r\n'), true, 'csv'],
    ['text with a tab and CRLF', text('one\ttwo\r\nthree\r\n'), true, 'text'],
    ['text with a NUL byte', join(text('abc'), bytes(0), text('def')), true, null],
    ['Latin-1 bytes (not UTF-8)', bytes(0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9), true, null],
    ['an overlong UTF-8 encoding', bytes(0x41, 0xc0, 0xaf), true, null],
    ['a UTF-16 surrogate in UTF-8', bytes(0x41, 0xed, 0xa0, 0x80), true, null],
    ['an empty file', bytes(), true, null],
  ];

  it.each(cases)('tells %s', (_name, prefix, isWhole, expected) => {
    expect(sniffFileType(prefix, isWhole)).toBe(expected);
  });
});

describe('isUtf8Text', () => {
  const euro = text('€');
  it('accepts a sequence cut off at the end of a prefix, not at the end of a whole file', () => {
    const cut = join(text('cost: '), euro.subarray(0, 2));
    expect(isUtf8Text(cut, false)).toBe(true);
    expect(isUtf8Text(cut, true)).toBe(false);
  });

  it('refuses a continuation byte without a lead', () => {
    expect(isUtf8Text(bytes(0x41, 0x80), false)).toBe(false);
  });
});

describe('parseFileTypeList', () => {
  it('reads known ids in any case and order, in the table order', () => {
    expect(parseFileTypeList('PNG, pdf ,csv')).toEqual(['pdf', 'png', 'csv']);
  });
  it('refuses an unknown id or an empty list', () => {
    expect(parseFileTypeList('pdf,exe')).toBeUndefined();
    expect(parseFileTypeList(' , ')).toBeUndefined();
  });
});
