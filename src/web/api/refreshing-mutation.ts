/** A mutation that, once it succeeds, refreshes every query under the keys its change makes stale. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';

export const useRefreshingMutation = <Input, Output>(
  mutationFn: (input: Input) => Promise<Output>,
  stale: readonly QueryKey[],
) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
};
