/**
 * The organization's people as a spreadsheet for its administrators: every
 * member with their roles, when they joined, their last sign-in and whether
 * they use two-step sign-in, and everyone invited but not yet joined.
 */
import { ROLE_LABELS } from '../domain/access/roles.js';
import type { Role } from '../domain/access/roles.js';
import type { Executor } from '../storage/database.js';
import { memberActivity, openInvitations } from '../storage/member-export.repository.js';
import { listMembers } from '../storage/organization.repository.js';
import type { ExportColumn } from './tabular/write-table.js';

export interface MemberExportRow {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly string[];
  readonly status: 'Member' | 'Invited';
  readonly joinedAt: string | null;
  readonly lastSignInAt: string | null;
  readonly lastSeenAt: string | null;
  readonly hasSecondFactor: boolean | null;
  readonly invitationExpiresAt: string | null;
}

const roleLabel = (role: string) => ROLE_LABELS[role as Role] ?? role;

/** Members (one row each, all their roles) then open invitations, by name and e-mail. */
export const memberExportRows = async (
  db: Executor,
  organizationId: string,
  now: string,
): Promise<MemberExportRow[]> => {
  const memberships = await listMembers(db, organizationId);
  const byUser = new Map<string, (typeof memberships)[number][]>();
  for (const membership of memberships) {
    byUser.set(membership.userId, [...(byUser.get(membership.userId) ?? []), membership]);
  }
  const activity = await memberActivity(db, [...byUser.keys()]);
  const members = [...byUser].map(([userId, held]): MemberExportRow => {
    const [first] = held as [(typeof held)[number], ...typeof held];
    const seen = activity.get(userId);
    return {
      name: first.name,
      email: first.email,
      roles: held.map((membership) => roleLabel(membership.role)),
      status: 'Member',
      joinedAt: held.map((membership) => membership.createdAt).sort()[0] ?? null,
      lastSignInAt: seen?.lastSignInAt ?? null,
      lastSeenAt: seen?.lastSeenAt ?? null,
      hasSecondFactor: seen?.hasSecondFactor ?? false,
      invitationExpiresAt: null,
    };
  });
  const invited = await openInvitations(db, organizationId, now);
  const invitations = [...new Set(invited.map((invitation) => invitation.email))].map(
    (email): MemberExportRow => {
      const open = invited.filter((invitation) => invitation.email === email);
      return {
        name: '',
        email,
        roles: open.map((invitation) => roleLabel(invitation.role)),
        status: 'Invited',
        joinedAt: null,
        lastSignInAt: null,
        lastSeenAt: null,
        hasSecondFactor: null,
        invitationExpiresAt: open.map((invitation) => invitation.expiresAt).sort()[0] ?? null,
      };
    },
  );
  return [...members, ...invitations];
};

export const MEMBER_EXPORT_COLUMNS: readonly ExportColumn<MemberExportRow>[] = [
  { header: 'Name', width: 28, value: (m) => m.name },
  { header: 'E-mail', width: 32, value: (m) => m.email },
  { header: 'Roles', width: 36, value: (m) => m.roles.join('; ') },
  { header: 'Status', width: 10, value: (m) => m.status },
  { header: 'Joined', width: 20, value: (m) => m.joinedAt },
  { header: 'Last sign-in', width: 20, value: (m) => m.lastSignInAt },
  { header: 'Last active', width: 20, value: (m) => m.lastSeenAt },
  { header: 'Two-step sign-in', width: 14, value: (m) => m.hasSecondFactor },
  { header: 'Invitation expires', width: 20, value: (m) => m.invitationExpiresAt },
];
