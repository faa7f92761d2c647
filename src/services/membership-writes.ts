/**
 * The writes that make a person an account holder and a member, shared by the
 * operator's direct path (organization.service.ts) and accepting an
 * invitation (invitation.service.ts). Callers authorize and open the
 * transaction; each write appends its audit entry.
 */
import { passwordIssues } from '../domain/account/credentials.js';
import { isRoleAllowedForKind, rolesForKind } from '../domain/access/roles.js';
import type { Role } from '../domain/access/roles.js';
import { conflict, forbidden, invalid } from '../domain/errors.js';
import type { FieldIssue } from '../domain/errors.js';
import { checkEmail, checkText } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import { insertMembership } from '../storage/organization.repository.js';
import type { Membership, Organization } from '../storage/organization.repository.js';
import { insertUser } from '../storage/user.repository.js';
import type { UserAccount } from '../storage/user.repository.js';
import { recordChange } from './audit-trail.js';
import { guessablePasswordIssues } from './password-strength.js';
import { now } from './context.js';
import type { Actor, ServiceDeps } from './context.js';

export interface NewUserInput {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/**
 * Segregation of duties over roles: nobody grants or removes their own roles
 * (an admin could otherwise make themselves approver of their own work);
 * another admin, or the operator, does it.
 */
export const refuseOwnRoleChange = (actor: Actor, userId: string | null | undefined): void => {
  if (actor.kind === 'user' && userId === actor.userId) {
    throw forbidden('MEMBER_OWN_ROLES', 'Your own roles are changed by another admin', {
      field: 'email',
    });
  }
};

export type PublicUser = Pick<UserAccount, 'id' | 'email' | 'name' | 'createdAt'>;

export const publicUser = (user: UserAccount): PublicUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  createdAt: user.createdAt,
});

/**
 * An e-mail and a role of the organization's kind, as an admin gives them
 * to add or invite someone; refused with `code` and every issue found.
 */
export const checkMemberInput = (
  organization: Pick<Organization, 'kind'>,
  input: { email: string; role: string },
  code: string,
): { email: string; role: Role } => {
  const issues: FieldIssue[] = [];
  const email = checkEmail(issues, 'email', input.email);
  if (!isRoleAllowedForKind(organization.kind, input.role)) {
    issues.push({
      field: 'role',
      reason: `must be one of: ${rolesForKind(organization.kind).join(', ')}`,
    });
  }
  if (issues.length > 0) throw invalid(code, 'The details are not acceptable', issues);
  return { email, role: input.role as Role };
};

/** The problems with a new account's details, added to `issues`; the details normalized. */
export const checkNewUser = (
  input: NewUserInput,
  issues: FieldIssue[],
): { email: string; name: string } => {
  const email = checkEmail(issues, 'email', input.email);
  const name = checkText(issues, 'name', input.name);
  const policy = passwordIssues(input.password);
  issues.push(
    ...(policy.length > 0 ? policy : guessablePasswordIssues(input.password, { email, name })),
  );
  return { email, name };
};

/**
 * Creates an account; refuses it with every issue found (the caller's and its
 * own). `id` lets a person who creates their own account be the actor.
 */
export const insertNewUser = async (
  trx: Executor,
  deps: ServiceDeps,
  actor: Actor,
  input: NewUserInput,
  issues: FieldIssue[],
  id: string = deps.newId(),
): Promise<UserAccount> => {
  const { email, name } = checkNewUser(input, issues);
  if (issues.length > 0)
    throw invalid('USER_INVALID', 'The user details are not acceptable', issues);
  const at = now(deps);
  const user: UserAccount = {
    id,
    email,
    name,
    passwordHash: await deps.passwords.hash(input.password),
    createdAt: at,
    passwordChangedAt: at,
  };
  await onUniqueViolation(
    () => insertUser(trx, user),
    () => conflict('USER_EMAIL_TAKEN', 'A user with this email already exists', { field: 'email' }),
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

/** Gives the user a role in the organization; MEMBERSHIP_EXISTS when they hold it already. */
export const addRole = async (
  trx: Executor,
  deps: ServiceDeps,
  actor: Actor,
  org: Organization,
  userId: string,
  role: Role,
): Promise<Membership> => {
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
