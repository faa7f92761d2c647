/** AI objectives and their measurements. */
import type {
  Measurement,
  Objective,
  ObjectiveDirection,
  ObjectiveKind,
} from '../domain/objective/objective.js';
import type { AnnexCObjectiveId } from '../domain/catalog/index.js';
import { sql } from 'kysely';
import type { Executor } from './database.js';
import { registerPage } from './register-page.js';
import type { RegisterQuery } from './register-page.js';
import { registerRows } from './register-rows.js';
import { allRows, firstRow } from './sql-helpers.js';
import { matchesSearch } from './register-search.js';
import type { ObjectiveMeasurementTable, ObjectiveTable } from './schema.js';

const toObjective = (row: ObjectiveTable): Objective => ({
  id: row.id,
  organizationId: row.organization_id,
  title: row.title,
  description: row.description,
  kind: row.kind as ObjectiveKind,
  metric: row.metric,
  unit: row.unit,
  targetValue: row.kind === 'qualitative' ? null : Number(row.target_value),
  direction: row.direction as ObjectiveDirection,
  evaluationMethod: row.evaluation_method,
  plan: row.plan,
  resources: row.resources,
  ownerUserId: row.owner_user_id,
  dueDate: row.due_date,
  communication: row.communication,
  policyConsistency: row.policy_consistency,
  annexCObjectiveId: row.annex_c_objective_id as AnnexCObjectiveId | null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (objective: Objective): ObjectiveTable => ({
  id: objective.id,
  organization_id: objective.organizationId,
  title: objective.title,
  description: objective.description,
  kind: objective.kind,
  metric: objective.metric,
  unit: objective.unit,
  // The column predates qualitative objectives and stays NOT NULL; 0 stands for "no target".
  target_value: objective.targetValue ?? 0,
  direction: objective.direction,
  evaluation_method: objective.evaluationMethod,
  plan: objective.plan,
  resources: objective.resources,
  owner_user_id: objective.ownerUserId,
  due_date: objective.dueDate,
  communication: objective.communication,
  policy_consistency: objective.policyConsistency,
  annex_c_objective_id: objective.annexCObjectiveId,
  created_at: objective.createdAt,
  updated_at: objective.updatedAt,
});

const toMeasurement = (row: ObjectiveMeasurementTable): Measurement => ({
  id: row.id,
  objectiveId: row.objective_id,
  measuredOn: row.measured_on,
  value: Number(row.value),
  note: row.note,
  recordedByUserId: row.recorded_by_user_id,
  createdAt: row.created_at,
});

const rows = registerRows('objective', toRow, toObjective);
export const findObjective = rows.find;
export const insertObjective = rows.insert;
export const updateObjective = rows.update;

export const deleteObjective = async (db: Executor, organizationId: string, id: string) => {
  await db.deleteFrom('objective_measurement').where('objective_id', '=', id).execute();
  await db
    .deleteFrom('objective')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
};

export const listObjectives = async (
  db: Executor,
  organizationId: string,
): Promise<Objective[]> => {
  return allRows(
    db
      .selectFrom('objective')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('title')
      .orderBy('id'),
    toObjective,
  );
};

export type ObjectiveQuery = RegisterQuery;

const matching = (db: Executor, query: Pick<ObjectiveQuery, 'organizationId' | 'search'>) => {
  const base = db.selectFrom('objective').where('organization_id', '=', query.organizationId);
  return query.search ? base.where(matchesSearch(db, 'objective', query.search)) : base;
};

/** One page of objectives by title, searching title, metric and plan, and the total that match. */
export const listObjectivePage = async (
  db: Executor,
  query: ObjectiveQuery,
): Promise<{ items: Objective[]; total: number }> => {
  return registerPage(
    matching(db, query),
    (rows) => rows.orderBy(sql`lower(title)`).orderBy('id'),
    query,
    toObjective,
  );
};

/** Every objective the list's search matches, not only one page (for the list's summary). */
export const listMatchingObjectives = async (
  db: Executor,
  query: Pick<ObjectiveQuery, 'organizationId' | 'search'>,
): Promise<Objective[]> => (await matching(db, query).selectAll().execute()).map(toObjective);

/** Measurements of the objectives given, oldest first, grouped by objective (one query). */
export const measurementsOf = async (
  db: Executor,
  organizationId: string,
  objectiveIds: readonly string[],
): Promise<Map<string, Measurement[]>> => {
  const byObjective = new Map<string, Measurement[]>(objectiveIds.map((id) => [id, []]));
  if (objectiveIds.length === 0) return byObjective;
  for (let start = 0; start < objectiveIds.length; start += 500) {
    const rows = await db
      .selectFrom('objective_measurement')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('objective_id', 'in', objectiveIds.slice(start, start + 500))
      .orderBy('measured_on')
      .orderBy('created_at')
      .execute();
    for (const row of rows) byObjective.get(row.objective_id)?.push(toMeasurement(row));
  }
  return byObjective;
};

export const insertMeasurement = async (
  db: Executor,
  organizationId: string,
  measurement: Measurement,
) => {
  await db
    .insertInto('objective_measurement')
    .values({
      id: measurement.id,
      objective_id: measurement.objectiveId,
      organization_id: organizationId,
      measured_on: measurement.measuredOn,
      value: measurement.value,
      note: measurement.note,
      recorded_by_user_id: measurement.recordedByUserId,
      created_at: measurement.createdAt,
    })
    .execute();
};

export const findMeasurement = async (
  db: Executor,
  organizationId: string,
  objectiveId: string,
  id: string,
): Promise<Measurement | undefined> => {
  return firstRow(
    db
      .selectFrom('objective_measurement')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('objective_id', '=', objectiveId)
      .where('id', '=', id),
    toMeasurement,
  );
};

export const deleteMeasurement = async (db: Executor, id: string) => {
  await db.deleteFrom('objective_measurement').where('id', '=', id).execute();
};
