/** AI objectives and their measurements through the API. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { registerKeys } from '../../registers/register-queries.js';
import { useRegisterDelete, useRegisterSave } from '../../registers/register-mutations.js';

export type Objective = Schemas['Objective'];
export type Measurement = Schemas['ObjectiveMeasurement'];
export type ObjectiveSummary = Schemas['ObjectiveSummary'];
export type ObjectiveBody =
  paths['/api/v1/orgs/{orgId}/objectives']['post']['requestBody']['content']['application/json'];
export type MeasurementBody =
  paths['/api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements']['post']['requestBody']['content']['application/json'];

/** Objectives count towards the required documents (RD objectives), so those go stale too. */
const alsoStale = (orgId: string) => ({ alsoStale: [['orgs', orgId, 'required-documents']] });

export const objectiveQuery = (orgId: string, objectiveId: string) =>
  queryOptions({
    queryKey: registerKeys.one(orgId, 'objectives', objectiveId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/objectives/{objectiveId}', {
          params: { path: { orgId, objectiveId } },
          signal,
        }),
      ),
  });

export const useSaveObjective = (orgId: string, objectiveId: string | undefined) =>
  useRegisterSave(
    orgId,
    'objectives',
    (body: ObjectiveBody) =>
      unwrap(
        objectiveId === undefined
          ? api.POST('/api/v1/orgs/{orgId}/objectives', { params: { path: { orgId } }, body })
          : api.PATCH('/api/v1/orgs/{orgId}/objectives/{objectiveId}', {
              params: { path: { orgId, objectiveId } },
              body,
            }),
      ),
    alsoStale(orgId),
  );

export const useDeleteObjective = (orgId: string) =>
  useRegisterDelete(
    orgId,
    'objectives',
    (objectiveId) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/objectives/{objectiveId}', {
          params: { path: { orgId, objectiveId } },
        }),
      ),
    alsoStale(orgId),
  );

/** A measurement changes the objective it belongs to, which the API answers. */
export const useRecordMeasurement = (orgId: string, objectiveId: string) =>
  useRegisterSave(
    orgId,
    'objectives',
    (body: MeasurementBody) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements', {
          params: { path: { orgId, objectiveId } },
          body,
        }),
      ),
    alsoStale(orgId),
  );

export const useDeleteMeasurement = (orgId: string, objectiveId: string) =>
  useRegisterSave(
    orgId,
    'objectives',
    (measurementId: string) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements/{measurementId}', {
          params: { path: { orgId, objectiveId, measurementId } },
        }),
      ),
    alsoStale(orgId),
  );
