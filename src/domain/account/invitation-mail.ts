/** The e-mail that carries an invitation link. */
import { ROLE_LABELS } from '../access/roles.js';
import type { Role } from '../access/roles.js';
import { escapeHtml } from '../notification/mail.js';
import type { MailContent } from '../notification/mail.js';

export interface InvitationMailInput {
  readonly organizationName: string;
  readonly role: Role;
  readonly inviterName: string;
  readonly link: string;
  /** When the link stops working, as an ISO-8601 timestamp. */
  readonly expiresAt: string;
}

/** "2026-12-08 09:00 UTC": readable in any mail client, whatever its time zone. */
const utcMinute = (timestamp: string): string =>
  `${timestamp.slice(0, 10)} ${timestamp.slice(11, 16)} UTC`;

export const renderInvitationMail = (input: InvitationMailInput): MailContent => {
  const role = ROLE_LABELS[input.role];
  const subject = `[AIMS Workbench] ${input.inviterName} invited you to ${input.organizationName}`;
  const invited = `${input.inviterName} invited you to join ${input.organizationName} in AIMS Workbench as ${role}.`;
  const expiry = `The link works once, until ${utcMinute(input.expiresAt)}.`;
  const ignore = 'If you did not expect this invitation, ignore this message: nothing happens.';
  const text = [invited, '', 'Open this link to accept:', input.link, '', expiry, ignore, ''].join(
    '\n',
  );
  const html =
    `<p>${escapeHtml(invited)}</p>` +
    `<p><a href="${escapeHtml(input.link)}">Accept the invitation</a></p>` +
    `<p>${escapeHtml(expiry)}</p><p>${escapeHtml(ignore)}</p>`;
  return { subject, text, html };
};
