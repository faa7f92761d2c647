/** Organizations (tenants) and the memberships that give users roles in them. */
import type { OrgKind, Role } from '../domain/access/roles.js';
import type { Executor } from './database.js';
import { allRows, firstRow, fromFlag, toFlag } from './sql-helpers.js';
import type { MembershipTable, OrganizationTable } from './schema.js';

export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgKind;
  readonly createdAt: string;
  /** Members reach it only with a session (or API token) opened with a second factor. */
  readonly requireSecondFactor: boolean;
}

export interface Membership {
  readonly id: string;
  readonly organizationId: string;
  readonly userId: string;
  readonly role: Role;
  readonly createdAt: string;
}

export interface MemberRow extends Membership {
  readonly email: string;
  readonly name: string;
}

const toOrganization = (row: OrganizationTable): Organization => ({
  id: row.id,
  name: row.name,
  kind: row.kind as OrgKind,
  createdAt: row.created_at,
  requireSecondFactor: fromFlag(row.require_second_factor),
});

/** The organization's columns as another query selects them beside its own (left-joined). */
export const ORGANIZATION_COLUMNS = [
  'organization.id as organization_id',
  'organization.name as organization_name',
  'organization.kind as organization_kind',
  'organization.created_at as organization_created_at',
  'organization.require_second_factor as organization_require_second_factor',
] as const;

export interface OrganizationRow {
  readonly organization_id: string | null;
  readonly organization_name: string | null;
  readonly organization_kind: string | null;
  readonly organization_created_at: string | null;
  readonly organization_require_second_factor: number | null;
}

export const toOrganizationOf = (row: OrganizationRow): Organization =>
  toOrganization({
    id: row.organization_id ?? '',
    name: row.organization_name ?? '',
    kind: row.organization_kind ?? '',
    created_at: row.organization_created_at ?? '',
    require_second_factor: row.organization_require_second_factor ?? 0,
  });

const toMembership = (row: MembershipTable): Membership => ({
  id: row.id,
  organizationId: row.organization_id,
  userId: row.user_id,
  role: row.role as Role,
  createdAt: row.created_at,
});

/** An organization's columns and the role of a membership joined to it. */
const ORGANIZATION_AND_ROLE = [
  'organization.id',
  'organization.name',
  'organization.kind',
  'organization.created_at',
  'organization.require_second_factor',
  'membership.role',
] as const;

export const insertOrganization = async (db: Executor, org: Organization): Promise<void> => {
  await db
    .insertInto('organization')
    .values({
      id: org.id,
      name: org.name,
      kind: org.kind,
      created_at: org.createdAt,
      require_second_factor: toFlag(org.requireSecondFactor),
    })
    .execute();
};

export const updateRequireSecondFactor = async (
  db: Executor,
  organizationId: string,
  requireSecondFactor: boolean,
): Promise<void> => {
  await db
    .updateTable('organization')
    .set({ require_second_factor: toFlag(requireSecondFactor) })
    .where('id', '=', organizationId)
    .execute();
};

export const findOrganizationById = async (
  db: Executor,
  id: string,
): Promise<Organization | undefined> => {
  return firstRow(db.selectFrom('organization').selectAll().where('id', '=', id), toOrganization);
};

export const hasAnyOrganization = async (db: Executor): Promise<boolean> =>
  (await db.selectFrom('organization').select('id').limit(1).executeTakeFirst()) !== undefined;

export const listOrganizations = async (db: Executor): Promise<Organization[]> => {
  return allRows(
    db.selectFrom('organization').selectAll().orderBy('name').orderBy('id'),
    toOrganization,
  );
};

/** Organizations the user belongs to, each with the roles held there. */
export const listOrganizationsOfUser = async (
  db: Executor,
  userId: string,
): Promise<{ organization: Organization; roles: Role[] }[]> => {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('organization', 'organization.id', 'membership.organization_id')
    .select(ORGANIZATION_AND_ROLE)
    .where('membership.user_id', '=', userId)
    .orderBy('organization.name')
    .orderBy('organization.id')
    .orderBy('membership.role')
    .execute();
  const byOrg = new Map<string, { organization: Organization; roles: Role[] }>();
  for (const row of rows) {
    const entry = byOrg.get(row.id) ?? { organization: toOrganization(row), roles: [] };
    entry.roles.push(row.role as Role);
    byOrg.set(row.id, entry);
  }
  return [...byOrg.values()];
};

/**
 * An organization and the roles one user holds there, in one round trip
 * (every authorized request asks this first); undefined when there is no such
 * organization.
 */
export const findOrganizationWithRoles = async (
  db: Executor,
  organizationId: string,
  userId: string,
): Promise<{ organization: Organization; roles: Role[] } | undefined> => {
  const rows = await db
    .selectFrom('organization')
    .leftJoin('membership', (join) =>
      join
        .onRef('membership.organization_id', '=', 'organization.id')
        .on('membership.user_id', '=', userId),
    )
    .select(ORGANIZATION_AND_ROLE)
    .where('organization.id', '=', organizationId)
    .execute();
  const [first] = rows;
  if (!first) return undefined;
  const roles = rows.flatMap((row) => (row.role ? [row.role as Role] : []));
  return { organization: toOrganization(first), roles };
};

/** The roles one user holds in one organization (empty when not a member). */
export const rolesOfUserIn = async (
  db: Executor,
  organizationId: string,
  userId: string,
): Promise<Role[]> => {
  const rows = await db
    .selectFrom('membership')
    .select('role')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.role as Role);
};

export const insertMembership = async (db: Executor, membership: Membership): Promise<void> => {
  await db
    .insertInto('membership')
    .values({
      id: membership.id,
      organization_id: membership.organizationId,
      user_id: membership.userId,
      role: membership.role,
      created_at: membership.createdAt,
    })
    .execute();
};

export const findMembership = async (
  db: Executor,
  organizationId: string,
  membershipId: string,
): Promise<Membership | undefined> => {
  return firstRow(
    db
      .selectFrom('membership')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', membershipId),
    toMembership,
  );
};

export const deleteMembership = async (db: Executor, membershipId: string): Promise<void> => {
  await db.deleteFrom('membership').where('id', '=', membershipId).execute();
};

export const countMembersWithRole = async (
  db: Executor,
  organizationId: string,
  role: Role,
): Promise<number> => {
  const row = await db
    .selectFrom('membership')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('role', '=', role)
    .executeTakeFirstOrThrow();
  return Number(row.count);
};

export const listMembers = async (db: Executor, organizationId: string): Promise<MemberRow[]> => {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('user_account', 'user_account.id', 'membership.user_id')
    .select([
      'membership.id',
      'membership.organization_id',
      'membership.user_id',
      'membership.role',
      'membership.created_at',
      'user_account.email',
      'user_account.name',
    ])
    .where('membership.organization_id', '=', organizationId)
    .orderBy('user_account.name')
    .orderBy('membership.role')
    .execute();
  return rows.map((row) => ({ ...toMembership(row), email: row.email, name: row.name }));
};
