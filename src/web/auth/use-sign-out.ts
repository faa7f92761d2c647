/** Ends the session, then reloads on the sign-in page so nothing of the session stays in memory. */
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';
import { notifyFailure } from '../components/notify.js';

export const useSignOut = () =>
  useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSuccess: () => window.location.assign('/sign-in'),
    onError: (error) => notifyFailure('Could not sign out', error),
  });
