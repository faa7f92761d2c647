/**
 * AI objectives (6.2) and their measurements over time (9.1): a register on
 * the kit, each objective shown with its measurements and its progress
 * against the target, plus recording and removing measurements.
 */
import { invalid, notFound } from '../../domain/errors.js';
import {
  measurementIssues,
  objectiveProgress,
  planningGaps,
  summarizeObjectives,
  validateObjective,
} from '../../domain/objective/objective.js';
import type {
  Measurement,
  Objective,
  ObjectiveDetails,
  ObjectiveInput,
} from '../../domain/objective/objective.js';
import { searchOf } from '../../domain/register/list-query.js';
import type { PageRequest } from '../../domain/register/list-query.js';
import { calendarDateOf } from '../../domain/validation.js';
import type { Executor } from '../../storage/database.js';
import {
  deleteMeasurement,
  deleteObjective,
  findMeasurement,
  findObjective,
  insertMeasurement,
  insertObjective,
  listMatchingObjectives,
  listObjectivePage,
  measurementsOf,
  updateObjective,
} from '../../storage/objective.repository.js';
import { recordChange } from '../audit-trail.js';
import { authorize } from '../authorization.js';
import { actorUserId, inTransaction, now, reader } from '../context.js';
import type { Actor, ServiceDeps } from '../context.js';
import { AIMS_REGISTER_POLICY } from './context.service.js';
import { checkOwner } from './owner-check.js';
import { createRegisterService } from './register-engine.js';
import type { RepositoryQuery } from './register-engine.js';

const objectiveNotFound = (id: string) =>
  notFound('OBJECTIVE_NOT_FOUND', 'No such objective', { objectiveId: id });

const checkObjective = async (
  db: Executor,
  organizationId: string,
  input: ObjectiveInput,
): Promise<ObjectiveDetails> => {
  const { details, issues } = validateObjective(input);
  await checkOwner(db, organizationId, details.ownerUserId, issues);
  if (issues.length > 0)
    throw invalid('OBJECTIVE_INVALID', 'The objective is not acceptable', issues);
  return details;
};

export const createObjectiveService = (deps: ServiceDeps) => {
  const register = createRegisterService(deps, {
    entityType: 'objective',
    policy: { ...AIMS_REGISTER_POLICY, writeActions: ['record_measurement'] as const },
    notFound: objectiveNotFound,
    check: (db: Executor, organizationId: string, input: ObjectiveInput) =>
      checkObjective(db, organizationId, input),
    inputOf: (row: ObjectiveDetails): ObjectiveInput => row,
    related: measurementsOf,
    derive: (row, today, measurements: Map<string, Measurement[]>) => {
      const taken = measurements.get(row.id) ?? [];
      return {
        measurements: taken,
        progress: objectiveProgress(row, taken, today),
        planningGaps: planningGaps(row),
      };
    },
    find: findObjective,
    insert: insertObjective,
    save: updateObjective,
    remove: deleteObjective,
    list: (db, query: RepositoryQuery<object>) => listObjectivePage(db, query),
  });

  /** Loads the objective, runs a change to its measurements, and returns it as the caller sees it. */
  const changeMeasurements = (
    actor: Actor,
    organizationId: string,
    objectiveId: string,
    change: (trx: Executor, objective: Objective) => Promise<void>,
  ) =>
    inTransaction(deps, async (trx) => {
      const access = await authorize(trx, actor, organizationId, 'aims.write');
      const objective = await findObjective(trx, organizationId, objectiveId);
      if (!objective) throw objectiveNotFound(objectiveId);
      await change(trx, objective);
      return register.view(trx, access, objectiveId);
    });

  /** How every objective the search matches stands, not only those on the page. */
  const summaryOf = async (organizationId: string, search: string | undefined) => {
    const db = reader(deps);
    const objectives = await listMatchingObjectives(db, { organizationId, ...searchOf(search) });
    const ids = objectives.map((objective) => objective.id);
    const measurements = await measurementsOf(db, organizationId, ids);
    const today = calendarDateOf(deps.clock.now());
    return summarizeObjectives(
      objectives.map((objective) =>
        objectiveProgress(objective, measurements.get(objective.id) ?? [], today),
      ),
    );
  };

  return {
    ...register,

    /** A page of objectives, with a summary of all that match. */
    async list(actor: Actor, organizationId: string, query: PageRequest) {
      const page = await register.list(actor, organizationId, query);
      return { ...page, summary: await summaryOf(organizationId, query.search) };
    },

    /** Records a measurement taken on a date (not after today). */
    recordMeasurement(
      actor: Actor,
      organizationId: string,
      objectiveId: string,
      input: { measuredOn: string; value: number; note?: string | undefined },
    ) {
      return changeMeasurements(actor, organizationId, objectiveId, async (trx, objective) => {
        const issues = measurementIssues(input, calendarDateOf(deps.clock.now()), objective.kind);
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
      });
    },

    /** Removes a measurement recorded in error (the audit trail keeps it). */
    removeMeasurement(
      actor: Actor,
      organizationId: string,
      objectiveId: string,
      measurementId: string,
    ) {
      return changeMeasurements(actor, organizationId, objectiveId, async (trx) => {
        const measurement = await findMeasurement(trx, organizationId, objectiveId, measurementId);
        if (!measurement)
          throw notFound('MEASUREMENT_NOT_FOUND', 'No such measurement', { measurementId });
        await deleteMeasurement(trx, measurementId);
        await recordChange(trx, deps, actor, {
          organizationId,
          action: 'objective_measurement.deleted',
          entityType: 'objective',
          entityId: objectiveId,
          before: measurement,
        });
      });
    },
  };
};

export type ObjectiveService = ReturnType<typeof createObjectiveService>;
