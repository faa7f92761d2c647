/**
 * The register declarations from `GET /api/v1/registers`, read once per
 * session (they change only with a new server version) and handed to the
 * register pages below the gate.
 */
import { Skeleton, Stack } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext } from 'react';
import type { ReactNode } from 'react';
import { api, unwrap } from '../api/client.js';
import { ErrorState } from '../components/error-state.js';
import type { RegisterDeclaration } from './declaration.js';

export const registersQuery = queryOptions({
  queryKey: ['registers'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/registers', { signal })),
  staleTime: Infinity,
  gcTime: Infinity,
});

export const RegistersContext = createContext<readonly RegisterDeclaration[] | null>(null);

export const RegistersGate = ({ children }: { children: ReactNode }) => {
  const registers = useQuery(registersQuery);
  if (registers.isError) {
    return <ErrorState error={registers.error} onRetry={() => void registers.refetch()} />;
  }
  if (!registers.data) {
    return (
      <Stack gap="md" role="status" aria-label="Loading">
        <Skeleton height={32} width="40%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  return <RegistersContext value={registers.data.registers}>{children}</RegistersContext>;
};
