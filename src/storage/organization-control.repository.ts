/**
 * The organization's own controls (clause 6.1.3), and what the risk register
 * asks of them: which references exist, and whether a treatment action
 * links one.
 */
import { sql } from 'kysely';
import type { AnnexAGroupId, ControlId } from '../domain/catalog/index.js';
import type { OrganizationControl } from '../domain/risk/organization-control.js';
import { naturalSortKey } from '../domain/text/natural-sort.js';
import type { Executor } from './database.js';
import { registerPage } from './register-page.js';
import type { SortedRegisterQuery } from './register-page.js';
import { registerRows } from './register-rows.js';
import type { OrganizationControlTable } from './schema.js';
import { searchAny } from './sql-helpers.js';

export const ORGANIZATION_CONTROL_SORT_FIELDS = ['controlId', 'title', 'updatedAt'] as const;
export type OrganizationControlSortField = (typeof ORGANIZATION_CONTROL_SORT_FIELDS)[number];

const toControl = (row: OrganizationControlTable): OrganizationControl => ({
  id: row.id,
  organizationId: row.organization_id,
  controlId: row.reference,
  title: row.title,
  description: row.description,
  ownerUserId: row.owner_user_id,
  annexAControlId: row.annex_a_control_id as ControlId | null,
  annexAObjectiveId: row.annex_a_objective_id as AnnexAGroupId | null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (control: OrganizationControl): OrganizationControlTable => ({
  id: control.id,
  organization_id: control.organizationId,
  reference: control.controlId,
  reference_sort_key: naturalSortKey(control.controlId),
  title: control.title,
  description: control.description,
  owner_user_id: control.ownerUserId,
  annex_a_control_id: control.annexAControlId,
  annex_a_objective_id: control.annexAObjectiveId,
  created_at: control.createdAt,
  updated_at: control.updatedAt,
});

const rows = registerRows('organization_control', toRow, toControl);
export const findOrganizationControl = rows.find;
export const insertOrganizationControl = rows.insert;
export const updateOrganizationControl = rows.update;
export const deleteOrganizationControl = rows.remove;

export interface OrganizationControlQuery extends SortedRegisterQuery<OrganizationControlSortField> {
  readonly ownerUserId?: string;
  readonly annexAControlId?: string;
  readonly annexAObjectiveId?: string;
}

const sortKeys = (sort: OrganizationControlSortField) => {
  switch (sort) {
    case 'controlId':
      return [sql`reference_sort_key`];
    case 'title':
      return [sql`lower(title)`, sql`reference_sort_key`];
    case 'updatedAt':
      return [sql`updated_at`];
  }
};

/** One page of the organization's controls and the total that match the filters. */
export const listOrganizationControls = async (
  db: Executor,
  query: OrganizationControlQuery,
): Promise<{ items: OrganizationControl[]; total: number }> => {
  let base = db
    .selectFrom('organization_control')
    .where('organization_id', '=', query.organizationId);
  if (query.ownerUserId) base = base.where('owner_user_id', '=', query.ownerUserId);
  if (query.annexAControlId) base = base.where('annex_a_control_id', '=', query.annexAControlId);
  if (query.annexAObjectiveId)
    base = base.where('annex_a_objective_id', '=', query.annexAObjectiveId);
  if (query.search)
    base = base.where(
      searchAny(
        [
          'organization_control.reference',
          'organization_control.title',
          'organization_control.description',
        ],
        query.search,
      ),
    );
  return registerPage(
    base,
    (page) => {
      let ordered = page;
      for (const key of sortKeys(query.sort)) ordered = ordered.orderBy(key, query.direction);
      return ordered.orderBy('id', query.direction);
    },
    query,
    toControl,
  );
};

/** Every reference the organization uses, in natural order. */
export const organizationControlReferences = async (
  db: Executor,
  organizationId: string,
): Promise<string[]> =>
  (
    await db
      .selectFrom('organization_control')
      .select('reference')
      .where('organization_id', '=', organizationId)
      .orderBy('reference_sort_key')
      .execute()
  ).map((row) => row.reference);

/** Those of `references` that are controls of the organization. */
export const existingOrganizationControlReferences = async (
  db: Executor,
  organizationId: string,
  references: readonly string[],
): Promise<Set<string>> => {
  const wanted = [...new Set(references)];
  if (wanted.length === 0) return new Set();
  const found = await db
    .selectFrom('organization_control')
    .select('reference')
    .where('organization_id', '=', organizationId)
    .where('reference', 'in', wanted)
    .execute();
  return new Set(found.map((row) => row.reference));
};

/** How many of the organization's treatment actions link this reference. */
export const treatmentActionsLinking = async (
  db: Executor,
  organizationId: string,
  reference: string,
): Promise<number> => {
  // References are stored as a JSON array of strings without quotes inside, so a quoted match is exact.
  const row = await db
    .selectFrom('risk_treatment_action')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('organization_control_ids', 'like', `%"${reference}"%`)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
};
