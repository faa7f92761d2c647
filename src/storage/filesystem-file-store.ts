/**
 * The file store in a folder (`<root>/ab/abcdef…`), for the embedded
 * database. A write lands atomically (temporary file, flushed, then
 * renamed) and is stamped with the store's clock, which collection reads as
 * the time the file was last stored. A streamed write goes to a temporary
 * file in `<root>/incoming/` (its hash is known only at the end), then is
 * renamed to its address; a crashed one is swept by collection.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Clock } from '../domain/clock.js';
import { referencedAmong } from './file-references.js';
import { integrityFailed, isSha256Hex, meterStream, sha256Of } from './file-store.js';
import type { FileCollection, FileStore } from './file-store.js';

export interface FilesystemFileStore extends FileStore {
  readonly kind: 'filesystem';
  /** Where the file with this hash lives on disk. */
  pathOf(sha256: string): string;
}

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

/** The modification time in milliseconds, or null when the file is gone. */
const modifiedAt = async (path: string): Promise<number | null> => {
  try {
    return (await stat(path)).mtimeMs;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
};

const listShard = async (shard: string): Promise<string[]> => {
  try {
    return await readdir(shard);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
};

/** The folder of streamed writes in progress, inside the store. */
const INCOMING = 'incoming';

/** A file store in the folder given (created when first written). */
export const createFilesystemFileStore = (
  root: string,
  clock: Clock = { now: () => new Date() },
): FilesystemFileStore => {
  const absoluteRoot = resolve(root);
  const pathOf = (sha256: string): string => {
    // The hash becomes a path: anything but 64 hex digits could climb out of the folder.
    if (!isSha256Hex(sha256)) throw new Error(`Not a SHA-256 hex digest: ${sha256}`);
    return join(absoluteRoot, sha256.slice(0, 2), sha256);
  };

  /**
   * Removes a stored file unless it was stored again meanwhile: it is first
   * renamed aside, and a put that landed before the rename left a fresh
   * modification time on it, so it goes back.
   */
  const removeUnlessRestored = async (sha256: string, cutoffMs: number): Promise<number> => {
    const target = pathOf(sha256);
    const aside = `${target}.${randomUUID()}.collecting`;
    try {
      await rename(target, aside);
    } catch (error) {
      if (isMissing(error)) return -1;
      throw error;
    }
    const info = await stat(aside);
    if (info.mtimeMs >= cutoffMs) {
      await rename(aside, target);
      return -1;
    }
    await rm(aside, { force: true });
    return info.size;
  };

  /** Temporary files of a crashed write, and files left aside by a crashed collection. */
  const sweepLeftovers = async (path: string, name: string, cutoffMs: number) => {
    const mtime = await modifiedAt(path);
    if (mtime === null || mtime >= cutoffMs) return;
    const target = join(dirname(path), name.slice(0, 64));
    if (name.endsWith('.collecting') && (await modifiedAt(target)) === null) {
      await rename(path, target);
      return;
    }
    await rm(path, { force: true });
  };

  const incoming = join(absoluteRoot, INCOMING);

  /** Removes temporary files of streamed writes that crashed before the cutoff. */
  const sweepIncoming = async (cutoffMs: number) => {
    for (const name of await listShard(incoming)) {
      if (!name.endsWith('.tmp')) continue;
      const path = join(incoming, name);
      const mtime = await modifiedAt(path);
      if (mtime !== null && mtime < cutoffMs) await rm(path, { force: true });
    }
  };

  return {
    kind: 'filesystem',
    location: absoluteRoot,
    pathOf,

    async putStream(_executor, source, limits) {
      await mkdir(incoming, { recursive: true });
      const temporary = join(incoming, `${randomUUID()}.tmp`);
      try {
        const metered = meterStream(source, limits);
        const handle = await open(temporary, 'wx');
        try {
          for await (const chunk of metered.chunks) await handle.write(chunk);
          const at = clock.now();
          await handle.utimes(at, at);
          await handle.sync();
        } finally {
          await handle.close();
        }
        const stored = metered.result();
        const target = pathOf(stored.sha256);
        await mkdir(dirname(target), { recursive: true });
        await rename(temporary, target);
        return stored;
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async put(_executor, bytes) {
      const sha256 = sha256Of(bytes);
      const target = pathOf(sha256);
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}.tmp`;
      try {
        const handle = await open(temporary, 'wx');
        try {
          await handle.writeFile(bytes);
          const at = clock.now();
          await handle.utimes(at, at);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { sha256, size: bytes.byteLength };
    },

    async read(_executor, sha256) {
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(sha256));
      } catch (error) {
        if (isMissing(error)) throw integrityFailed(sha256, 'missing');
        throw error;
      }
      const actual = sha256Of(bytes);
      if (actual !== sha256) throw integrityFailed(sha256, 'hash_mismatch', actual);
      return bytes;
    },

    async collect(database, storedBefore): Promise<FileCollection> {
      const cutoffMs = Date.parse(storedBefore);
      const old: string[] = [];
      let keptFiles = 0;
      const shards = (await listShard(absoluteRoot)).filter((name) => /^[0-9a-f]{2}$/.test(name));
      for (const shard of shards) {
        for (const name of await listShard(join(absoluteRoot, shard))) {
          const path = join(absoluteRoot, shard, name);
          if (!isSha256Hex(name)) {
            if (/^[0-9a-f]{64}\..+\.(tmp|collecting)$/.test(name))
              await sweepLeftovers(path, name, cutoffMs);
            continue;
          }
          const mtime = await modifiedAt(path);
          if (mtime !== null && mtime < cutoffMs) old.push(name);
          else keptFiles += 1;
        }
      }
      await sweepIncoming(cutoffMs);
      const referenced = await referencedAmong(database.db, old);
      let removedFiles = 0;
      let removedBytes = 0;
      for (const sha256 of old) {
        const size = referenced.has(sha256) ? -1 : await removeUnlessRestored(sha256, cutoffMs);
        if (size < 0) keptFiles += 1;
        else {
          removedFiles += 1;
          removedBytes += size;
        }
      }
      return { removedFiles, removedBytes, keptFiles };
    },
  };
};
