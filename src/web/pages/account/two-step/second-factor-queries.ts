/** Your own two-step sign-in: its state, setup, confirm, new recovery codes, turning it off. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.js';
import type { Schemas } from '../../../api/client.js';
import { useRefreshingMutation } from '../../../api/refreshing-mutation.js';
import { ME_KEY } from '../../../auth/me-query.js';

export type SecondFactorSetup = Schemas['SecondFactorSetup'];

export interface Proof {
  readonly currentPassword: string;
  readonly code?: string;
  readonly recoveryCode?: string;
}

const STATUS_KEY = ['auth', 'second-factor'] as const;
const STALE = [STATUS_KEY, ME_KEY] as const;

export const secondFactorQuery = queryOptions({
  queryKey: STATUS_KEY,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/auth/second-factor', { signal })),
});

export const useStartSetup = () =>
  useRefreshingMutation(() => unwrap(api.POST('/api/v1/auth/second-factor/setup')), [STATUS_KEY]);

export const useConfirmSetup = () =>
  useRefreshingMutation(
    (body: { currentPassword: string; code: string }) =>
      unwrap(api.POST('/api/v1/auth/second-factor/confirm', { body })),
    STALE,
  );

export const useNewRecoveryCodes = () =>
  useRefreshingMutation(
    (body: Proof) => unwrap(api.POST('/api/v1/auth/second-factor/recovery-codes', { body })),
    STALE,
  );

export const useTurnOff = () =>
  useRefreshingMutation(
    (body: Proof) => unwrap(api.POST('/api/v1/auth/second-factor/disable', { body })),
    STALE,
  );
