import { describe, expect, it } from 'vitest';
import { deflatedPart, zipOf } from '../../../test/harness/spreadsheet-bombs.js';
import { ZipFormatError, entryBytes, readZipEntries } from './zip-archive.js';

const textOf = async (zip: Buffer, name: string) => {
  const entry = readZipEntries(zip).get(name);
  if (!entry) throw new Error(`no ${name}`);
  const chunks: Buffer[] = [];
  for await (const chunk of entryBytes(zip, entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString();
};

describe('ZIP archive entries', () => {
  it('lists the entries and inflates each, stored or deflated', async () => {
    const zip = zipOf([
      deflatedPart('a.xml', '<a>deflated</a>'),
      { ...deflatedPart('b.xml', 'x'), data: Buffer.from('stored'), size: 6, stored: true },
    ]);
    expect([...readZipEntries(zip).keys()]).toEqual(['a.xml', 'b.xml']);
    expect(await textOf(zip, 'a.xml')).toBe('<a>deflated</a>');
    expect(await textOf(zip, 'b.xml')).toBe('stored');
  });

  it('inflates what is there, whatever size the archive declares', async () => {
    const content = 'z'.repeat(100_000);
    const zip = zipOf([{ ...deflatedPart('big.xml', content), declaredSize: 10 }]);
    expect(readZipEntries(zip).get('big.xml')?.declaredSize).toBe(10);
    expect((await textOf(zip, 'big.xml')).length).toBe(100_000);
  });

  it('reads sizes and offsets from the ZIP64 extra field', async () => {
    const zip = zipOf([deflatedPart('a.xml', '<a/>')]);
    // Rewrite the directory entry: sizes and offset 0xffffffff, the real values in a ZIP64 extra field.
    const directory = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const compressed = zip.readUInt32LE(directory + 20);
    const size = zip.readUInt32LE(directory + 24);
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(size), 4);
    extra.writeBigUInt64LE(BigInt(compressed), 12);
    extra.writeBigUInt64LE(0n, 20);
    const entry = Buffer.from(zip.subarray(directory, directory + 46 + 5));
    entry.writeUInt32LE(0xffffffff, 20);
    entry.writeUInt32LE(0xffffffff, 24);
    entry.writeUInt32LE(0xffffffff, 42);
    entry.writeUInt16LE(extra.length, 30);
    const end = Buffer.from(zip.subarray(directory + 46 + 5));
    end.writeUInt32LE(entry.length + extra.length, 12);
    const zip64 = Buffer.concat([zip.subarray(0, directory), entry, extra, end]);
    expect(await textOf(zip64, 'a.xml')).toBe('<a/>');
  });

  it('refuses what is not a ZIP archive it can read', async () => {
    const zip = zipOf([deflatedPart('a.xml', '<a/>')]);
    const encrypted = Buffer.from(zip);
    encrypted.writeUInt16LE(1, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    const truncated = zip.subarray(0, zip.length - 30);
    for (const bad of [Buffer.from('not a zip'), encrypted, truncated]) {
      expect(() => readZipEntries(bad)).toThrow(ZipFormatError);
    }
    const corrupt = Buffer.from(zip);
    corrupt.fill(0xff, 30 + 'a.xml'.length, 30 + 'a.xml'.length + 4);
    await expect(textOf(corrupt, 'a.xml')).rejects.toThrow(ZipFormatError);
  });
});
