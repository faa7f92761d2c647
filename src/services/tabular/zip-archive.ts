/**
 * The entries of a ZIP archive held in memory (an XLSX file), found through
 * its central directory, and the bytes of one entry inflated as a stream. The
 * sizes an archive declares are not trusted: the caller counts what actually
 * comes out and stops reading when it passes the declared size or its budget.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly dataStart: number;
  readonly compressedSize: number;
  /** The uncompressed size the archive claims. */
  readonly declaredSize: number;
}

/** The archive is not one this reader takes: broken, encrypted, or compressed another way. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_ENTRIES = 10_000;
/** Small pieces keep each step of parsing short, so other requests wait little between them. */
const CHUNK_BYTES = 16 * 1024;

const u64 = (zip: Buffer, at: number) => Number(zip.readBigUInt64LE(at));

const directoryOf = (zip: Buffer) => {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  let end = zip.length - 22;
  while (end >= lowest && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < lowest) throw new ZipFormatError('no ZIP central directory');
  let count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== ZIP64_LOCATOR) {
      throw new ZipFormatError('no ZIP64 directory locator');
    }
    const record = u64(zip, locator + 8);
    if (zip.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) {
      throw new ZipFormatError('no ZIP64 end of directory');
    }
    count = u64(zip, record + 32);
    offset = u64(zip, record + 48);
  }
  if (count > MAX_ENTRIES) throw new ZipFormatError(`more than ${MAX_ENTRIES} ZIP entries`);
  return { count, offset };
};

/** Sizes and offset from the ZIP64 extra field, for the fields that say 0xffffffff. */
const zip64Values = (extra: Buffer, wanted: readonly boolean[]): (number | undefined)[] => {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      return wanted.map((isWanted) => {
        if (!isWanted) return undefined;
        const value = u64(extra, field);
        field += 8;
        return value;
      });
    }
    at += 4 + size;
  }
  throw new ZipFormatError('no ZIP64 sizes');
};

const entryAt = (zip: Buffer, at: number): { entry: ZipEntry; next: number } => {
  if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipFormatError('broken ZIP directory');
  const flags = zip.readUInt16LE(at + 8);
  if ((flags & 1) !== 0) throw new ZipFormatError('the workbook is encrypted');
  const method = zip.readUInt16LE(at + 10);
  if (method !== 0 && method !== 8) throw new ZipFormatError(`unknown compression ${method}`);
  let compressedSize = zip.readUInt32LE(at + 20);
  let declaredSize = zip.readUInt32LE(at + 24);
  const nameLength = zip.readUInt16LE(at + 28);
  const extraLength = zip.readUInt16LE(at + 30);
  const commentLength = zip.readUInt16LE(at + 32);
  let localOffset = zip.readUInt32LE(at + 42);
  const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
  const wanted = [declaredSize, compressedSize, localOffset].map((value) => value === 0xffffffff);
  if (wanted.some(Boolean)) {
    const extraStart = at + 46 + nameLength;
    const [size, compressed, offset] = zip64Values(
      zip.subarray(extraStart, extraStart + extraLength),
      wanted,
    );
    declaredSize = size ?? declaredSize;
    compressedSize = compressed ?? compressedSize;
    localOffset = offset ?? localOffset;
  }
  if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new ZipFormatError('broken ZIP entry');
  const dataStart =
    localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  if (dataStart + compressedSize > zip.length) throw new ZipFormatError('truncated ZIP entry');
  return {
    entry: { name, method, dataStart, compressedSize, declaredSize },
    next: at + 46 + nameLength + extraLength + commentLength,
  };
};

/** The entries by name (the first of a repeated name); throws ZipFormatError. */
export const readZipEntries = (zip: Buffer): ReadonlyMap<string, ZipEntry> => {
  try {
    const { count, offset } = directoryOf(zip);
    const entries = new Map<string, ZipEntry>();
    let at = offset;
    for (let index = 0; index < count; index++) {
      const { entry, next } = entryAt(zip, at);
      if (!entries.has(entry.name)) entries.set(entry.name, entry);
      at = next;
    }
    return entries;
  } catch (error) {
    // Reading past the end of the buffer is a broken archive too.
    if (error instanceof ZipFormatError) throw error;
    throw new ZipFormatError('broken ZIP archive', { cause: error });
  }
};

function* slices(data: Buffer) {
  for (let at = 0; at < data.length; at += CHUNK_BYTES) yield data.subarray(at, at + CHUNK_BYTES);
}

/**
 * The entry's bytes, inflated as they are read: nothing is inflated ahead of
 * the reader, and stopping the iteration stops the inflater.
 */
export async function* entryBytes(zip: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const source = Readable.from(slices(data), { objectMode: false });
  const inflater = entry.method === 8 ? createInflateRaw({ chunkSize: CHUNK_BYTES }) : undefined;
  const stream = inflater ? source.pipe(inflater) : source;
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw new ZipFormatError(`cannot inflate ${entry.name}`, { cause: error });
  } finally {
    source.destroy();
    inflater?.destroy();
  }
}
