/** Renders its children for a signed-in user; sends everyone else to sign in. */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageError, FullPageLoader } from '../components/full-page-state.js';
import { MeContext } from './me-context.js';
import { meQuery } from './me-query.js';
import { signInPathFor } from './next-path.js';

export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const me = useQuery(meQuery);
  const location = useLocation();
  if (me.data === null) return <Navigate to={signInPathFor(location)} replace />;
  if (me.data) return <MeContext value={me.data}>{children}</MeContext>;
  if (me.isError) return <FullPageError error={me.error} onRetry={() => void me.refetch()} />;
  return <FullPageLoader />;
};
