/**
 * Invitations (docs/invitations.md). An admin invites an e-mail address to a
 * role; whoever holds the link joins by accepting it: a new person chooses a
 * name and password, an existing account is signed in or gives its password
 * (an account with a second factor signs in first).
 * Nobody joins without accepting, and nothing the admin sees says whether the
 * address has an account elsewhere.
 */
import type { OrgKind, Role } from '../domain/access/roles.js';
import {
  invitationExpiry,
  invitationLink,
  invitationListSince,
  invitationStatusAt,
} from '../domain/account/invitation.js';
import type { InvitationStatus } from '../domain/account/invitation.js';
import { renderInvitationMail } from '../domain/account/invitation-mail.js';
import { DomainError, conflict, forbidden, invalid, notFound } from '../domain/errors.js';
import type { FieldIssue } from '../domain/errors.js';
import { deleteSession } from '../storage/credential.repository.js';
import type { Executor } from '../storage/database.js';
import { onUniqueViolation } from '../storage/driver-errors.js';
import {
  findInvitation,
  findInvitationByTokenHash,
  findPendingInvitation,
  insertInvitation,
  listInvitations,
  renewInvitation,
  resolveInvitation,
} from '../storage/invitation.repository.js';
import type { InvitationRecord } from '../storage/invitation.repository.js';
import { findOrganizationById, rolesOfUserIn } from '../storage/organization.repository.js';
import type { Organization } from '../storage/organization.repository.js';
import { hasEnabledSecondFactor } from '../storage/second-factor.repository.js';
import { findUserByEmail, findUserById } from '../storage/user.repository.js';
import type { UserAccount } from '../storage/user.repository.js';
import { recordChange } from './audit-trail.js';
import { authorize } from './authorization.js';
import { actorLabel, actorUserId, inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import { createGuessThrottle, signInCounters } from './guess-throttle.js';
import { disabledMailer } from './mailer.js';
import {
  addRole,
  checkMemberInput,
  checkNewUser,
  insertNewUser,
  refuseOwnRoleChange,
} from './membership-writes.js';
import { DEFAULT_NOTIFICATION_SETTINGS } from './notification-settings.js';
import { hashSecret, newSecret } from './secrets.js';
import { openSession } from './sessions.js';
import type { SessionOrigin, SignedIn } from './sessions.js';

/** An invitation as its organization's admins see it; never the token or its hash. */
export interface InvitationView {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly status: InvitationStatus;
  readonly invitedBy: string;
  readonly createdAt: string;
  readonly sentAt: string;
  readonly expiresAt: string;
  readonly resolvedAt: string | null;
}

/**
 * A link just issued. `email`: it went to the invitee; `link`: no e-mail is
 * configured; `email_failed`: the mail server refused it. In the last two the
 * link is returned, this once, for the admin to pass on.
 */
export interface IssuedInvitation {
  readonly invitation: InvitationView;
  readonly delivery: 'email' | 'link' | 'email_failed';
  readonly link: string | null;
}

/** What the holder of a link sees before accepting. */
export interface InvitationPreview {
  readonly organization: { readonly name: string; readonly kind: OrgKind };
  readonly email: string;
  readonly role: Role;
  readonly invitedBy: string;
  readonly expiresAt: string;
  /** Accept signed in as this account (or with its password); otherwise choose a name and password. */
  readonly hasAccount: boolean;
}

export interface AcceptInput {
  readonly token: string;
  readonly name?: string | undefined;
  readonly password?: string | undefined;
}

export interface Accepted {
  readonly organizationId: string;
  readonly actor: Actor;
  /** A new session when the person was not signed in as the invitee already. */
  readonly session: SignedIn | null;
}

const invitationNotFound = () =>
  notFound(
    'INVITATION_NOT_FOUND',
    'This invitation link is not valid: it may have been replaced by a newer one',
  );

const STATUS_ERRORS: Readonly<
  Record<Exclude<InvitationStatus, 'pending'>, { code: string; message: string }>
> = {
  expired: {
    code: 'INVITATION_EXPIRED',
    message: 'This invitation has expired: ask for a new one',
  },
  revoked: {
    code: 'INVITATION_REVOKED',
    message: 'This invitation was withdrawn: ask for a new one if you should have access',
  },
  accepted: {
    code: 'INVITATION_USED',
    message: 'This invitation was already accepted: sign in instead',
  },
};

const statusError = (status: Exclude<InvitationStatus, 'pending'>) =>
  new DomainError(STATUS_ERRORS[status].code, 'InvalidState', STATUS_ERRORS[status].message);

/** Refuses a link that no longer works, with a code per reason. */
const requireUsable = (invitation: InvitationRecord, at: Date) => {
  const status = invitationStatusAt(invitation, at);
  if (status !== 'pending') throw statusError(status);
};

const personActor = (user: Pick<UserAccount, 'id' | 'email'>): Actor => ({
  kind: 'user',
  userId: user.id,
  email: user.email,
  sessionId: null,
  apiTokenId: null,
  secondFactor: false,
});

/** What the audit trail keeps of an invitation. */
const audited = (invitation: InvitationRecord) => ({
  email: invitation.email,
  role: invitation.role,
  status: invitation.status,
  expiresAt: invitation.expiresAt,
});

export const createInvitationService = (deps: ServiceDeps) => {
  const throttle = createGuessThrottle(deps);
  const settings = deps.notifications ?? DEFAULT_NOTIFICATION_SETTINGS;

  const view = (invitation: InvitationRecord, invitedBy: string | null): InvitationView => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatusAt(invitation, deps.clock.now()),
    invitedBy: invitedBy ?? invitation.invitedByLabel,
    createdAt: invitation.createdAt,
    sentAt: invitation.sentAt,
    expiresAt: invitation.expiresAt,
    resolvedAt: invitation.resolvedAt,
  });

  const nameOf = async (db: Executor, actor: Actor): Promise<string> => {
    const user = actor.kind === 'user' ? await findUserById(db, actor.userId) : undefined;
    return user?.name ?? actorLabel(actor);
  };

  /** A new token and expiry; the caller stores the hash. */
  const freshLink = () => {
    const token = newSecret();
    const at = deps.clock.now();
    return {
      token,
      tokenHash: hashSecret(token),
      sentAt: at.toISOString(),
      expiresAt: invitationExpiry(at),
    };
  };

  const deliver = async (
    organization: Organization,
    invitation: InvitationRecord,
    token: string,
    inviterName: string,
  ): Promise<IssuedInvitation> => {
    const link = invitationLink(settings.publicUrl, token);
    const issued = view(invitation, inviterName);
    const mailer = deps.mailer ?? disabledMailer;
    if (!mailer.isConfigured) return { invitation: issued, delivery: 'link', link };
    try {
      await mailer.send(
        invitation.email,
        renderInvitationMail({
          organizationName: organization.name,
          role: invitation.role,
          inviterName,
          link,
          expiresAt: invitation.expiresAt,
        }),
      );
      return { invitation: issued, delivery: 'email', link: null };
    } catch {
      return { invitation: issued, delivery: 'email_failed', link };
    }
  };

  /** Gives a pending (or expired) invitation a new link; the old one stops working. */
  const renew = async (trx: Executor, actor: Actor, invitation: InvitationRecord) => {
    const { token, ...renewal } = freshLink();
    if (!(await renewInvitation(trx, invitation.id, renewal))) throw invitationNotFound();
    const renewed: InvitationRecord = { ...invitation, ...renewal };
    await recordChange(trx, deps, actor, {
      organizationId: invitation.organizationId,
      action: 'invitation.resent',
      entityType: 'invitation',
      entityId: invitation.id,
      before: audited(invitation),
      after: audited(renewed),
    });
    return { token, invitation: renewed };
  };

  const findOne = async (trx: Executor, organizationId: string, invitationId: string) => {
    const invitation = await findInvitation(trx, organizationId, invitationId);
    if (!invitation) {
      throw notFound('INVITATION_NOT_FOUND', 'No such invitation in this organization', {
        invitationId,
      });
    }
    return invitation;
  };

  /** Finds the invitation a link stands for and checks it still works. */
  const usableByToken = async (db: Executor, token: string) => {
    const invitation = await findInvitationByTokenHash(db, hashSecret(token));
    if (!invitation) throw invitationNotFound();
    requireUsable(invitation, deps.clock.now());
    return invitation;
  };

  /** Who accepts: the signed-in invitee, or the invitee proving the account with its password. */
  const existingAccountAccepting = async (
    account: UserAccount,
    input: AcceptInput,
    caller: Actor | undefined,
    origin: SessionOrigin,
  ): Promise<'signed_in' | 'by_password'> => {
    if (caller?.kind === 'user') {
      if (caller.userId === account.id) return 'signed_in';
      throw forbidden(
        'INVITATION_OTHER_ACCOUNT',
        'You are signed in with another account: sign out, then open the invitation link again',
      );
    }
    if (input.password === undefined || input.password === '') {
      throw invalid('INVITATION_ACCEPT_INVALID', 'Sign in to accept this invitation', [
        { field: 'password', reason: 'of your existing account is required' },
      ]);
    }
    const counters = signInCounters(account.email, origin.ip);
    await throttle.count(counters);
    if (!(await deps.passwords.verify(account.passwordHash, input.password))) {
      throw new DomainError(
        'AUTH_INVALID_CREDENTIALS',
        'Unauthenticated',
        'Email or password is incorrect',
      );
    }
    await throttle.succeeded(counters);
    // A password alone never opens a session for an account with a second factor.
    if (await hasEnabledSecondFactor(reader(deps), account.id)) {
      throw new DomainError(
        'INVITATION_SIGN_IN_REQUIRED',
        'InvalidState',
        'Your account uses two-step sign-in: sign in first, then open the invitation link again',
      );
    }
    return 'by_password';
  };

  return {
    /**
     * Invites an e-mail address to a role. A pending invitation for the same
     * address and role is sent again with a new link instead.
     */
    async invite(
      actor: Actor,
      organizationId: string,
      input: { email: string; role: string },
    ): Promise<IssuedInvitation> {
      const issued = await inTransaction(deps, async (trx) => {
        const { organization } = await authorize(trx, actor, organizationId, 'members.manage');
        const { email, role } = checkMemberInput(organization, input, 'INVITATION_INVALID');
        // Only this organization's own members are told apart: its admins see them anyway.
        const user = await findUserByEmail(trx, email);
        refuseOwnRoleChange(actor, user?.id);
        if (user && (await rolesOfUserIn(trx, organizationId, user.id)).includes(role)) {
          throw conflict('MEMBERSHIP_EXISTS', 'This person already has this role here', {
            field: 'role',
          });
        }
        const inviterName = await nameOf(trx, actor);
        const pending = await findPendingInvitation(trx, organizationId, email, role);
        if (pending) return { organization, inviterName, ...(await renew(trx, actor, pending)) };
        const { token, ...link } = freshLink();
        const invitation: InvitationRecord = {
          id: deps.newId(),
          organizationId,
          email,
          role,
          ...link,
          status: 'pending',
          invitedByUserId: actorUserId(actor),
          invitedByLabel: actorLabel(actor),
          createdAt: link.sentAt,
          resolvedAt: null,
          acceptedUserId: null,
        };
        await onUniqueViolation(
          () => insertInvitation(trx, invitation),
          () =>
            conflict('INVITATION_PENDING', 'An invitation for this email and role was just sent', {
              field: 'email',
            }),
        );
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'invitation.created',
          entityType: 'invitation',
          entityId: invitation.id,
          after: audited(invitation),
        });
        return { organization, inviterName, token, invitation };
      });
      return deliver(issued.organization, issued.invitation, issued.token, issued.inviterName);
    },

    /** Pending invitations, and those accepted, revoked or expired in the last 30 days. */
    async list(actor: Actor, organizationId: string): Promise<InvitationView[]> {
      await authorize(reader(deps), actor, organizationId, 'members.manage');
      const rows = await listInvitations(
        reader(deps),
        organizationId,
        invitationListSince(deps.clock.now()),
      );
      return rows.map((row) => view(row, row.invitedByName));
    },

    /** Sends a pending or expired invitation again with a new link and expiry. */
    async resend(
      actor: Actor,
      organizationId: string,
      invitationId: string,
    ): Promise<IssuedInvitation> {
      const issued = await inTransaction(deps, async (trx) => {
        const { organization } = await authorize(trx, actor, organizationId, 'members.manage');
        const invitation = await findOne(trx, organizationId, invitationId);
        if (invitation.status !== 'pending') throw statusError(invitation.status);
        const inviterName = await nameOf(trx, actor);
        return { organization, inviterName, ...(await renew(trx, actor, invitation)) };
      });
      return deliver(issued.organization, issued.invitation, issued.token, issued.inviterName);
    },

    /** Withdraws an invitation that was not accepted; its link stops working. */
    async revoke(
      actor: Actor,
      organizationId: string,
      invitationId: string,
    ): Promise<InvitationView> {
      return inTransaction(deps, async (trx) => {
        await authorize(trx, actor, organizationId, 'members.manage');
        const invitation = await findOne(trx, organizationId, invitationId);
        if (invitation.status === 'revoked') return view(invitation, null);
        if (invitation.status === 'accepted') throw statusError('accepted');
        const at = now(deps);
        if (
          !(await resolveInvitation(trx, invitation.id, {
            status: 'revoked',
            at,
            acceptedUserId: null,
          }))
        )
          throw invitationNotFound();
        const revoked: InvitationRecord = { ...invitation, status: 'revoked', resolvedAt: at };
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'invitation.revoked',
          entityType: 'invitation',
          entityId: invitation.id,
          before: audited(invitation),
          after: audited(revoked),
        });
        return view(revoked, null);
      });
    },

    /** What the link offers, for its holder only (the token is the proof). */
    async lookup(token: string): Promise<InvitationPreview> {
      const invitation = await usableByToken(reader(deps), token);
      const organization = await findOrganizationById(reader(deps), invitation.organizationId);
      if (!organization) throw invitationNotFound();
      const inviter = invitation.invitedByUserId
        ? await findUserById(reader(deps), invitation.invitedByUserId)
        : undefined;
      return {
        organization: { name: organization.name, kind: organization.kind },
        email: invitation.email,
        role: invitation.role,
        invitedBy: inviter?.name ?? invitation.invitedByLabel,
        expiresAt: invitation.expiresAt,
        hasAccount: (await findUserByEmail(reader(deps), invitation.email)) !== undefined,
      };
    },

    /**
     * Accepts: creates the account of a new person, or checks that the caller
     * is (or proves to be) the invited account; then the membership, in one
     * transaction that also uses up the link; and signs the person in.
     */
    async accept(
      input: AcceptInput,
      caller: Actor | undefined,
      origin: SessionOrigin,
    ): Promise<Accepted> {
      const found = await usableByToken(reader(deps), input.token);
      const account = await findUserByEmail(reader(deps), found.email);
      const how = account
        ? await existingAccountAccepting(account, input, caller, origin)
        : 'new_account';
      if (how === 'new_account') {
        const issues: FieldIssue[] = [];
        checkNewUser(
          { email: found.email, name: input.name ?? '', password: input.password ?? '' },
          issues,
        );
        if (issues.length > 0)
          throw invalid('INVITATION_ACCEPT_INVALID', 'Choose your name and password', issues);
      }
      return inTransaction(deps, async (trx) => {
        const invitation = await usableByToken(trx, input.token);
        const organization = await findOrganizationById(trx, invitation.organizationId);
        if (!organization) throw invitationNotFound();
        let user: Pick<UserAccount, 'id' | 'email'>;
        if (account) {
          user = account;
        } else {
          const id = deps.newId();
          user = await insertNewUser(
            trx,
            deps,
            personActor({ id, email: invitation.email }),
            { email: invitation.email, name: input.name ?? '', password: input.password ?? '' },
            [],
            id,
          );
        }
        const actor = personActor(user);
        if (invitation.invitedByUserId === user.id) refuseOwnRoleChange(actor, user.id);
        const at = now(deps);
        const claimed = await resolveInvitation(trx, invitation.id, {
          status: 'accepted',
          at,
          acceptedUserId: user.id,
        });
        if (!claimed) throw statusError('accepted');
        if (!(await rolesOfUserIn(trx, organization.id, user.id)).includes(invitation.role))
          await addRole(trx, deps, actor, organization, user.id, invitation.role);
        await recordChange(trx, deps, actor, {
          organizationId: organization.id,
          action: 'invitation.accepted',
          entityType: 'invitation',
          entityId: invitation.id,
          before: audited(invitation),
          after: { ...audited({ ...invitation, status: 'accepted' }), userId: user.id },
        });
        if (how === 'signed_in')
          return { organizationId: organization.id, actor: caller ?? actor, session: null };
        if (caller?.kind === 'user' && caller.sessionId) await deleteSession(trx, caller.sessionId);
        const session = await openSession(trx, deps, user, origin);
        return { organizationId: organization.id, actor: session.actor, session };
      });
    },
  };
};

export type InvitationService = ReturnType<typeof createInvitationService>;
