/** Reading, adding, changing and deleting obligations through the API. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { useRegisterDelete, useRegisterSave } from '../../registers/register-mutations.js';
import { registerKeys } from '../../registers/register-queries.js';

export type Obligation = Schemas['Obligation'];
export type ObligationBody =
  paths['/api/v1/orgs/{orgId}/obligations']['post']['requestBody']['content']['application/json'];

export const obligationQuery = (orgId: string, obligationId: string) =>
  queryOptions({
    queryKey: registerKeys.one(orgId, 'obligations', obligationId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/obligations/{obligationId}', {
          params: { path: { orgId, obligationId } },
          signal,
        }),
      ),
  });

export const useSaveObligation = (orgId: string, obligationId: string | undefined) =>
  useRegisterSave(orgId, 'obligations', (body: ObligationBody) =>
    unwrap(
      obligationId === undefined
        ? api.POST('/api/v1/orgs/{orgId}/obligations', { params: { path: { orgId } }, body })
        : api.PATCH('/api/v1/orgs/{orgId}/obligations/{obligationId}', {
            params: { path: { orgId, obligationId } },
            body,
          }),
    ),
  );

export const useDeleteObligation = (orgId: string) =>
  useRegisterDelete(orgId, 'obligations', (obligationId) =>
    unwrap(
      api.DELETE('/api/v1/orgs/{orgId}/obligations/{obligationId}', {
        params: { path: { orgId, obligationId } },
      }),
    ),
  );
