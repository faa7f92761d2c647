/**
 * Organizations, user accounts and memberships. Creating organizations and
 * accounts from scratch is an operator task (CLI, demo seed); an
 * organization's admin manages who belongs to it and with which role.
 */
import { normalizeEmail, passwordIssues } from '../domain/account/credentials.js';
import {
  ORG_KINDS,
  isRoleAllowedForKind,
  permissionsOfRoles,
  rolesForKind,
} from '../domain/access/roles.js';
import type { OrgKind, Permission, Role } from '../domain/access/roles.js';
import { conflict, DomainError, forbidden, invalid, notFound } from '../domain/errors.js';
import type { FieldIssue } from '../domain/errors.js';
import { checkEmail, checkOneOf, checkText } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import {
  countMembersWithRole,
  deleteMembership,
  findMembership,
  insertMembership,
  insertOrganization,
  listMembers,
  listOrganizations,
  listOrganizationsOfUser,
} from '../storage/organization.repository.js';
import type { MemberRow, Membership, Organization } from '../storage/organization.repository.js';
import { findUserByEmail, findUserById, insertUser } from '../storage/user.repository.js';
import type { UserAccount } from '../storage/user.repository.js';
import { recordChange } from './audit-trail.js';
import { accessOf, authorize } from './authorization.js';
import type { OrgAccess } from './authorization.js';
import { inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';

export interface NewUserInput {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

export interface MembershipOfUser {
  readonly organization: Organization;
  readonly roles: Role[];
}

export type PublicUser = Pick<UserAccount, 'id' | 'email' | 'name' | 'createdAt'>;

const publicUser = (user: UserAccount): PublicUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  createdAt: user.createdAt,
});

const operatorOnly = (actor: Actor) => {
  if (actor.kind !== 'system') {
    throw forbidden('OPERATOR_ONLY', 'Only the operator (the aims command) can do this');
  }
};

export const createOrganizationService = (deps: ServiceDeps) => {
  const insertNewUser = async (
    trx: Executor,
    actor: Actor,
    input: NewUserInput,
    issues: FieldIssue[],
  ) => {
    const email = checkEmail(issues, 'email', input.email);
    const name = checkText(issues, 'name', input.name);
    issues.push(...passwordIssues(input.password));
    if (issues.length > 0)
      throw invalid('USER_INVALID', 'The user details are not acceptable', issues);
    const at = now(deps);
    const user: UserAccount = {
      id: deps.newId(),
      email,
      name,
      passwordHash: await deps.passwords.hash(input.password),
      createdAt: at,
      passwordChangedAt: at,
    };
    await onUniqueViolation(
      () => insertUser(trx, user),
      () =>
        conflict('USER_EMAIL_TAKEN', 'A user with this email already exists', { field: 'email' }),
    );
    await recordChange(trx, deps, actor, {
      organizationId: null,
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: publicUser(user),
    });
    return user;
  };

  const addRole = async (
    trx: Executor,
    actor: Actor,
    org: Organization,
    userId: string,
    role: Role,
  ) => {
    const membership: Membership = {
      id: deps.newId(),
      organizationId: org.id,
      userId,
      role,
      createdAt: now(deps),
    };
    await onUniqueViolation(
      () => insertMembership(trx, membership),
      () => conflict('MEMBERSHIP_EXISTS', 'The user already has this role here', { field: 'role' }),
    );
    await recordChange(trx, deps, actor, {
      organizationId: org.id,
      action: 'membership.created',
      entityType: 'membership',
      entityId: membership.id,
      after: membership,
    });
    return membership;
  };

  return {
    /** Creates an organization (operator only). */
    async createOrganization(
      actor: Actor,
      input: { name: string; kind: string },
    ): Promise<Organization> {
      operatorOnly(actor);
      const issues: FieldIssue[] = [];
      const name = checkText(issues, 'name', input.name);
      const kind = checkOneOf<OrgKind>(issues, 'kind', input.kind, ORG_KINDS);
      if (issues.length > 0)
        throw invalid('ORG_INVALID', 'The organization details are not acceptable', issues);
      const organization: Organization = { id: deps.newId(), name, kind, createdAt: now(deps) };
      await inTransaction(deps, async (trx) => {
        await insertOrganization(trx, organization);
        await recordChange(trx, deps, actor, {
          organizationId: organization.id,
          action: 'organization.created',
          entityType: 'organization',
          entityId: organization.id,
          after: organization,
        });
      });
      return organization;
    },

    /** Every organization (operator only, for the CLI). */
    async listAllOrganizations(actor: Actor): Promise<Organization[]> {
      operatorOnly(actor);
      return listOrganizations(reader(deps));
    },

    /** Creates a user account, optionally with a first membership (operator only). */
    async createUser(
      actor: Actor,
      input: NewUserInput & { organizationId?: string; role?: string },
    ): Promise<{ user: PublicUser; membership: Membership | null }> {
      operatorOnly(actor);
      return inTransaction(deps, async (trx) => {
        const issues: FieldIssue[] = [];
        let target: { org: Organization; role: Role } | undefined;
        if (input.organizationId !== undefined) {
          const { organization } = await accessOf(trx, actor, input.organizationId);
          const role = input.role ?? '';
          if (!isRoleAllowedForKind(organization.kind, role)) {
            issues.push({
              field: 'role',
              reason: `must be one of: ${rolesForKind(organization.kind).join(', ')}`,
            });
          }
          target = { org: organization, role: role as Role };
        }
        const user = await insertNewUser(trx, actor, input, issues);
        const membership = target
          ? await addRole(trx, actor, target.org, user.id, target.role)
          : null;
        return { user: publicUser(user), membership };
      });
    },

    /** Looks a user up by email (operator only). */
    async getUserByEmail(actor: Actor, email: string): Promise<PublicUser> {
      operatorOnly(actor);
      const user = await findUserByEmail(reader(deps), normalizeEmail(email));
      if (!user) throw notFound('USER_NOT_FOUND', 'No user with this email', { email });
      return publicUser(user);
    },

    /** The signed-in user and the organizations they belong to. */
    async me(actor: Actor): Promise<{
      user: PublicUser;
      memberships: (MembershipOfUser & { permissions: Permission[] })[];
    }> {
      if (actor.kind !== 'user') {
        throw new DomainError(
          'AUTH_USER_REQUIRED',
          'Forbidden',
          'This action needs a signed-in user',
        );
      }
      const user = await findUserById(reader(deps), actor.userId);
      if (!user) throw notFound('USER_NOT_FOUND', 'No such user');
      const memberships = await listOrganizationsOfUser(reader(deps), actor.userId);
      return {
        user: publicUser(user),
        memberships: memberships.map((entry) => ({
          ...entry,
          permissions: permissionsOfRoles(entry.organization.kind, entry.roles),
        })),
      };
    },

    async getOrganization(actor: Actor, organizationId: string): Promise<OrgAccess> {
      return authorize(reader(deps), actor, organizationId, 'org.read');
    },

    async listMembers(actor: Actor, organizationId: string): Promise<MemberRow[]> {
      await authorize(reader(deps), actor, organizationId, 'members.read');
      return listMembers(reader(deps), organizationId);
    },

    /**
     * Gives a user a role in the organization. An unknown email creates the
     * account, which then needs a name and an initial password.
     */
    async addMember(
      actor: Actor,
      organizationId: string,
      input: { email: string; role: string; name?: string; password?: string },
    ): Promise<Membership> {
      return inTransaction(deps, async (trx) => {
        const { organization } = await authorize(trx, actor, organizationId, 'members.manage');
        const issues: FieldIssue[] = [];
        const email = checkEmail(issues, 'email', input.email);
        if (!isRoleAllowedForKind(organization.kind, input.role)) {
          issues.push({
            field: 'role',
            reason: `must be one of: ${rolesForKind(organization.kind).join(', ')}`,
          });
        }
        const existing = await findUserByEmail(trx, email);
        if (!existing) {
          if (input.name === undefined)
            issues.push({ field: 'name', reason: 'is required for a new user' });
          if (input.password === undefined) {
            issues.push({ field: 'password', reason: 'is required for a new user' });
          }
        }
        if (issues.length > 0) {
          throw invalid('MEMBER_INVALID', 'The member details are not acceptable', issues);
        }
        const user =
          existing ??
          (await insertNewUser(
            trx,
            actor,
            { email, name: input.name ?? '', password: input.password ?? '' },
            issues,
          ));
        return addRole(trx, actor, organization, user.id, input.role as Role);
      });
    },

    /** Removes one role from a user; the last admin cannot be removed. */
    async removeMember(actor: Actor, organizationId: string, membershipId: string): Promise<void> {
      await inTransaction(deps, async (trx) => {
        await authorize(trx, actor, organizationId, 'members.manage');
        const membership = await findMembership(trx, organizationId, membershipId);
        if (!membership)
          throw notFound('MEMBERSHIP_NOT_FOUND', 'No such membership', { membershipId });
        if (
          membership.role === 'admin' &&
          (await countMembersWithRole(trx, organizationId, 'admin')) <= 1
        ) {
          throw new DomainError(
            'MEMBERSHIP_LAST_ADMIN',
            'InvalidState',
            'An organization keeps at least one admin',
          );
        }
        await deleteMembership(trx, membership.id);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'membership.deleted',
          entityType: 'membership',
          entityId: membership.id,
          before: membership,
        });
      });
    },
  };
};

export type OrganizationService = ReturnType<typeof createOrganizationService>;
