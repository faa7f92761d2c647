/** What an organization's member list export reads beyond the memberships: sign-ins, second factors, open invitations. */
import type { Executor } from './database.js';

export interface MemberActivity {
  /** When a session of the user was last opened, if any is kept. */
  readonly lastSignInAt: string | null;
  /** When a session of the user was last used, if any is kept. */
  readonly lastSeenAt: string | null;
  readonly hasSecondFactor: boolean;
}

const CHUNK = 500;

/** Sign-in activity and second factor of each user, by user id (every user given appears). */
export const memberActivity = async (
  db: Executor,
  userIds: readonly string[],
): Promise<Map<string, MemberActivity>> => {
  const activity = new Map<string, MemberActivity>(
    userIds.map((id) => [id, { lastSignInAt: null, lastSeenAt: null, hasSecondFactor: false }]),
  );
  for (let start = 0; start < userIds.length; start += CHUNK) {
    const ids = userIds.slice(start, start + CHUNK);
    const sessions = await db
      .selectFrom('session')
      .select(({ fn }) => [
        'user_id',
        fn.max('created_at').as('last_sign_in_at'),
        fn.max('last_seen_at').as('last_seen_at'),
      ])
      .where('user_id', 'in', ids)
      .groupBy('user_id')
      .execute();
    const factors = await db
      .selectFrom('second_factor')
      .select('user_id')
      .where('user_id', 'in', ids)
      .where('status', '=', 'enabled')
      .execute();
    const enabled = new Set(factors.map((row) => row.user_id));
    for (const id of ids) {
      const session = sessions.find((row) => row.user_id === id);
      activity.set(id, {
        lastSignInAt: session?.last_sign_in_at ?? null,
        lastSeenAt: session?.last_seen_at ?? null,
        hasSecondFactor: enabled.has(id),
      });
    }
  }
  return activity;
};

export interface OpenInvitation {
  readonly email: string;
  readonly role: string;
  readonly sentAt: string;
  readonly expiresAt: string;
}

/** Invitations of the organization not yet accepted, declined, revoked or expired. */
export const openInvitations = async (
  db: Executor,
  organizationId: string,
  now: string,
): Promise<OpenInvitation[]> =>
  (
    await db
      .selectFrom('invitation')
      .select(['email', 'role', 'sent_at', 'expires_at'])
      .where('organization_id', '=', organizationId)
      .where('status', '=', 'pending')
      .where('expires_at', '>', now)
      .orderBy('email')
      .execute()
  ).map((row) => ({
    email: row.email,
    role: row.role,
    sentAt: row.sent_at,
    expiresAt: row.expires_at,
  }));
