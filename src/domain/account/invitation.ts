/**
 * Invitations: an organization's admin offers a role to an e-mail address,
 * and the person who holds that address joins by opening the link they were
 * given. The link carries a random token of which only a hash is kept; it
 * works once, until it expires, is revoked, or is replaced by a resend.
 */
import { addSeconds } from '../clock.js';
import type { Timestamp } from '../clock.js';

/** How long a link works after it is issued (or issued again). */
export const INVITATION_VALIDITY_SECONDS = 7 * 24 * 60 * 60;

/** Accepted, revoked and expired invitations stay in the list this long. */
export const INVITATION_LIST_DAYS = 30;

/** What is stored; "expired" is a pending invitation past its expiry, derived when read. */
export const STORED_INVITATION_STATUSES = ['pending', 'accepted', 'revoked'] as const;
export type StoredInvitationStatus = (typeof STORED_INVITATION_STATUSES)[number];

export const INVITATION_STATUSES = [...STORED_INVITATION_STATUSES, 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const invitationExpiry = (issuedAt: Date): Timestamp =>
  addSeconds(issuedAt, INVITATION_VALIDITY_SECONDS).toISOString();

/** The status a reader sees at `now`. */
export const invitationStatusAt = (
  invitation: { readonly status: StoredInvitationStatus; readonly expiresAt: Timestamp },
  now: Date,
): InvitationStatus =>
  invitation.status === 'pending' && Date.parse(invitation.expiresAt) <= now.getTime()
    ? 'expired'
    : invitation.status;

/** The earliest resolution or expiry an invitation in the list may have at `now`. */
export const invitationListSince = (now: Date): Timestamp =>
  addSeconds(now, -INVITATION_LIST_DAYS * 24 * 60 * 60).toISOString();

/**
 * The web page that accepts an invitation. The token travels in the fragment,
 * which browsers never send to a server, so it stays out of access logs,
 * proxies and Referer headers; the page posts it to the API in a body.
 */
export const invitationLink = (publicUrl: string, token: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/invitation#${token}`;
