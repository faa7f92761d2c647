/**
 * Organizations, user accounts and memberships. Creating organizations and
 * accounts from scratch is an operator task (CLI, demo seed); an
 * organization's admin invites people (invitation.service.ts) and manages
 * the roles of those who belong to it.
 */
import { normalizeEmail } from '../domain/account/credentials.js';
import {
  ORG_KINDS,
  isRoleAllowedForKind,
  permissionsOfRoles,
  rolesForKind,
} from '../domain/access/roles.js';
import type { OrgKind, Permission, Role } from '../domain/access/roles.js';
import { DomainError, forbidden, invalid, notFound } from '../domain/errors.js';
import type { FieldIssue } from '../domain/errors.js';
import { checkOneOf, checkText } from '../domain/validation.js';
import {
  countMembersWithRole,
  deleteMembership,
  findMembership,
  insertOrganization,
  listMembers,
  listOrganizations,
  listOrganizationsOfUser,
  rolesOfUserIn,
  updateRequireSecondFactor,
} from '../storage/organization.repository.js';
import type { MemberRow, Membership, Organization } from '../storage/organization.repository.js';
import { hasEnabledSecondFactor } from '../storage/second-factor.repository.js';
import { findUserByEmail, findUserById } from '../storage/user.repository.js';
import { recordChange } from './audit-trail.js';
import { accessOf, authorize } from './authorization.js';
import type { OrgAccess } from './authorization.js';
import { inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import {
  addRole,
  checkMemberInput,
  insertNewUser,
  publicUser,
  refuseOwnRoleChange,
} from './membership-writes.js';
import type { NewUserInput, PublicUser } from './membership-writes.js';

export interface MembershipOfUser {
  readonly organization: Organization;
  readonly roles: Role[];
}

export type { NewUserInput, PublicUser } from './membership-writes.js';

const operatorOnly = (actor: Actor) => {
  if (actor.kind !== 'system') {
    throw forbidden('OPERATOR_ONLY', 'Only the operator (the aims command) can do this');
  }
};

export const createOrganizationService = (deps: ServiceDeps) => {
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
      const organization: Organization = {
        id: deps.newId(),
        name,
        kind,
        createdAt: now(deps),
        requireSecondFactor: false,
      };
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
        const user = await insertNewUser(trx, deps, actor, input, issues);
        const membership = target
          ? await addRole(trx, deps, actor, target.org, user.id, target.role)
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
      secondFactor: { enabled: boolean; usedForThisSession: boolean };
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
        secondFactor: {
          enabled: await hasEnabledSecondFactor(reader(deps), actor.userId),
          usedForThisSession: actor.secondFactor,
        },
        memberships: memberships.map((entry) => ({
          ...entry,
          permissions: permissionsOfRoles(entry.organization.kind, entry.roles),
        })),
      };
    },

    async getOrganization(actor: Actor, organizationId: string): Promise<OrgAccess> {
      return authorize(reader(deps), actor, organizationId, 'org.read');
    },

    /**
     * Turns the organization's demand for a second factor on or off (admins).
     * An admin turns it on only from a session opened with a second factor,
     * so the change never shuts out the person making it.
     */
    async setSecondFactorRequirement(
      actor: Actor,
      organizationId: string,
      requireSecondFactor: boolean,
    ): Promise<OrgAccess> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'members.manage');
        const before = access.organization.requireSecondFactor;
        if (requireSecondFactor && actor.kind === 'user' && !actor.secondFactor) {
          throw new DomainError(
            'ORG_SECOND_FACTOR_SELF_REQUIRED',
            'InvalidState',
            'Turn on two-step sign-in for your own account and sign in with a code first, so this does not lock you out',
            { field: 'requireSecondFactor' },
          );
        }
        if (before === requireSecondFactor) return access;
        await updateRequireSecondFactor(trx, organizationId, requireSecondFactor);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'organization.second_factor_requirement_changed',
          entityType: 'organization',
          entityId: organizationId,
          before: { requireSecondFactor: before },
          after: { requireSecondFactor },
        });
        return { ...access, organization: { ...access.organization, requireSecondFactor } };
      });
    },

    async listMembers(actor: Actor, organizationId: string): Promise<MemberRow[]> {
      await authorize(reader(deps), actor, organizationId, 'members.read');
      return listMembers(reader(deps), organizationId);
    },

    /**
     * Gives a user another role. A member gets one only when they already
     * belong to the organization: anyone else is invited (invitation.service.ts)
     * and joins by accepting, and the answer is the same whether or not the
     * email has an account. The operator may attach any existing account.
     */
    async addMember(
      actor: Actor,
      organizationId: string,
      input: { email: string; role: string },
    ): Promise<Membership> {
      return inTransaction(deps, async (trx) => {
        const { organization } = await authorize(trx, actor, organizationId, 'members.manage');
        const { email, role } = checkMemberInput(organization, input, 'MEMBER_INVALID');
        const user = await findUserByEmail(trx, email);
        refuseOwnRoleChange(actor, user?.id);
        const isMember =
          user !== undefined && (await rolesOfUserIn(trx, organizationId, user.id)).length > 0;
        if (actor.kind === 'user' && !isMember) {
          throw new DomainError(
            'MEMBER_INVITATION_REQUIRED',
            'InvalidState',
            'Only members of this organization get another role directly: invite anyone else',
            { field: 'email' },
          );
        }
        if (!user) throw notFound('USER_NOT_FOUND', 'No user with this email', { email });
        return addRole(trx, deps, actor, organization, user.id, role);
      });
    },

    /** Removes one role from a user; the last admin cannot be removed. */
    async removeMember(actor: Actor, organizationId: string, membershipId: string): Promise<void> {
      await inTransaction(deps, async (trx) => {
        await authorize(trx, actor, organizationId, 'members.manage');
        const membership = await findMembership(trx, organizationId, membershipId);
        if (!membership)
          throw notFound('MEMBERSHIP_NOT_FOUND', 'No such membership', { membershipId });
        refuseOwnRoleChange(actor, membership.userId);
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
