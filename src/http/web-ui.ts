/**
 * The built web UI (dist/web): files under /assets/ carry a content hash in
 * their name, so browsers keep them for a year without asking again; every
 * other file (index.html) is revalidated on each load, so a new release is
 * picked up at once. Each text file is served from the `.br` or `.gz` copy
 * written beside it at build time when the browser accepts that encoding.
 * Client routes (`/orgs/…`) answer with index.html under the same rule,
 * from the shell read at start (web-shell.ts).
 */
import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { loadWebShell, type WebShell } from './web-shell.js';

export const HASHED_ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

const HASHED_ASSETS_DIR = 'assets';

/** Paths the SPA fallback never answers: a missing script is a 404, not a page. */
export const isWebPagePath = (url: string) => {
  const path = url.split('?')[0] ?? '';
  return path !== '/api' && !path.startsWith('/api/') && !path.startsWith(`/${HASHED_ASSETS_DIR}/`);
};

/** Requests the shell answers: a page loaded (GET) or checked (HEAD) by its address. */
export const isWebPageRequest = (method: string, url: string) =>
  (method === 'GET' || method === 'HEAD') && isWebPagePath(url);

export const registerWebUi = async (app: FastifyInstance, webRoot: string): Promise<WebShell> => {
  const shell = loadWebShell(webRoot, REVALIDATE_CACHE_CONTROL);
  const isHashedAsset = (filePath: string) =>
    relative(webRoot, filePath).split(sep)[0] === HASHED_ASSETS_DIR;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    // The compressed copies are found beside the file they stand for, never asked for by name.
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      void reply.header(
        'cache-control',
        isHashedAsset(filePath) ? HASHED_ASSET_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL,
      );
    },
  });
  return shell;
};
