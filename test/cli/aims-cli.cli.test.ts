/**
 * The `aims` command as a user runs it: a separate process on the same data
 * (a SQLite folder or a PostgreSQL database) as the server.
 */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { runAims } from '../harness/cli.js';
import { testDatabaseForSuite } from '../harness/database.js';
import { openRuntime } from '../../src/services/runtime.js';
import type { Runtime } from '../../src/services/runtime.js';

describe('aims CLI', () => {
  const db = testDatabaseForSuite({ migrate: false });
  const aims = (args: string[], input = '') => runAims(db.env, args, input);

  it('prints help listing every command', async () => {
    const result = await aims(['--help']);
    expect(result.code).toBe(0);
    for (const command of [
      'serve',
      'migrate',
      'seed-demo',
      'org',
      'user',
      'token',
      'catalog',
      'verify-log',
    ]) {
      expect(result.stdout).toContain(command);
    }
  });

  it('migrates an empty database and reports the version as JSON', async () => {
    const result = await aims(['migrate', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { applied: string[]; version: string };
    expect(report.applied.length).toBeGreaterThan(0);
    expect(report.version).toBe(report.applied.at(-1));
  });

  it('creates an organization, a user with a password from stdin, and a working API token', async () => {
    const org = await aims(['org', 'create', '--name', 'Cli Co', '--kind', 'auditee', '--json']);
    expect(org.code).toBe(0);
    const { id: orgId } = JSON.parse(org.stdout) as { id: string };

    const user = await aims(
      [
        'user',
        'create',
        '--email',
        'ops@cli.test',
        '--name',
        'Ops',
        '--org',
        orgId,
        '--role',
        'aims_manager',
        '--password-stdin',
        '--json',
      ],
      'a long enough password\n',
    );
    expect(user.code).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({
      user: { email: 'ops@cli.test' },
      membership: { role: 'aims_manager' },
    });

    const token = await aims(['token', 'create', '--email', 'ops@cli.test', '--json']);
    expect(token.code).toBe(0);
    const { token: secret } = JSON.parse(token.stdout) as { token: string };

    const runtime: Runtime = await openRuntime(db.config, { auditKey: db.auditKey });
    const app = await buildApp({ services: runtime.services });
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(me.statusCode).toBe(200);
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ops@cli.test', password: 'a long enough password' },
    });
    expect(signIn.statusCode).toBe(200);
    await app.close();
    await runtime.close();
  });

  it('reports bad input on stderr as {code, message} with a non-zero exit code', async () => {
    const result = await aims(['org', 'create', '--name', 'X', '--kind', 'vendor', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr)).toMatchObject({
      code: 'ORG_INVALID',
      message: expect.any(String),
    });
  });

  it('prints the catalog as JSON, and filters it by a search text', async () => {
    const all = await aims(['catalog', '--json']);
    const catalog = JSON.parse(all.stdout) as { annexA: { controls: unknown[] } };
    expect(catalog.annexA.controls).toHaveLength(38);

    const found = await aims(['catalog', 'event logs']);
    expect(found.stdout).toContain('A.6.2.8');
    expect(found.stdout).not.toContain('A.2.2 ');
  });

  it('verifies the audit trail, and fails naming the entry once a row is altered', async () => {
    const intact = await aims(['verify-log', '--json']);
    expect(intact.code).toBe(0);
    expect(JSON.parse(intact.stdout)).toMatchObject({ ok: true });

    const row = await db.database.db
      .selectFrom('audit_log_entry')
      .select('id')
      .where('action', '=', 'user.created')
      .executeTakeFirstOrThrow();
    await db.database.db
      .updateTable('audit_log_entry')
      .set({ actor_label: 'someone else' })
      .where('id', '=', row.id)
      .execute();

    const broken = await aims(['verify-log']);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain(row.id);
    expect(broken.stderr).toContain('AUDIT_LOG_CHAIN_BROKEN');
  });
});
