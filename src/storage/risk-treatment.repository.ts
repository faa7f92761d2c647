/** A risk's treatment actions and the acceptances of its residual risk. */
import type { ControlId } from '../domain/catalog/index.js';
import type { RiskAcceptance } from '../domain/risk/acceptance.js';
import type { TreatmentActionStatus } from '../domain/risk/risk.js';
import type { TreatmentAction } from '../domain/risk/treatment-action.js';
import type { Executor } from './database.js';
import type { RiskAcceptanceTable, RiskTreatmentActionTable } from './schema.js';
import { parseJsonList } from './sql-helpers.js';

export interface StoredTreatmentAction extends TreatmentAction {
  readonly organizationId: string;
}

export interface StoredAcceptance extends RiskAcceptance {
  readonly organizationId: string;
  readonly criteriaVersionId: string;
}

const toAction = (row: RiskTreatmentActionTable): StoredTreatmentAction => ({
  id: row.id,
  organizationId: row.organization_id,
  riskId: row.risk_id,
  title: row.title,
  description: row.description,
  annexAControlIds: parseJsonList<ControlId>(row.annex_a_control_ids),
  organizationControlIds: parseJsonList<string>(row.organization_control_ids),
  ownerUserId: row.owner_user_id,
  dueDate: row.due_date,
  status: row.status as TreatmentActionStatus,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const actionRow = (action: StoredTreatmentAction): RiskTreatmentActionTable => ({
  id: action.id,
  organization_id: action.organizationId,
  risk_id: action.riskId,
  title: action.title,
  description: action.description,
  annex_a_control_ids: JSON.stringify(action.annexAControlIds),
  organization_control_ids: JSON.stringify(action.organizationControlIds),
  owner_user_id: action.ownerUserId,
  due_date: action.dueDate,
  status: action.status,
  created_at: action.createdAt,
  updated_at: action.updatedAt,
});

const toAcceptance = (row: RiskAcceptanceTable): StoredAcceptance => ({
  id: row.id,
  organizationId: row.organization_id,
  riskId: row.risk_id,
  criteriaVersionId: row.criteria_version_id,
  levelKey: row.level_key,
  rationale: row.rationale,
  acceptedByUserId: row.accepted_by_user_id,
  requestedByUserId: row.requested_by_user_id,
  acceptedAt: row.accepted_at,
  expiresOn: row.expires_on,
  revokedAt: row.revoked_at,
});

/** The actions of the risks given, oldest first, grouped by risk (one query). */
export const actionsOfRisks = async (
  db: Executor,
  organizationId: string,
  riskIds: readonly string[],
): Promise<Map<string, StoredTreatmentAction[]>> => {
  const byRisk = new Map<string, StoredTreatmentAction[]>(riskIds.map((id) => [id, []]));
  if (riskIds.length === 0) return byRisk;
  const rows = await db
    .selectFrom('risk_treatment_action')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('risk_id', 'in', [...riskIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows) byRisk.get(row.risk_id)?.push(toAction(row));
  return byRisk;
};

/** Every treatment action of the organization, for the treatment plan. */
export const allTreatmentActions = async (
  db: Executor,
  organizationId: string,
): Promise<StoredTreatmentAction[]> =>
  (
    await db
      .selectFrom('risk_treatment_action')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  ).map(toAction);

export const findTreatmentAction = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<StoredTreatmentAction | undefined> => {
  const row = await db
    .selectFrom('risk_treatment_action')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toAction(row);
};

export const insertTreatmentAction = async (db: Executor, action: StoredTreatmentAction) => {
  await db.insertInto('risk_treatment_action').values(actionRow(action)).execute();
};

export const updateTreatmentAction = async (db: Executor, action: StoredTreatmentAction) => {
  const { id: _id, organization_id: _org, created_at: _created, ...changes } = actionRow(action);
  await db
    .updateTable('risk_treatment_action')
    .set(changes)
    .where('organization_id', '=', action.organizationId)
    .where('id', '=', action.id)
    .execute();
};

export const deleteTreatmentAction = async (db: Executor, organizationId: string, id: string) => {
  await db
    .deleteFrom('risk_treatment_action')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
};

/** The acceptances of the risks given, newest first, grouped by risk (one query). */
export const acceptancesOfRisks = async (
  db: Executor,
  organizationId: string,
  riskIds: readonly string[],
): Promise<Map<string, StoredAcceptance[]>> => {
  const byRisk = new Map<string, StoredAcceptance[]>(riskIds.map((id) => [id, []]));
  if (riskIds.length === 0) return byRisk;
  const rows = await db
    .selectFrom('risk_acceptance')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('risk_id', 'in', [...riskIds])
    .orderBy('accepted_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  for (const row of rows) byRisk.get(row.risk_id)?.push(toAcceptance(row));
  return byRisk;
};

export const insertAcceptance = async (db: Executor, acceptance: StoredAcceptance) => {
  await db
    .insertInto('risk_acceptance')
    .values({
      id: acceptance.id,
      organization_id: acceptance.organizationId,
      risk_id: acceptance.riskId,
      criteria_version_id: acceptance.criteriaVersionId,
      level_key: acceptance.levelKey,
      rationale: acceptance.rationale,
      accepted_by_user_id: acceptance.acceptedByUserId,
      requested_by_user_id: acceptance.requestedByUserId,
      accepted_at: acceptance.acceptedAt,
      expires_on: acceptance.expiresOn,
      revoked_at: acceptance.revokedAt,
    })
    .execute();
};

export const revokeAcceptance = async (
  db: Executor,
  organizationId: string,
  id: string,
  at: string,
) => {
  await db
    .updateTable('risk_acceptance')
    .set({ revoked_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
};
