/**
 * Saving and deleting a register's records with the cache work every
 * register shares: the saved record replaces its cached copy, a deleted one
 * leaves the cache, and the register's lists and the audit trail refresh.
 * Each register supplies only its typed API calls.
 */
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { registerKeys, staleAfterChange } from './register-queries.js';

interface MutationOptions {
  /** Queries beyond the register's lists and the audit trail that a change makes stale. */
  readonly alsoStale?: readonly QueryKey[];
}

const useRefresh = (orgId: string, path: string, options: MutationOptions) => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [...staleAfterChange(orgId, path), ...(options.alsoStale ?? [])].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
};

/**
 * A change that answers the record as it now is: adding or changing it (the
 * register's POST or PATCH), or a change to one of its parts.
 */
export const useRegisterSave = <Body, Saved extends { id: string }>(
  orgId: string,
  path: string,
  request: (body: Body) => Promise<Saved>,
  options: MutationOptions = {},
) => {
  const queryClient = useQueryClient();
  const refresh = useRefresh(orgId, path, options);
  return useMutation({
    mutationFn: request,
    onSuccess: (saved) => {
      queryClient.setQueryData(registerKeys.one(orgId, path, saved.id), saved);
      return refresh();
    },
  });
};

/** Deletes a record by id; `request` is the register's DELETE call. */
export const useRegisterDelete = (
  orgId: string,
  path: string,
  request: (id: string) => Promise<unknown>,
  options: MutationOptions = {},
) => {
  const queryClient = useQueryClient();
  const refresh = useRefresh(orgId, path, options);
  return useMutation({
    mutationFn: request,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: registerKeys.one(orgId, path, id) });
      return refresh();
    },
  });
};
