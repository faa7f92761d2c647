import { z } from 'zod';
import { ORG_KINDS, ROLES } from '../../../domain/access/roles.js';
import { INVITATION_STATUSES } from '../../../domain/account/invitation.js';
import { Id, Timestamp } from '../../schemas.js';
import { Me } from '../auth/schemas.js';

export const Invitation = z
  .object({
    id: Id,
    email: z.string(),
    role: z.enum(ROLES),
    status: z
      .enum(INVITATION_STATUSES)
      .describe('expired: still pending when its link stopped working; resend it or revoke it'),
    invitedBy: z.string().describe('Who invited (or last resent it)'),
    createdAt: Timestamp,
    sentAt: Timestamp.describe('When the current link was issued'),
    expiresAt: Timestamp,
    resolvedAt: Timestamp.nullable().describe('When it was accepted or revoked'),
  })
  .meta({ id: 'Invitation' });

export const IssuedInvitation = z
  .object({
    invitation: Invitation,
    delivery: z
      .enum(['email', 'link', 'email_failed'])
      .describe(
        'email: the link went to the invitee; link: e-mail is not configured; email_failed: the mail server refused it',
      ),
    link: z
      .string()
      .nullable()
      .describe('The link, shown this once, when it was not e-mailed: pass it on to the invitee'),
  })
  .meta({ id: 'IssuedInvitation' });

export const NewInvitationBody = z.strictObject({
  email: z.string().max(254),
  role: z.string().max(40).describe('A role valid for the organization kind'),
});

export const InvitationParams = z.object({ orgId: Id, invitationId: Id });

const Token = z.string().min(1).max(200).describe('The token from the invitation link');

export const InvitationTokenBody = z.strictObject({ token: Token });

export const AcceptInvitationBody = z.strictObject({
  token: Token,
  name: z.string().max(200).optional().describe('Your name, for a new account'),
  password: z
    .string()
    .max(1024)
    .optional()
    .describe('A new password for a new account, or the password of your existing account'),
});

export const InvitationPreview = z
  .object({
    organization: z.object({ name: z.string(), kind: z.enum(ORG_KINDS) }),
    email: z.string(),
    role: z.enum(ROLES),
    invitedBy: z.string(),
    expiresAt: Timestamp,
    hasAccount: z
      .boolean()
      .describe(
        'true: accept signed in as this account, or with its password; false: choose a name and password',
      ),
  })
  .meta({ id: 'InvitationPreview' });

export const AcceptedInvitation = z
  .object({ organizationId: Id, me: Me })
  .meta({ id: 'AcceptedInvitation' });
