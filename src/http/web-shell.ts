/**
 * The web UI's shell (index.html), answered for every client route
 * (`/orgs/…`, `/catalog`, …) from a copy read when the server starts. Read
 * from disk per request instead, a direct load made while dist/web was being
 * rebuilt found no index.html, and the not-found handler's own lookup failed
 * inside the not-found handler: Fastify then sends a bare "404 Not Found".
 * The copy is the release this server was started with, and the hashed
 * assets it names are the ones the static routes were set up for at start.
 * HEAD is answered like GET; conditional requests get a 304.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SHELL_FILE = 'index.html';

type ShellEncoding = 'br' | 'gzip' | 'identity';

interface ShellCopy {
  readonly body: Buffer;
  readonly etag: string;
}

export interface WebShell {
  /** Answers the request with the shell, compressed as the client accepts. */
  send(request: FastifyRequest, reply: FastifyReply): FastifyReply;
}

const etagOf = (body: Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

const readCopy = (path: string): ShellCopy | undefined => {
  if (!existsSync(path)) return undefined;
  const body = readFileSync(path);
  return { body, etag: etagOf(body) };
};

/** Quality of each coding named in Accept-Encoding (RFC 9110 §12.5.3); `*` stands for the rest. */
const acceptedQualities = (header: string | undefined) => {
  const qualities = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [coding = '', ...params] = part.split(';').map((token) => token.trim());
    if (coding === '') continue;
    const q = params.find((param) => param.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    qualities.set(coding, Number.isFinite(quality) ? quality : 0);
  }
  return qualities;
};

/** Brotli, else gzip, when accepted and a copy exists; identity otherwise. */
export const chooseShellEncoding = (
  header: string | undefined,
  available: ReadonlySet<ShellEncoding>,
): ShellEncoding => {
  const qualities = acceptedQualities(header);
  const qualityOf = (coding: string) => qualities.get(coding) ?? qualities.get('*') ?? 0;
  const candidates = (['br', 'gzip'] as const).filter(
    (coding) => available.has(coding) && qualityOf(coding) > 0,
  );
  let best: ShellEncoding = 'identity';
  let bestQuality = 0;
  for (const coding of candidates) {
    if (qualityOf(coding) > bestQuality) {
      best = coding;
      bestQuality = qualityOf(coding);
    }
  }
  return best;
};

const matchesIfNoneMatch = (header: string | undefined, etag: string) =>
  header !== undefined &&
  header.split(',').some((tag) => {
    const trimmed = tag.trim().replace(/^W\//, '');
    return trimmed === '*' || trimmed === etag;
  });

/** Reads the shell and its precompressed copies; throws when dist/web has no index.html. */
export const loadWebShell = (webRoot: string, cacheControl: string): WebShell => {
  const raw = readCopy(join(webRoot, SHELL_FILE));
  if (raw === undefined)
    throw new Error(`${join(webRoot, SHELL_FILE)} is missing: run \`npm run build:web\``);
  const copies = new Map<ShellEncoding, ShellCopy>([['identity', raw]]);
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    const copy = readCopy(join(webRoot, `${SHELL_FILE}${suffix}`));
    if (copy !== undefined) copies.set(encoding, copy);
  }
  const available = new Set(copies.keys());
  return {
    send(request, reply) {
      const encoding = chooseShellEncoding(request.headers['accept-encoding'], available);
      const copy = copies.get(encoding) ?? raw;
      void reply
        .header('cache-control', cacheControl)
        .header('vary', 'accept-encoding')
        .header('etag', copy.etag);
      if (matchesIfNoneMatch(request.headers['if-none-match'], copy.etag))
        return reply.status(304).send();
      if (encoding !== 'identity') void reply.header('content-encoding', encoding);
      return reply.status(200).type('text/html; charset=utf-8').send(copy.body);
    },
  };
};
