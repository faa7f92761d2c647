/**
 * The parts of an XLSX workbook around its sheets, and how any part is
 * parsed: inflated and fed to a streaming XML parser chunk by chunk, within
 * one byte budget for the whole file, yielding to other requests between
 * chunks.
 */
import { posix } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import {
  MAX_SHARED_STRINGS,
  MAX_UNPACKED_BYTES,
  MAX_XML_NODE_BYTES,
  fileTooLarge,
} from './import-limits.js';
import { entryBytes } from './zip-archive.js';
import type { ZipEntry } from './zip-archive.js';

type Tag = SaxesTagPlain;
export interface XmlHandlers {
  readonly open?: (name: string, tag: Tag) => void;
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

/** `x:row` and `row` are the same element. */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The bytes read so far, all parts together, and the longest stretch without a tag. */
export class Budget {
  private remaining = MAX_UNPACKED_BYTES;
  private sinceTag = 0;

  take(chunk: Buffer) {
    this.remaining -= chunk.length;
    if (this.remaining < 0) {
      throw fileTooLarge(`unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB`);
    }
    for (let from = 0; ;) {
      const tag = chunk.indexOf(0x3c, from);
      this.sinceTag += (tag === -1 ? chunk.length : tag) - from;
      if (this.sinceTag > MAX_XML_NODE_BYTES) {
        throw fileTooLarge(`holds a text of more than ${MAX_XML_NODE_BYTES / 1024 / 1024} MiB`);
      }
      if (tag === -1) return;
      this.sinceTag = 0;
      from = tag + 1;
    }
  }

  /**
   * A part read to its end that declares more than what is left is refused
   * before any of it is inflated. The sheet is not read to its end when it
   * passes the row limit, which then refuses it more helpfully.
   */
  startPart(entry: ZipEntry, readsToEnd: boolean) {
    if (readsToEnd && entry.declaredSize > this.remaining) {
      throw fileTooLarge(`unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB`);
    }
    this.sinceTag = 0;
  }
}

/** Parses one part as it inflates, yielding to other requests between chunks. */
export const parsePart = async (
  zip: Buffer,
  entry: ZipEntry,
  budget: Budget,
  handlers: XmlHandlers,
  { readsToEnd = true } = {},
) => {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  const { open, text, close } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  budget.startPart(entry, readsToEnd);
  const decoder = new TextDecoder();
  let inflated = 0;
  for await (const chunk of entryBytes(zip, entry)) {
    // A ZIP writer knows each part's size when it writes the directory: more is a bomb.
    inflated += chunk.length;
    if (inflated > entry.declaredSize) {
      throw fileTooLarge(
        `has a part that unpacks to more than the ${entry.declaredSize} bytes it declares`,
      );
    }
    budget.take(chunk);
    parser.write(decoder.decode(chunk, { stream: true }));
    await yieldToEventLoop();
  }
  parser.write(decoder.decode());
  parser.close();
};

/** Relationship ids to the part names they point at, resolved from `xl/`. */
export const readRelationships = async (
  zip: Buffer,
  entry: ZipEntry | undefined,
  budget: Budget,
) => {
  const targets = new Map<string, { type: string; part: string }>();
  if (!entry) return targets;
  await parsePart(zip, entry, budget, {
    open(name, tag) {
      const { Id: id, Target: target, Type: type = '' } = tag.attributes;
      if (name !== 'Relationship' || id === undefined || target === undefined) return;
      const part = target.startsWith('/') ? target.slice(1) : posix.join('xl', target);
      targets.set(id, { type, part });
    },
  });
  return targets;
};

/** The first sheet in tab order (its relationship id) and the date system. */
/** The relationship ids of the sheets in tab order, and the date system. */
export const readWorkbook = async (zip: Buffer, entry: ZipEntry | undefined, budget: Budget) => {
  const workbook = { sheets: [] as string[], date1904: false };
  if (!entry) return workbook;
  await parsePart(zip, entry, budget, {
    open(name, tag) {
      if (name === 'workbookPr') {
        workbook.date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
      } else if (name === 'sheet') {
        const idName = Object.keys(tag.attributes).find((key) => localName(key) === 'id');
        const id = idName === undefined ? undefined : tag.attributes[idName];
        if (id !== undefined) workbook.sheets.push(id);
      }
    },
  });
  return workbook;
};

/** Built-in number formats that show a date or time. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format shows a date when it has date or time letters outside quotes and brackets. */
const isDateFormat = (code: string) =>
  /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** For each cell style (the `s` of a cell), whether it shows numbers as dates. */
export const readDateStyles = async (zip: Buffer, entry: ZipEntry | undefined, budget: Budget) => {
  const formats = new Map<number, string>();
  const styles: number[] = [];
  let inCellStyles = false;
  if (entry) {
    await parsePart(zip, entry, budget, {
      open(name, tag) {
        if (name === 'numFmt') {
          formats.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
        } else if (name === 'cellXfs') inCellStyles = true;
        else if (name === 'xf' && inCellStyles) styles.push(Number(tag.attributes.numFmtId ?? 0));
      },
      close(name) {
        if (name === 'cellXfs') inCellStyles = false;
      },
    });
  }
  return styles.map((id) => {
    const code = formats.get(id);
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(code);
  });
};

/** The shared texts of the workbook, rich text joined, phonetic guides left out. */
export const readSharedStrings = async (
  zip: Buffer,
  entry: ZipEntry | undefined,
  budget: Budget,
) => {
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  await parsePart(zip, entry, budget, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = current !== undefined && phonetic === 0;
    },
    text(text) {
      if (inText) current?.push(text);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current) {
        strings.push(current.join(''));
        current = undefined;
        if (strings.length > MAX_SHARED_STRINGS) {
          throw fileTooLarge(`lists more than ${MAX_SHARED_STRINGS} texts`);
        }
      }
    },
  });
  return strings;
};

/** The part a relationship of the workbook points at, or the conventional name. */
export const partOf = (
  entries: ReadonlyMap<string, ZipEntry>,
  relationships: ReadonlyMap<string, { type: string; part: string }>,
  type: string,
  fallback: string,
) => {
  const related = [...relationships.values()].find((rel) => rel.type.endsWith(`/${type}`));
  return entries.get(related?.part ?? fallback) ?? entries.get(fallback);
};

/** The first worksheet by tab order; failing that, the lowest-numbered sheet part. */
export const firstSheetOf = (
  entries: ReadonlyMap<string, ZipEntry>,
  relationships: ReadonlyMap<string, { type: string; part: string }>,
  sheets: readonly string[],
) => {
  // Chart sheets have no cells: the first tab that is a worksheet.
  const first = sheets
    .map((id) => relationships.get(id))
    .find((related) => related?.type.endsWith('/worksheet') && entries.has(related.part));
  if (first) return entries.get(first.part);
  const parts = [...entries.keys()]
    .map((name) => ({ name, number: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] }))
    .filter((part) => part.number !== undefined)
    .sort((a, b) => Number(a.number) - Number(b.number));
  return parts[0] && entries.get(parts[0].name);
};
