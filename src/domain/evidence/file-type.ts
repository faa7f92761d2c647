/**
 * The type of an uploaded evidence file, told by its content: the magic
 * bytes at its start, or (for text) whether its first bytes are UTF-8 text
 * without NUL or other control characters. The name a file carries and the type a browser declares are
 * never believed: a file named report.pdf that starts like a program is
 * refused. The table below is the whole rule; each entry checks a prefix of
 * the file (the first chunk of an upload, at most SNIFF_BYTES).
 */

/** How much of a file's start the sniffer reads. */
export const SNIFF_BYTES = 64 * 1024;

export const FILE_TYPE_IDS = [
  'pdf',
  'png',
  'jpeg',
  'gif',
  'webp',
  'docx',
  'xlsx',
  'pptx',
  'ole',
  'zip',
  'json',
  'csv',
  'text',
] as const;
export type FileTypeId = (typeof FILE_TYPE_IDS)[number];

export interface FileType {
  readonly id: FileTypeId;
  readonly label: string;
  /** The media type a download is sent with. */
  readonly mediaType: string;
}

export const FILE_TYPES: Readonly<Record<FileTypeId, FileType>> = {
  pdf: { id: 'pdf', label: 'PDF document', mediaType: 'application/pdf' },
  png: { id: 'png', label: 'PNG image', mediaType: 'image/png' },
  jpeg: { id: 'jpeg', label: 'JPEG image', mediaType: 'image/jpeg' },
  gif: { id: 'gif', label: 'GIF image', mediaType: 'image/gif' },
  webp: { id: 'webp', label: 'WebP image', mediaType: 'image/webp' },
  docx: {
    id: 'docx',
    label: 'Word document (docx)',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    id: 'xlsx',
    label: 'Excel workbook (xlsx)',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pptx: {
    id: 'pptx',
    label: 'PowerPoint presentation (pptx)',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  ole: {
    id: 'ole',
    label: 'Legacy Office document (doc, xls, ppt)',
    mediaType: 'application/x-ole-storage',
  },
  zip: { id: 'zip', label: 'ZIP archive', mediaType: 'application/zip' },
  json: { id: 'json', label: 'JSON', mediaType: 'application/json' },
  csv: { id: 'csv', label: 'CSV table', mediaType: 'text/csv; charset=utf-8' },
  text: { id: 'text', label: 'Plain text', mediaType: 'text/plain; charset=utf-8' },
};

/** Every type is allowed unless the configuration narrows the list. */
export const DEFAULT_ALLOWED_FILE_TYPES: readonly FileTypeId[] = FILE_TYPE_IDS;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Whether the ASCII text occurs anywhere in the bytes. */
const contains = (bytes: Uint8Array, text: string): boolean => {
  const needle = ascii(text);
  const [first] = needle;
  for (
    let index = bytes.indexOf(first ?? 0);
    index >= 0;
    index = bytes.indexOf(first ?? 0, index + 1)
  ) {
    if (startsWith(bytes, needle, index)) return true;
  }
  return false;
};

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];

/**
 * An OOXML package is a ZIP whose entries include [Content_Types].xml and the
 * part folder of its application; the names of the first entries stand in
 * the clear in their local headers, inside the sniffed prefix.
 */
const officePackage = (bytes: Uint8Array): FileTypeId => {
  if (!contains(bytes, '[Content_Types].xml')) return 'zip';
  if (contains(bytes, 'word/')) return 'docx';
  if (contains(bytes, 'xl/')) return 'xlsx';
  if (contains(bytes, 'ppt/')) return 'pptx';
  return 'zip';
};

interface BinarySignature {
  readonly matches: (bytes: Uint8Array) => boolean;
  readonly type: (bytes: Uint8Array) => FileTypeId;
}

/** Binary formats by their magic bytes, tried in order. */
const BINARY_SIGNATURES: readonly BinarySignature[] = [
  { matches: (b) => startsWith(b, ascii('%PDF-')), type: () => 'pdf' },
  {
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    type: () => 'png',
  },
  { matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]), type: () => 'jpeg' },
  {
    matches: (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')),
    type: () => 'gif',
  },
  {
    matches: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
    type: () => 'webp',
  },
  {
    matches: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    type: () => 'ole',
  },
  {
    matches: (b) => startsWith(b, ZIP_LOCAL_HEADER) || startsWith(b, ZIP_EMPTY_ARCHIVE),
    type: officePackage,
  },
];

/** Bytes a UTF-8 sequence starting with this lead byte has in all; 0 for a byte that cannot lead. */
const sequenceLength = (lead: number): number => {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
};

/** The allowed range of the second byte after a lead byte (excludes overlongs and surrogates). */
const secondByteRange = (lead: number): readonly [number, number] => {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
};

/** The control characters text may hold: tab, line feed, form feed, carriage return, escape. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

/**
 * Whether the bytes are UTF-8 text without NUL or other control characters
 * (binary formats are full of them). When they are only the
 * start of a file (`isWhole` false), a sequence cut off at the very end is
 * accepted: the rest of it lies beyond the prefix.
 */
export const isUtf8Text = (bytes: Uint8Array, isWhole: boolean): boolean => {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if ((lead < 0x20 && !TEXT_CONTROLS.has(lead)) || lead === 0x7f) return false;
    const length = sequenceLength(lead);
    if (length === 0) return false;
    for (let offset = 1; offset < length; offset += 1) {
      const position = index + offset;
      if (position >= bytes.length) return !isWhole;
      const byte = bytes[position] ?? 0;
      const [low, high] = offset === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (byte < low || byte > high) return false;
    }
    index += length;
  }
  return true;
};

/** The text of UTF-8 bytes already checked; a sequence cut off at the end becomes U+FFFD. */
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** Without a byte-order mark and leading blanks. */
const trimmedStart = (text: string): string => text.replace(/^\uFEFF/, '').trimStart();

/**
 * JSON when the text opens an object or array and, when the whole file was
 * read, parses. A cut-off prefix cannot be parsed, so its opening decides.
 */
const looksLikeJson = (text: string, isWhole: boolean): boolean => {
  const start = trimmedStart(text);
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  if (!isWhole) return true;
  try {
    JSON.parse(start);
    return true;
  } catch {
    return false;
  }
};

const DELIMITERS = [',', ';', '\t'] as const;

/** Delimiters outside double quotes in one line. */
const delimitersIn = (line: string, delimiter: string): number => {
  let count = 0;
  let isQuoted = false;
  for (const char of line) {
    if (char === '"') isQuoted = !isQuoted;
    else if (char === delimiter && !isQuoted) count += 1;
  }
  return count;
};

/**
 * A CSV table: at least two complete lines, each with the same number (one
 * or more) of one delimiter outside quotes, over the first lines read.
 */
const looksLikeCsv = (text: string, isWhole: boolean): boolean => {
  const lines = trimmedStart(text).split(/\r?\n/);
  if (!isWhole) lines.pop();
  const rows = lines.filter((line) => line.trim() !== '').slice(0, 20);
  if (rows.length < 2) return false;
  return DELIMITERS.some((delimiter) => {
    const [first, ...rest] = rows.map((row) => delimitersIn(row, delimiter));
    return first !== undefined && first > 0 && rest.every((count) => count === first);
  });
};

/**
 * The type of a file from its first bytes (`prefix`, at most SNIFF_BYTES);
 * `isWhole` says the prefix is the entire file. Null when no type fits:
 * an empty file, binary data of an unknown format, or broken text.
 */
export const sniffFileType = (prefix: Uint8Array, isWhole: boolean): FileTypeId | null => {
  if (prefix.length === 0) return null;
  const signature = BINARY_SIGNATURES.find((candidate) => candidate.matches(prefix));
  if (signature) return signature.type(prefix);
  if (!isUtf8Text(prefix, isWhole)) return null;
  const text = decode(prefix);
  if (looksLikeJson(text, isWhole)) return 'json';
  if (looksLikeCsv(text, isWhole)) return 'csv';
  return 'text';
};

/** Parses a comma-separated list of type ids (configuration); undefined when one is unknown. */
export const parseFileTypeList = (text: string): FileTypeId[] | undefined => {
  const parts = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const known = new Set<string>(FILE_TYPE_IDS);
  if (parts.some((part) => !known.has(part))) return undefined;
  return FILE_TYPE_IDS.filter((id) => parts.includes(id));
};
