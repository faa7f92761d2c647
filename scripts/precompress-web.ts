/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of
 * the built web UI (dist/web), at the highest settings: done once per build,
 * the server then sends them as they are (@fastify/static `preCompressed`).
 * Run by `npm run build:web` after the Vite build.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const WEB_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));
const TEXT_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.map']);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
};

const precompress = async (file: string) => {
  const raw = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  return { raw: raw.length, br: br.length, gz: gz.length };
};

const files = await filesUnder(WEB_ROOT);
const sizes = await Promise.all(files.map(precompress));
const total = (key: 'raw' | 'br' | 'gz') => sizes.reduce((sum, size) => sum + size[key], 0);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
process.stdout.write(
  `Precompressed ${files.length} files in dist/web: ${kB(total('raw'))} → ` +
    `${kB(total('br'))} brotli, ${kB(total('gz'))} gzip\n`,
);
