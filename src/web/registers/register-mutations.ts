/**
 * Saving and deleting a register's records with the cache work every
 * register shares: the saved record replaces its cached copy, a deleted one
 * leaves the cache, and what the change makes stale refreshes (the
 * register's lists, the audit trail …). Each register supplies only its
 * typed API calls.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { registerKeys, staleAfterChange } from './register-queries.js';

/** The part of a delete mutation a page's Delete uses. */
export interface DeleteMutation {
  readonly mutate: (
    id: string,
    callbacks: { onSuccess: () => void; onError: (error: unknown) => void },
  ) => void;
  readonly isPending: boolean;
  readonly variables: string | undefined;
}

/** A mutation whose success updates the cached record, then refreshes what the change makes stale. */
const useRegisterMutation = <Input, Output>(
  orgId: string,
  path: string,
  request: (input: Input) => Promise<Output>,
  updateCache: (queryClient: QueryClient, output: Output, input: Input) => void,
) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (output, input) => {
      updateCache(queryClient, output, input);
      return Promise.all(
        staleAfterChange(orgId, path).map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
};

/**
 * A change that answers the record as it now is: adding or changing it (the
 * register's POST or PATCH), or a change to one of its parts.
 */
export const useRegisterSave = <Input, Saved extends { id: string }>(
  orgId: string,
  path: string,
  request: (input: Input) => Promise<Saved>,
) =>
  useRegisterMutation(orgId, path, request, (queryClient, saved) =>
    queryClient.setQueryData(registerKeys.one(orgId, path, saved.id), saved),
  );

/** Deletes a record by id; `request` is the register's DELETE call. */
export const useRegisterDelete = (
  orgId: string,
  path: string,
  request: (id: string) => Promise<unknown>,
) =>
  useRegisterMutation(orgId, path, request, (queryClient, _, id) =>
    queryClient.removeQueries({ queryKey: registerKeys.one(orgId, path, id) }),
  );
