/**
 * Services over a fresh test database with a clock the test moves, and
 * argon2id at a low cost so that creating users stays quick.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { createServices } from '../../src/services/index.js';
import type { Actor, ServiceDeps, Services } from '../../src/services/index.js';
import { argon2idHasher } from '../../src/services/password-hasher.js';
import { loadAuditKey } from '../../src/services/audit-key.js';
import type { Role } from '../../src/domain/access/roles.js';
import type { Organization } from '../../src/storage/organization.repository.js';
import type { FileStoreKind } from '../../src/storage/file-store.js';
import type { Database } from '../../src/storage/database.js';
import { openFileStore } from '../../src/storage/open-file-store.js';
import { createTestDatabase } from './database.js';
import { suiteFixture, testFixture } from './fixture.js';
import type { TestDatabase } from './database.js';

export class TestClock {
  #now: number;
  constructor(start = '2026-12-01T09:00:00.000Z') {
    this.#now = Date.parse(start);
  }
  now = (): Date => new Date(this.#now);
  advanceSeconds(seconds: number): void {
    this.#now += seconds * 1000;
  }
}

export const OPERATOR: Actor = { kind: 'system', label: 'test' };

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestContext {
  readonly db: TestDatabase;
  readonly clock: TestClock;
  readonly services: Services;
}

/**
 * Optional parts of the services a test may set: e-mail, notification
 * settings, and which file store (default: the database's own default).
 */
export type TestDeps = Partial<Pick<ServiceDeps, 'mailer' | 'notifications' | 'evidence'>> & {
  readonly fileStore?: FileStoreKind;
  /** Called for every statement the services run (not BEGIN and COMMIT). */
  readonly onStatement?: () => void;
};

/** The database with every statement reported once it has run (subqueries are part of theirs). */
const watched = (database: Database, onStatement: () => void): Database => ({
  ...database,
  db: database.db.withPlugin({
    transformQuery: ({ node }) => node,
    transformResult: ({ result }) => {
      onStatement();
      return Promise.resolve(result);
    },
  }),
});

export const createTestContext = async (extra: TestDeps = {}): Promise<TestContext> => {
  const database = await createTestDatabase();
  const clock = new TestClock();
  const { fileStore, onStatement, ...deps } = extra;
  // A folder of its own: collection would otherwise judge other databases' files.
  const dir = fileStore ? mkdtempSync(join(tmpdir(), 'aims-files-')) : null;
  const db: TestDatabase = {
    ...database,
    async cleanup() {
      await database.cleanup();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  const services = createServices({
    database: onStatement ? watched(db.database, onStatement) : db.database,
    clock,
    newId: uuidv7,
    passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
    auditKey: await loadAuditKey(db.auditKey),
    ...(fileStore && dir
      ? { files: openFileStore(db.database, { kind: fileStore, dir, clock }) }
      : {}),
    ...deps,
  });
  return { db, clock, services };
};

/** A test context for the tests of a describe block: made before the first, removed after the last. */
export const testContextForSuite = (): TestContext =>
  suiteFixture(createTestContext, (ctx) => ctx.db.cleanup());

/** A test context made afresh for each test of a describe block. */
export const testContextForEachTest = (): TestContext =>
  testFixture(createTestContext, (ctx) => ctx.db.cleanup());

/** How many AI systems the organization has, read from the database itself. */
export const countAiSystems = async (ctx: TestContext, organizationId: string) =>
  (
    await ctx.db.database.db
      .selectFrom('ai_system')
      .select('id')
      .where('organization_id', '=', organizationId)
      .execute()
  ).length;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly actor: Actor;
}

/** Creates a user with the given roles in the organization, and an actor acting as them. */
export const createUser = async (
  services: Services,
  organization: Organization,
  roles: readonly Role[],
  email = `user-${unique()}@example.test`,
): Promise<TestUser> => {
  const [first, ...rest] = roles;
  const { user } = await services.organizations.createUser(OPERATOR, {
    email,
    name: `User ${email}`,
    password: TEST_PASSWORD,
    organizationId: organization.id,
    ...(first ? { role: first } : {}),
  });
  for (const role of rest)
    await services.organizations.addMember(OPERATOR, organization.id, { email, role });
  return {
    id: user.id,
    email: user.email,
    actor: {
      kind: 'user',
      userId: user.id,
      email: user.email,
      sessionId: null,
      apiTokenId: null,
      secondFactor: false,
    },
  };
};

/** An AI system of the organization, deployed and in the AIMS scope unless the fields say otherwise. */
export const createAiSystem = (
  services: Services,
  user: TestUser,
  organizationId: string,
  fields: { readonly name: string } & Partial<Parameters<Services['aiSystems']['create']>[2]>,
) =>
  services.aiSystems.create(user.actor, organizationId, {
    purpose: 'p',
    lifecycleStage: 'deployment',
    isInScope: true,
    ...fields,
  });

/** An auditee organization with an admin + AIMS manager, ready for a test. */
export const createAuditee = async (services: Services, name = `Auditee ${unique()}`) => {
  const organization = await services.organizations.createOrganization(OPERATOR, {
    name,
    kind: 'auditee',
  });
  const manager = await createUser(services, organization, ['admin', 'aims_manager']);
  return { organization, manager };
};
