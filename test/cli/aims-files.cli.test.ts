/** `aims files collect` and `aims files import` as an operator runs them, beside a server's data. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argon2idHasher } from '../../src/services/password-hasher.js';
import { openRuntime } from '../../src/services/runtime.js';
import type { Runtime } from '../../src/services/runtime.js';
import type { FileStoreKind } from '../../src/storage/file-store.js';
import { createFilesystemFileStore } from '../../src/storage/filesystem-file-store.js';
import { runAims } from '../harness/cli.js';
import { testDatabaseForSuite } from '../harness/database.js';
import { TestClock, createAuditee } from '../harness/services.js';
import type { TestUser } from '../harness/services.js';

/** A database of its own, the operator's runtimes over it, and an organization with a manager. */
const suite = () => {
  const db = testDatabaseForSuite();
  const oldFolder = mkdtempSync(join(tmpdir(), 'aims-old-files-'));
  // Files stored long ago, so the command (on the real clock) finds them past the grace period.
  const clock = new TestClock('2020-01-01T09:00:00.000Z');
  const runtimes: Runtime[] = [];
  let organizationId: string;
  let manager: TestUser;

  const open = async (options: { fileStore?: FileStoreKind; filesDir?: string } = {}) => {
    const runtime = await openRuntime(db.config, {
      clock,
      passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
      auditKey: db.auditKey,
      ...options,
    });
    runtimes.push(runtime);
    return runtime.services;
  };
  const attached = async (services: Runtime['services'], bytes: Buffer) => {
    const doc = await services.documents.create(manager.actor, organizationId, {
      title: `Procedure ${randomBytes(4).toString('hex')}`,
      kind: 'procedure',
    });
    const ids = { documentId: doc.id, versionId: doc.versions[0]?.id ?? '' };
    await services.documentVersions.attachFile(manager.actor, organizationId, ids, {
      fileName: 'procedure.pdf',
      mediaType: 'application/pdf',
      bytes,
    });
    return ids;
  };

  beforeAll(async () => {
    const services = await open();
    ({
      organization: { id: organizationId },
      manager,
    } = await createAuditee(services));
  });
  afterAll(async () => {
    for (const runtime of runtimes) await runtime.close();
    rmSync(oldFolder, { recursive: true, force: true });
  });
  return {
    db,
    oldFolder,
    open,
    attached,
    get organizationId() {
      return organizationId;
    },
    get manager() {
      return manager;
    },
  };
};

describe('aims files collect', () => {
  const fixture = suite();
  const { db, open, attached } = fixture;
  it('collects the files no record references and keeps the rest', async () => {
    const services = await open();
    const replaced = randomBytes(3000);
    const current = randomBytes(2000);
    const ids = await attached(services, replaced);
    await services.documentVersions.attachFile(fixture.manager.actor, fixture.organizationId, ids, {
      fileName: 'procedure.pdf',
      mediaType: 'application/pdf',
      bytes: current,
    });

    const result = await runAims(db.env, ['files', 'collect', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      removedFiles: 1,
      removedBytes: replaced.length,
      keptFiles: 1,
    });
    const read = await services.documentVersions.readFile(
      fixture.manager.actor,
      fixture.organizationId,
      ids,
    );
    expect(read.bytes.equals(current)).toBe(true);
    const again = await runAims(db.env, ['files', 'collect']);
    expect(again.stdout).toMatch(/^0 file\(s\) removed \(0 bytes\), 1 kept, in /);
  });
});

describe('aims files import', () => {
  const fixture = suite();
  const { db, open, attached, oldFolder } = fixture;
  it('imports the referenced files of an old files folder into the database, verified by hash', async () => {
    const onDisk = await open({ fileStore: 'filesystem', filesDir: oldFolder });
    const intact = randomBytes(300_000);
    const damaged = randomBytes(1000);
    const intactIds = await attached(onDisk, intact);
    const damagedIds = await attached(onDisk, damaged);
    const oldStore = createFilesystemFileStore(oldFolder);
    const damagedSha = (
      await onDisk.documentVersions.readFile(
        fixture.manager.actor,
        fixture.organizationId,
        damagedIds,
      )
    ).file.sha256;
    writeFileSync(oldStore.pathOf(damagedSha), 'damaged on disk');
    const env = { ...db.env, AIMS_FILE_STORE: 'database' };

    const first = await runAims(env, ['files', 'import', '--from', oldFolder, '--json']);
    expect(first.code).toBe(5);
    expect(JSON.parse(first.stderr)).toMatchObject({
      code: 'FILE_IMPORT_INCOMPLETE',
      details: { damaged: [damagedSha] },
    });
    expect(JSON.parse(first.stdout)).toMatchObject({
      referenced: 2,
      copied: 1,
      present: 0,
      missing: [],
      damaged: [damagedSha],
    });

    await oldStore.put(db.database.db, damaged);
    const second = await runAims(env, ['files', 'import', '--from', oldFolder]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(
      /^1 file\(s\) copied from .*, 1 already stored, 0 missing, 0 damaged \(of 2 referenced\)\.\n$/,
    );

    const inDatabase = await open({ fileStore: 'database' });
    for (const [ids, bytes] of [
      [intactIds, intact],
      [damagedIds, damaged],
    ] as const) {
      const read = await inDatabase.documentVersions.readFile(
        fixture.manager.actor,
        fixture.organizationId,
        ids,
      );
      expect(read.bytes.equals(bytes)).toBe(true);
    }
  });

  it('refuses a folder that does not exist', async () => {
    const result = await runAims(db.env, ['files', 'import', '--from', join(oldFolder, 'nope')]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('FILE_IMPORT_FOLDER_NOT_FOUND');
  });
});
