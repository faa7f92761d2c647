/**
 * The one place that decides whether an actor may act in an organization.
 * Not a member: the organization does not exist for them (404, so tenants
 * cannot probe for each other). A member without the permission: 403.
 * A member of an organization that requires a second factor, calling with a
 * session or token that was not opened with one: 403 SECOND_FACTOR_REQUIRED
 * on every route of that organization (their own account routes stay open,
 * so they can set it up).
 */
import { hasPermission, permissionsOfRoles } from '../domain/access/roles.js';
import type { Permission, Role } from '../domain/access/roles.js';
import { forbidden, notFound } from '../domain/errors.js';
import type { Executor } from '../storage/database.js';
import {
  findOrganizationById,
  findOrganizationWithRoles,
} from '../storage/organization.repository.js';
import type { Organization } from '../storage/organization.repository.js';
import type { Actor } from './context.js';

export interface OrgAccess {
  readonly organization: Organization;
  readonly roles: Role[];
  readonly permissions: Permission[];
}

export const orgNotFound = (organizationId: string) =>
  notFound('ORG_NOT_FOUND', 'No such organization, or you are not a member of it', {
    organizationId,
  });

export const secondFactorRequired = () =>
  forbidden(
    'SECOND_FACTOR_REQUIRED',
    'This organization requires two-step sign-in: set it up on your account page, then sign in again with a code',
  );

/** Resolves the actor's access to an organization and demands one permission. */
export const authorize = async (
  db: Executor,
  actor: Actor,
  organizationId: string,
  permission: Permission,
): Promise<OrgAccess> => {
  const access = await accessOf(db, actor, organizationId);
  if (actor.kind === 'user' && !hasPermission(access.organization.kind, access.roles, permission)) {
    throw forbidden('PERMISSION_DENIED', `Your role does not allow this (${permission})`, {
      permission,
      roles: access.roles,
    });
  }
  return access;
};

/**
 * What the credentials' statement read about this organization, for a read
 * outside a transaction. A write reads access again inside its transaction,
 * so that it acts on the memberships it commits against.
 */
const readWithCredentials = (
  db: Executor,
  actor: Actor & { kind: 'user' },
  organizationId: string,
) => {
  const read = actor.inOrganization;
  if (db.isTransaction || read?.organizationId !== organizationId) return undefined;
  return { organization: read.organization, roles: [...read.roles] };
};

/** The actor's roles and permissions in an organization; 404 when not a member. */
export const accessOf = async (
  db: Executor,
  actor: Actor,
  organizationId: string,
): Promise<OrgAccess> => {
  if (actor.kind === 'system') {
    const organization = await findOrganizationById(db, organizationId);
    if (!organization) throw orgNotFound(organizationId);
    return {
      organization,
      roles: ['admin'],
      permissions: permissionsOfRoles(organization.kind, ['admin']),
    };
  }
  const found =
    readWithCredentials(db, actor, organizationId) ??
    (await findOrganizationWithRoles(db, organizationId, actor.userId));
  if (!found?.organization || found.roles.length === 0) throw orgNotFound(organizationId);
  const { organization, roles } = found;
  if (organization.requireSecondFactor && !actor.secondFactor) throw secondFactorRequired();
  return { organization, roles, permissions: permissionsOfRoles(organization.kind, roles) };
};

/**
 * Access for sending a version under review back to draft: open to its
 * reviewers (aims.approve) and to its writers, who withdraw it (aims.write).
 */
export const authorizeReturn = async (
  db: Executor,
  actor: Actor,
  organizationId: string,
): Promise<OrgAccess> => {
  const access = await accessOf(db, actor, organizationId);
  const { permissions, roles } = access;
  if (!permissions.includes('aims.write') && !permissions.includes('aims.approve')) {
    throw forbidden(
      'PERMISSION_DENIED',
      'Your role does not allow this (aims.write or aims.approve)',
      {
        permission: 'aims.approve',
        roles,
      },
    );
  }
  return access;
};
