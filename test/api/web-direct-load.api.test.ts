/**
 * Every client route loaded directly (typed in the address bar, reloaded,
 * opened from a bookmark) answers the web UI's shell: many fresh requests
 * with the Accept and Accept-Encoding headers browsers, proxies and tools
 * send, GET and HEAD, and also while dist/web is being rebuilt under the
 * running server. Unknown API paths keep their JSON 404, missing assets 404.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { chooseShellEncoding } from '../../src/http/web-shell.js';
import { orgApiForSuite } from '../harness/org-api.js';

const BUILT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const APP_ROUTES_SOURCE = fileURLToPath(new URL('../../src/web/app.tsx', import.meta.url));
const ORG = '0190a0b0-0000-7000-8000-000000000001';
const RECORD = '0190a0b0-0000-7000-8000-000000000002';

/** One address per route of src/web/app.tsx (checked below), with the shapes addresses take. */
const CLIENT_ROUTES = [
  '/',
  '/sign-in',
  '/sign-in?next=%2Forgs',
  '/invitation?token=abc.def',
  '/catalog',
  '/catalog?clause=6.1.2',
  '/account',
  '/settings',
  `/orgs/${ORG}`,
  `/orgs/${ORG}/scope`,
  `/orgs/${ORG}/ai-systems`,
  `/orgs/${ORG}/ai-systems/${RECORD}`,
  `/orgs/${ORG}/ai-systems?sort=-name&page=2`,
  `/orgs/${ORG}/context`,
  `/orgs/${ORG}/obligations`,
  `/orgs/${ORG}/obligations/${RECORD}`,
  `/orgs/${ORG}/objectives`,
  `/orgs/${ORG}/objectives/${RECORD}`,
  `/orgs/${ORG}/documents`,
  `/orgs/${ORG}/documents/${RECORD}`,
  `/orgs/${ORG}/required-documents`,
  `/orgs/${ORG}/risk-criteria`,
  `/orgs/${ORG}/risks`,
  `/orgs/${ORG}/risks/${RECORD}`,
  `/orgs/${ORG}/risks?likelihood=4&consequence=5`,
  `/orgs/${ORG}/risk-treatment-plan`,
  `/orgs/${ORG}/soa`,
  `/orgs/${ORG}/soa/A.6.2.4`,
  `/orgs/${ORG}/organization-controls`,
  `/orgs/${ORG}/evidence`,
  `/orgs/${ORG}/evidence/${RECORD}`,
  `/orgs/${ORG}/evidence?control=A.6.2.4&freshness=expiring`,
  `/orgs/${ORG}/impact-assessments`,
  `/orgs/${ORG}/impact-assessments/${RECORD}`,
  `/orgs/${ORG}/members`,
  `/orgs/${ORG}/audit-trail`,
  `/orgs/${ORG}/audit-trail?entityId=${RECORD}`,
  `/orgs/${ORG}/notifications`,
  '/orgs/',
  '/catalog/A.6.2.4',
  '/no-such-page',
  '/index.html.br',
];

const ACCEPT_ENCODINGS = [
  undefined,
  'gzip, deflate, br, zstd',
  'gzip, deflate, br',
  'br',
  'gzip',
  'deflate',
  'identity',
  '*',
  'br;q=0, gzip;q=0.8',
  'zstd',
];
const ACCEPTS = [
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  '*/*',
  'application/json',
  undefined,
];

const bodyOf = (response: LightMyRequestResponse) => {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload);
  if (encoding === 'gzip') return gunzipSync(response.rawPayload);
  return response.rawPayload;
};

describe('direct loads of the web UI’s pages', () => {
  const api = orgApiForSuite({ name: 'Direct Load Co' }, {});
  let webRoot: string;
  let shell: Buffer;
  let app: FastifyInstance;

  beforeAll(async () => {
    // A copy of the build, so the test may take it apart as a rebuild does.
    webRoot = mkdtempSync(join(tmpdir(), 'aims-web-'));
    cpSync(BUILT_WEB_ROOT, webRoot, { recursive: true });
    shell = readFileSync(join(webRoot, 'index.html'));
    app = await buildApp({ services: api.ctx.services, webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const expectShell = async (url: string, headers: Record<string, string>, method = 'GET') => {
    const response = await app.inject({ method: method as 'GET' | 'HEAD', url, headers });
    const label = `${method} ${url} ${JSON.stringify(headers)}`;
    expect(response.statusCode, label).toBe(200);
    expect(response.headers['content-type'], label).toMatch(/^text\/html/);
    expect(response.headers['cache-control'], label).toBe('no-cache');
    if (method === 'GET') expect(bodyOf(response).equals(shell), label).toBe(true);
    return response;
  };

  const headersFor = (accept: string | undefined, encoding: string | undefined) => ({
    ...(accept === undefined ? {} : { accept }),
    ...(encoding === undefined ? {} : { 'accept-encoding': encoding }),
  });

  it('lists every route the web UI declares', () => {
    const source = readFileSync(APP_ROUTES_SOURCE, 'utf8');
    const declared = [
      ...[...source.matchAll(/path: '([^':*]+)'/g)].map((match) => match[1] ?? ''),
      ...[...source.matchAll(/recordRoute\('([^']+)'\)/g)].map((match) => `${match[1]}/`),
    ];
    expect(declared.length).toBeGreaterThan(15);
    for (const path of declared)
      expect(
        CLIENT_ROUTES.some((url) => url.split('?')[0]?.includes(path)),
        path,
      ).toBe(true);
  });

  it('answers the shell for every route, many times, whatever the browser accepts', async () => {
    for (let round = 0; round < 3; round += 1)
      for (const url of CLIENT_ROUTES)
        for (const encoding of ACCEPT_ENCODINGS)
          for (const accept of ACCEPTS) await expectShell(url, headersFor(accept, encoding));
  });

  it('answers HEAD on a page as it answers GET, without a body', async () => {
    for (const url of CLIENT_ROUTES) {
      const response = await expectShell(url, { 'accept-encoding': 'br' }, 'HEAD');
      expect(response.rawPayload.length, url).toBe(0);
    }
  });

  it('answers a revalidation of the shell with 304', async () => {
    const url = `/orgs/${ORG}/documents`;
    const first = await expectShell(url, { 'accept-encoding': 'gzip, deflate, br' });
    const etag = String(first.headers.etag);
    const again = await app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br', 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('keeps answering unknown API paths and missing assets with JSON 404s', async () => {
    for (const url of ['/api', '/api/v1/nothing-here', `/api/v1/orgs/${ORG}/nope`, '/assets/x.js'])
      for (const method of ['GET', 'HEAD'] as const) {
        const response = await app.inject({
          method,
          url,
          headers: { accept: 'text/html', 'accept-encoding': 'br' },
        });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.headers['content-type'], url).toMatch(/^application\/json/);
      }
  });

  it('still answers the shell while dist/web is being rebuilt under the running server', async () => {
    // A build empties dist/web first and writes index.html last.
    for (const file of ['index.html', 'index.html.br', 'index.html.gz'])
      rmSync(join(webRoot, file));
    for (const url of CLIENT_ROUTES)
      for (const encoding of ACCEPT_ENCODINGS)
        await expectShell(url, headersFor(undefined, encoding));
  });
});

describe('the shell’s content coding', () => {
  const all = new Set(['br', 'gzip', 'identity'] as const);

  it('prefers brotli, then gzip, and honours q-values and *', () => {
    expect(chooseShellEncoding('gzip, deflate, br, zstd', all)).toBe('br');
    expect(chooseShellEncoding('br;q=0.5, gzip', all)).toBe('gzip');
    expect(chooseShellEncoding('br;q=0, *', all)).toBe('gzip');
    expect(chooseShellEncoding('*;q=0', all)).toBe('identity');
    expect(chooseShellEncoding('deflate', all)).toBe('identity');
    expect(chooseShellEncoding(undefined, all)).toBe('identity');
    expect(chooseShellEncoding('br', new Set(['identity'] as const))).toBe('identity');
  });
});
