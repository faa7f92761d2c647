/** The signed-in user, available to every page inside RequireAuth. */
import { createContext, use } from 'react';
import type { Me } from './me-query.js';

export const MeContext = createContext<Me | null>(null);

export const useMe = (): Me => {
  const me = use(MeContext);
  if (!me) throw new Error('useMe is only available inside RequireAuth');
  return me;
};
