/**
 * The organization's own controls (ISO/IEC 42001 clause 6.1.3: controls
 * beyond Annex A): each with a reference such as `ORG-1` (the next free one
 * when none is given), a title, an owner who is a member, and optionally the
 * Annex A control or objective it relates to. Risk treatment actions link
 * them by reference, so a linked control is neither deleted nor renamed.
 */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import {
  checkOrganizationControlInput,
  nextOrganizationControlId,
} from '../../domain/risk/organization-control.js';
import type {
  OrganizationControlDetails,
  OrganizationControlInput,
} from '../../domain/risk/organization-control.js';
import type { Executor } from '../../storage/database.js';
import { onUniqueViolation } from '../../storage/driver-errors.js';
import {
  deleteOrganizationControl,
  findOrganizationControl,
  insertOrganizationControl,
  listOrganizationControls,
  organizationControlReferences,
  treatmentActionsLinking,
  updateOrganizationControl,
  ORGANIZATION_CONTROL_SORT_FIELDS,
} from '../../storage/organization-control.repository.js';
import type { OrganizationControlSortField } from '../../storage/organization-control.repository.js';
import { allTreatmentActions } from '../../storage/risk-treatment.repository.js';
import type { ServiceDeps } from '../context.js';
import { AIMS_REGISTER_POLICY } from './context.service.js';
import { checkOwner } from './owner-check.js';
import { createRegisterService } from './register-engine.js';
import type { RepositoryQuery } from './register-engine.js';

export interface OrganizationControlFilters {
  readonly ownerUserId?: string;
  readonly annexAControlId?: string;
  readonly annexAObjectiveId?: string;
}

/** What a person enters; a new control without a reference gets the next free one. */
export type NewOrganizationControlInput = Omit<OrganizationControlInput, 'controlId'> & {
  readonly controlId?: string | undefined;
};

const controlNotFound = (id: string) =>
  notFound('ORGANIZATION_CONTROL_NOT_FOUND', 'No such organization control', {
    organizationControlId: id,
  });

const referenceTaken = (reference: string) =>
  conflict(
    'ORGANIZATION_CONTROL_EXISTS',
    `Another control of the organization is already ${reference}; choose another reference`,
    { controlId: reference },
  );

const inUse = (reference: string, actions: number) =>
  conflict(
    'ORGANIZATION_CONTROL_IN_USE',
    `${reference} is linked by ${actions} risk treatment action${actions === 1 ? '' : 's'}; unlink it from them first`,
    { controlId: reference, treatmentActions: actions },
  );

/** How many treatment actions link each reference. */
const linkCounts = (actions: readonly { readonly organizationControlIds: readonly string[] }[]) => {
  const counts = new Map<string, number>();
  for (const action of actions)
    for (const reference of new Set(action.organizationControlIds))
      counts.set(reference, (counts.get(reference) ?? 0) + 1);
  return counts;
};

/** Refuses to remove or rename a reference that treatment actions still link. */
const requireUnlinked = async (db: Executor, organizationId: string, reference: string) => {
  const actions = await treatmentActionsLinking(db, organizationId, reference);
  if (actions > 0) throw inUse(reference, actions);
};

/**
 * Checks a control within the organization: its own rules, an owner who is
 * a member, a reference no other control has, and (when renamed) a former
 * reference no treatment action links any more.
 */
const checkControl = async (
  db: Executor,
  organizationId: string,
  input: NewOrganizationControlInput,
  selfId: string | null,
): Promise<OrganizationControlDetails> => {
  const references = await organizationControlReferences(db, organizationId);
  const given = (input.controlId ?? '').trim();
  const controlId = given === '' && selfId === null ? nextOrganizationControlId(references) : given;
  const { details, issues } = checkOrganizationControlInput({ ...input, controlId });
  await checkOwner(db, organizationId, details.ownerUserId, issues);
  if (issues.length > 0)
    throw invalid(
      'ORGANIZATION_CONTROL_INVALID',
      'The organization control is not acceptable',
      issues,
    );
  const before =
    selfId === null ? undefined : await findOrganizationControl(db, organizationId, selfId);
  const isRenamed = before !== undefined && before.controlId !== details.controlId;
  if ((before === undefined || isRenamed) && references.includes(details.controlId))
    throw referenceTaken(details.controlId);
  if (isRenamed) await requireUnlinked(db, organizationId, before.controlId);
  return details;
};

/** The organization controls register. */
export const createOrganizationControlService = (deps: ServiceDeps) =>
  createRegisterService(deps, {
    entityType: 'organization_control',
    policy: AIMS_REGISTER_POLICY,
    sort: { fields: ORGANIZATION_CONTROL_SORT_FIELDS, default: 'controlId' },
    notFound: controlNotFound,
    check: checkControl,
    inputOf: (row: OrganizationControlDetails): NewOrganizationControlInput => row,
    related: async (db, organizationId) =>
      linkCounts(await allTreatmentActions(db, organizationId)),
    derive: (row, _today, links: ReadonlyMap<string, number>) => ({
      treatmentActionCount: links.get(row.controlId) ?? 0,
    }),
    // A linked control is kept: it may be changed but not deleted.
    actions: (row, caller) =>
      caller.permissions.includes('aims.write')
        ? row.treatmentActionCount > 0
          ? ['edit']
          : ['edit', 'delete']
        : [],
    find: findOrganizationControl,
    insert: (db, row) =>
      onUniqueViolation(
        () => insertOrganizationControl(db, row),
        () => referenceTaken(row.controlId),
      ),
    save: (db, row) =>
      onUniqueViolation(
        () => updateOrganizationControl(db, row),
        () => referenceTaken(row.controlId),
      ),
    remove: async (db, organizationId, id) => {
      const control = await findOrganizationControl(db, organizationId, id);
      if (control) await requireUnlinked(db, organizationId, control.controlId);
      await deleteOrganizationControl(db, organizationId, id);
    },
    list: (db, query: RepositoryQuery<OrganizationControlFilters, OrganizationControlSortField>) =>
      listOrganizationControls(db, query),
  });

export type OrganizationControlService = ReturnType<typeof createOrganizationControlService>;
