/** Invitations to join an organization; only the hash of a link's token is stored. */
import type { Role } from '../domain/access/roles.js';
import type { StoredInvitationStatus } from '../domain/account/invitation.js';
import type { Executor } from './database.js';
import { firstRow } from './sql-helpers.js';
import type { InvitationTable } from './schema.js';

export interface InvitationRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly email: string;
  readonly role: Role;
  readonly tokenHash: string;
  readonly status: StoredInvitationStatus;
  readonly invitedByUserId: string | null;
  readonly invitedByLabel: string;
  readonly createdAt: string;
  /** When the current link was issued: the invitation, or its latest resend. */
  readonly sentAt: string;
  readonly expiresAt: string;
  /** When it was accepted or revoked. */
  readonly resolvedAt: string | null;
  readonly acceptedUserId: string | null;
}

/** A row of the list, with the inviter's current name when they still have an account. */
export interface InvitationListRow extends InvitationRecord {
  readonly invitedByName: string | null;
}

const toInvitation = (row: InvitationTable): InvitationRecord => ({
  id: row.id,
  organizationId: row.organization_id,
  email: row.email,
  role: row.role as Role,
  tokenHash: row.token_hash,
  status: row.status as StoredInvitationStatus,
  invitedByUserId: row.invited_by_user_id,
  invitedByLabel: row.invited_by_label,
  createdAt: row.created_at,
  sentAt: row.sent_at,
  expiresAt: row.expires_at,
  resolvedAt: row.resolved_at,
  acceptedUserId: row.accepted_user_id,
});

export const insertInvitation = async (db: Executor, invitation: InvitationRecord) => {
  await db
    .insertInto('invitation')
    .values({
      id: invitation.id,
      organization_id: invitation.organizationId,
      email: invitation.email,
      role: invitation.role,
      token_hash: invitation.tokenHash,
      status: invitation.status,
      invited_by_user_id: invitation.invitedByUserId,
      invited_by_label: invitation.invitedByLabel,
      created_at: invitation.createdAt,
      sent_at: invitation.sentAt,
      expires_at: invitation.expiresAt,
      resolved_at: invitation.resolvedAt,
      accepted_user_id: invitation.acceptedUserId,
    })
    .execute();
};

export const findInvitation = (db: Executor, organizationId: string, invitationId: string) =>
  firstRow(
    db
      .selectFrom('invitation')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', invitationId),
    toInvitation,
  );

export const findInvitationByTokenHash = (db: Executor, tokenHash: string) =>
  firstRow(
    db.selectFrom('invitation').selectAll().where('token_hash', '=', tokenHash),
    toInvitation,
  );

/** The pending invitation (expired or not) for this e-mail and role, if any. */
export const findPendingInvitation = (
  db: Executor,
  organizationId: string,
  email: string,
  role: Role,
) =>
  firstRow(
    db
      .selectFrom('invitation')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('email', '=', email)
      .where('role', '=', role)
      .where('status', '=', 'pending'),
    toInvitation,
  );

/** Gives a pending invitation a new link and expiry; false when it is no longer pending. */
export const renewInvitation = async (
  db: Executor,
  invitationId: string,
  renewal: { tokenHash: string; sentAt: string; expiresAt: string },
): Promise<boolean> => {
  const result = await db
    .updateTable('invitation')
    .set({
      token_hash: renewal.tokenHash,
      sent_at: renewal.sentAt,
      expires_at: renewal.expiresAt,
    })
    .where('id', '=', invitationId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

/**
 * Accepts or revokes a pending invitation. False when it was not pending any
 * more: of two accepts at once, exactly one gets true.
 */
export const resolveInvitation = async (
  db: Executor,
  invitationId: string,
  resolution: { status: 'accepted' | 'revoked'; at: string; acceptedUserId: string | null },
): Promise<boolean> => {
  const result = await db
    .updateTable('invitation')
    .set({
      status: resolution.status,
      resolved_at: resolution.at,
      accepted_user_id: resolution.acceptedUserId,
    })
    .where('id', '=', invitationId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

/**
 * The organization's invitations that are pending, or were resolved or
 * expired at or after `since`, newest first (an expired one is still pending).
 */
export const listInvitations = async (
  db: Executor,
  organizationId: string,
  since: string,
): Promise<InvitationListRow[]> => {
  const rows = await db
    .selectFrom('invitation')
    .leftJoin('user_account', 'user_account.id', 'invitation.invited_by_user_id')
    .selectAll('invitation')
    .select('user_account.name as invited_by_name')
    .where('invitation.organization_id', '=', organizationId)
    .where((eb) =>
      eb.or([
        eb.and([eb('invitation.status', '=', 'pending'), eb('invitation.expires_at', '>=', since)]),
        eb('invitation.resolved_at', '>=', since),
      ]),
    )
    .orderBy('invitation.created_at', 'desc')
    .orderBy('invitation.id', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => ({ ...toInvitation(row), invitedByName: row.invited_by_name }));
};
