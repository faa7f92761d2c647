/** AI objectives and their measurements through the API. */
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { useRegisterSave } from '../../registers/register-mutations.js';
import type { RegisterBody } from '../../registers/register-records.js';

export type Objective = Schemas['Objective'];
export type Measurement = Schemas['ObjectiveMeasurement'];
export type ObjectiveSummary = Schemas['ObjectiveSummary'];
export type ObjectiveBody = RegisterBody<'objectives'>;
export type MeasurementBody =
  paths['/api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements']['post']['requestBody']['content']['application/json'];

/** A measurement changes the objective it belongs to, which the API answers. */
export const useRecordMeasurement = (orgId: string, objectiveId: string) =>
  useRegisterSave(orgId, 'objectives', (body: MeasurementBody) =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements', {
        params: { path: { orgId, objectiveId } },
        body,
      }),
    ),
  );

export const useDeleteMeasurement = (orgId: string, objectiveId: string) =>
  useRegisterSave(orgId, 'objectives', (measurementId: string) =>
    unwrap(
      api.DELETE('/api/v1/orgs/{orgId}/objectives/{objectiveId}/measurements/{measurementId}', {
        params: { path: { orgId, objectiveId, measurementId } },
      }),
    ),
  );
