/**
 * Two server instances over one database, as behind a load balancer: a
 * document file uploaded through one downloads, byte for byte, through the
 * other. On PostgreSQL each instance has a folder of its own, as on separate
 * hosts, and the bytes live in the database itself; on SQLite both instances
 * use the folder beside the database file.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { argon2idHasher } from '../../src/services/password-hasher.js';
import { openRuntime } from '../../src/services/runtime.js';
import type { Runtime } from '../../src/services/runtime.js';
import { sha256Of } from '../../src/storage/file-store.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';
import { OPERATOR, createAuditee } from '../harness/services.js';
import { multipartFile } from '../harness/upload.js';

describe('a document file on two instances', () => {
  let db: TestDatabase;
  const runtimes: Runtime[] = [];
  const apps: FastifyInstance[] = [];
  const hosts: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let index = 0; index < 2; index += 1) {
      const host = mkdtempSync(join(tmpdir(), 'aims-host-'));
      hosts.push(host);
      const runtime = await openRuntime(db.config, {
        passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
        auditKey: db.auditKey,
        ...(db.database.kind === 'postgres' ? { filesDir: join(host, 'files') } : {}),
      });
      runtimes.push(runtime);
      apps.push(await buildApp({ services: runtime.services }));
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const runtime of runtimes) await runtime.close();
    await db.cleanup();
    for (const host of hosts) rmSync(host, { recursive: true, force: true });
  });

  it('is stored by the instance that took the upload and served by the other', async () => {
    const [first, second] = runtimes.map((runtime) => runtime.services);
    const [upstream, downstream] = apps;
    if (!first || !second || !upstream || !downstream) throw new Error('two instances expected');
    expect(first.files.store.kind).toBe(
      db.database.kind === 'postgres' ? 'database' : 'filesystem',
    );
    const { organization, manager } = await createAuditee(first);
    const { token } = await first.auth.createApiTokenFor(OPERATOR, manager.id, 'test');
    const headers = { authorization: `Bearer ${token}` };
    const created = await first.documents.create(manager.actor, organization.id, {
      title: 'AI policy',
      kind: 'ai_policy',
    });
    const url = `/api/v1/orgs/${organization.id}/documents/${created.id}/versions/${created.versions[0]?.id ?? ''}/file`;
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(700_000)]);

    const upload = multipartFile('policy.pdf', bytes);
    const stored = await upstream.inject({
      method: 'PUT',
      url,
      payload: upload.payload,
      headers: { ...headers, ...upload.headers },
    });
    expect(stored.statusCode, stored.body).toBe(200);
    const download = await downstream.inject({ method: 'GET', url, headers });
    expect(download.statusCode, download.body).toBe(200);
    expect(download.headers['x-content-sha256']).toBe(sha256Of(bytes));
    expect(download.rawPayload.equals(bytes)).toBe(true);
  });
});
