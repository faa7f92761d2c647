/**
 * Query parameters of the current page, and a writer that replaces them only
 * while the user is still on that page: a debounced write that fires after
 * they navigated elsewhere must not add its parameters to the next page.
 */
import { useLocation, useSearchParams } from 'react-router';

export const usePageSearchParams = () => {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const write = (
    next: URLSearchParams | ((current: URLSearchParams) => URLSearchParams),
    push = false,
  ) => {
    if (window.location.pathname !== pathname) return;
    setParams(next, { replace: !push });
  };
  return [params, write] as const;
};
