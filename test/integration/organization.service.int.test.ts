import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/domain/errors.js';
import {
  OPERATOR,
  createAuditee,
  createUser,
  testContextForEachTest,
  createAiSystem,
} from '../harness/services.js';

const codeOf = async (work: Promise<unknown>): Promise<string | undefined> => {
  try {
    await work;
    return undefined;
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
};

describe('organization service', () => {
  const ctx = testContextForEachTest();
  /** The operator creates an account with a password the policy accepts. */
  const createAccount = (
    account: Omit<Parameters<typeof ctx.services.organizations.createUser>[1], 'password'>,
  ) =>
    ctx.services.organizations.createUser(OPERATOR, {
      password: 'long enough password',
      ...account,
    });

  it('lets only the operator create organizations', async () => {
    const { manager } = await createAuditee(ctx.services);
    expect(
      await codeOf(
        ctx.services.organizations.createOrganization(manager.actor, {
          name: 'Mine',
          kind: 'auditee',
        }),
      ),
    ).toBe('OPERATOR_ONLY');
  });

  it('creates a user and a role in one step, or neither when the role does not fit', async () => {
    const body = await ctx.services.organizations.createOrganization(OPERATOR, {
      name: 'Body',
      kind: 'certification_body',
    });
    expect(
      await codeOf(
        createAccount({
          email: 'wrong-role@example.test',
          name: 'Wrong role',
          organizationId: body.id,
          role: 'aims_manager',
        }),
      ),
    ).toBe('USER_INVALID');
    expect(
      await codeOf(ctx.services.organizations.getUserByEmail(OPERATOR, 'wrong-role@example.test')),
    ).toBe('USER_NOT_FOUND');
  });

  it('refuses a second account with the same email in another letter case', async () => {
    const { organization } = await createAuditee(ctx.services);
    await createUser(ctx.services, organization, ['viewer'], 'same@example.test');
    expect(await codeOf(createAccount({ email: 'SAME@example.test', name: 'Twin' }))).toBe(
      'USER_EMAIL_TAKEN',
    );
  });

  it('lists for a user only the organizations they belong to, with their roles', async () => {
    const a = await createAuditee(ctx.services, 'Alpha');
    await createAuditee(ctx.services, 'Beta');
    const me = await ctx.services.organizations.me(a.manager.actor);
    expect(me.memberships.map((entry) => [entry.organization.name, entry.roles])).toEqual([
      ['Alpha', ['admin', 'aims_manager']],
    ]);
  });

  it('keeps one unbroken audit chain under concurrent writes to one organization', async () => {
    const { organization, manager } = await createAuditee(ctx.services);
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        createAiSystem(ctx.services, manager, organization.id, {
          name: `Parallel ${index}`,
          lifecycleStage: 'inception',
        }),
      ),
    );
    const result = await ctx.services.auditLog.verify();
    expect(result.firstBreak).toBeNull();
    const { items } = await ctx.services.auditLog.list(manager.actor, organization.id, {
      limit: 500,
    });
    expect(items.map((entry) => entry.sequence)).toEqual(
      Array.from({ length: items.length }, (_, index) => items.length - index),
    );
  });
});
