/** AI objectives (6.2) and their measurements over time (9.1). */
import {
  measurementIssues,
  objectiveProgress,
  validateObjective,
  type Measurement,
  type Objective,
  type ObjectiveInput,
  type ObjectiveProgress,
} from '../domain/objective/objective.js';
import { invalid, notFound } from '../domain/errors.js';
import { calendarDateOf } from '../domain/validation.js';
import type { Executor } from '../storage/database.js';
import {
  deleteMeasurement,
  deleteObjective,
  findMeasurement,
  findObjective,
  insertMeasurement,
  insertObjective,
  listObjectives,
  measurementsOf,
  updateObjective,
} from '../storage/objective.repository.js';
import { checkOwner } from './registers/owner-check.js';
import { recordChange } from './audit-trail.js';
import { authorize, type OrgAccess } from './authorization.js';
import {
  actorUserId,
  inTransaction,
  now,
  reader,
  type Actor,
  type ServiceDeps,
} from './context.js';

export interface ObjectiveView extends Objective {
  readonly measurements: Measurement[];
  readonly progress: ObjectiveProgress;
  readonly availableActions: ('edit' | 'delete' | 'record_measurement')[];
}

const objectiveNotFound = (id: string) =>
  notFound('OBJECTIVE_NOT_FOUND', 'No such objective', { objectiveId: id });

export const createObjectiveService = (deps: ServiceDeps) => {
  const today = () => calendarDateOf(deps.clock.now());

  const view = (
    access: OrgAccess,
    objective: Objective,
    measurements: Measurement[],
  ): ObjectiveView => ({
    ...objective,
    measurements,
    progress: objectiveProgress(objective, measurements, today()),
    availableActions: access.permissions.includes('aims.write')
      ? ['edit', 'delete', 'record_measurement']
      : [],
  });

  const checked = async (trx: Executor, organizationId: string, input: ObjectiveInput) => {
    const { details, issues } = validateObjective(input);
    await checkOwner(trx, organizationId, details.ownerUserId, issues);
    if (issues.length > 0)
      throw invalid('OBJECTIVE_INVALID', 'The objective is not acceptable', issues);
    return details;
  };

  const load = async (db: Executor, organizationId: string, id: string) => {
    const objective = await findObjective(db, organizationId, id);
    if (!objective) throw objectiveNotFound(id);
    return objective;
  };

  const viewOne = async (db: Executor, access: OrgAccess, objective: Objective) =>
    view(
      access,
      objective,
      (await measurementsOf(db, objective.organizationId, [objective.id])).get(objective.id) ?? [],
    );

  return {
    async list(actor: Actor, organizationId: string): Promise<ObjectiveView[]> {
      const access = await authorize(reader(deps), actor, organizationId, 'aims.read');
      const objectives = await listObjectives(reader(deps), organizationId);
      const measurements = await measurementsOf(
        reader(deps),
        organizationId,
        objectives.map((o) => o.id),
      );
      return objectives.map((objective) =>
        view(access, objective, measurements.get(objective.id) ?? []),
      );
    },

    async get(actor: Actor, organizationId: string, id: string): Promise<ObjectiveView> {
      const access = await authorize(reader(deps), actor, organizationId, 'aims.read');
      return viewOne(reader(deps), access, await load(reader(deps), organizationId, id));
    },

    async create(
      actor: Actor,
      organizationId: string,
      input: ObjectiveInput,
    ): Promise<ObjectiveView> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const at = now(deps);
        const objective: Objective = {
          ...(await checked(trx, organizationId, input)),
          id: deps.newId(),
          organizationId,
          createdAt: at,
          updatedAt: at,
        };
        await insertObjective(trx, objective);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'objective.created',
          entityType: 'objective',
          entityId: objective.id,
          after: objective,
        });
        return view(access, objective, []);
      });
    },

    async update(
      actor: Actor,
      organizationId: string,
      id: string,
      patch: Partial<ObjectiveInput>,
    ): Promise<ObjectiveView> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const before = await load(trx, organizationId, id);
        const after: Objective = {
          ...before,
          ...(await checked(trx, organizationId, { ...before, ...patch })),
          updatedAt: now(deps),
        };
        await updateObjective(trx, after);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'objective.updated',
          entityType: 'objective',
          entityId: id,
          before,
          after,
        });
        return viewOne(trx, access, after);
      });
    },

    async remove(actor: Actor, organizationId: string, id: string): Promise<void> {
      await inTransaction(deps, async (trx) => {
        await authorize(trx, actor, organizationId, 'aims.write');
        const before = await load(trx, organizationId, id);
        await deleteObjective(trx, organizationId, id);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'objective.deleted',
          entityType: 'objective',
          entityId: id,
          before,
        });
      });
    },

    /** Records a measurement taken on a date (not after today). */
    async recordMeasurement(
      actor: Actor,
      organizationId: string,
      objectiveId: string,
      input: { measuredOn: string; value: number; note?: string | undefined },
    ): Promise<ObjectiveView> {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const objective = await load(trx, organizationId, objectiveId);
        const issues = measurementIssues(input, today());
        if (issues.length > 0)
          throw invalid('MEASUREMENT_INVALID', 'The measurement is not acceptable', issues);
        const measurement: Measurement = {
          id: deps.newId(),
          objectiveId,
          measuredOn: input.measuredOn,
          value: input.value,
          note: (input.note ?? '').trim(),
          recordedByUserId: actorUserId(actor),
          createdAt: now(deps),
        };
        await insertMeasurement(trx, organizationId, measurement);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'objective_measurement.recorded',
          entityType: 'objective',
          entityId: objectiveId,
          after: measurement,
        });
        return viewOne(trx, access, objective);
      });
    },

    async removeMeasurement(
      actor: Actor,
      organizationId: string,
      objectiveId: string,
      measurementId: string,
    ) {
      return inTransaction(deps, async (trx) => {
        const access = await authorize(trx, actor, organizationId, 'aims.write');
        const objective = await load(trx, organizationId, objectiveId);
        const measurement = await findMeasurement(trx, organizationId, objectiveId, measurementId);
        if (!measurement) {
          throw notFound('MEASUREMENT_NOT_FOUND', 'No such measurement', { measurementId });
        }
        await deleteMeasurement(trx, measurementId);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'objective_measurement.deleted',
          entityType: 'objective',
          entityId: objectiveId,
          before: measurement,
        });
        return viewOne(trx, access, objective);
      });
    },
  };
};

export type ObjectiveService = ReturnType<typeof createObjectiveService>;
