/**
 * Answers over 1 KiB are compressed when the client asks (brotli, else gzip),
 * at settings cheap enough for answers computed per request: brotli quality 4
 * and gzip level 6 (measured in docs/benchmarks.md, "First load"). The web
 * UI's files come compressed from the build and pass through untouched;
 * event streams are never compressed (the plugin's default types leave
 * text/event-stream out). Request bodies are not decompressed: uploads are
 * read as sent, under their own size limits.
 */
import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

export const COMPRESSION_THRESHOLD_BYTES = 1024;
export const BROTLI_QUALITY = 4;
export const GZIP_LEVEL = 6;

export const registerCompression = async (app: FastifyInstance) => {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    threshold: COMPRESSION_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
    zlibOptions: { level: GZIP_LEVEL },
  });
};
