/** AI objectives and their measurements through the API. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';

export type Objective = Schemas['Objective'];
export type Measurement = Schemas['ObjectiveMeasurement'];
export type ObjectiveBody =
  paths['/api/v1/orgs/{orgId}/objectives']['post']['requestBody']['content']['application/json'];
export type MeasurementBody =
  paths['/api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements']['post']['requestBody']['content']['application/json'];

const objectivesKey = (orgId: string) => ['orgs', orgId, 'objectives'] as const;

export const objectivesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...objectivesKey(orgId), 'list'],
    // The register is small: one page of the largest size holds every objective.
    // The answer also says what the user may do with the register (add, export).
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/objectives', {
          params: { path: { orgId }, query: { pageSize: 200 } },
          signal,
        }),
      ),
  });

export const objectiveQuery = (orgId: string, objectiveId: string) =>
  queryOptions({
    queryKey: [...objectivesKey(orgId), 'one', objectiveId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/objectives/{objectiveId}', {
          params: { path: { orgId, objectiveId } },
          signal,
        }),
      ),
  });

/** Keeps the changed objective in the cache and refreshes the lists that show it. */
const useObjectiveChanged = (orgId: string) => {
  const queryClient = useQueryClient();
  return (objective?: Objective) => {
    if (objective)
      queryClient.setQueryData(objectiveQuery(orgId, objective.id).queryKey, objective);
    return Promise.all(
      [
        [...objectivesKey(orgId), 'list'],
        ['orgs', orgId, 'required-documents'],
        ['orgs', orgId, 'audit-log'],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
};

export const useCreateObjective = (orgId: string) => {
  const changed = useObjectiveChanged(orgId);
  return useMutation({
    mutationFn: (body: ObjectiveBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/objectives', { params: { path: { orgId } }, body })),
    onSuccess: changed,
  });
};

export const useUpdateObjective = (orgId: string, objectiveId: string) => {
  const changed = useObjectiveChanged(orgId);
  return useMutation({
    mutationFn: (body: ObjectiveBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/objectives/{objectiveId}', {
          params: { path: { orgId, objectiveId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
};

export const useDeleteObjective = (orgId: string, objectiveId: string) => {
  const changed = useObjectiveChanged(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/objectives/{objectiveId}', {
          params: { path: { orgId, objectiveId } },
        }),
      ),
    onSuccess: () => changed(),
  });
};

export const useRecordMeasurement = (orgId: string, objectiveId: string) => {
  const changed = useObjectiveChanged(orgId);
  return useMutation({
    mutationFn: (body: MeasurementBody) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements', {
          params: { path: { orgId, objectiveId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
};

export const useDeleteMeasurement = (orgId: string, objectiveId: string) => {
  const changed = useObjectiveChanged(orgId);
  return useMutation({
    mutationFn: (measurementId: string) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements/{measurementId}', {
          params: { path: { orgId, objectiveId, measurementId } },
        }),
      ),
    onSuccess: changed,
  });
};
