/** The caller's notifications in an organization, their unread count, preferences and mail settings. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';
import type { Schemas } from '../api/client.js';
import { useRefreshingMutation } from '../api/refreshing-mutation.js';

export type Notification = Schemas['Notification'];
export type NotificationKind = Notification['kind'];

const notificationsKey = (orgId: string) => ['orgs', orgId, 'notifications'] as const;

export const unreadCountQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...notificationsKey(orgId), 'unread-count'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/notifications/unread-count', {
          params: { path: { orgId } },
          signal,
        }),
      ),
    refetchInterval: 60_000,
  });

export interface NotificationFilter {
  readonly kind?: NotificationKind;
  readonly isUnread?: boolean;
  readonly offset: number;
}

export const NOTIFICATION_PAGE_SIZE = 20;

export const notificationsQuery = (orgId: string, filter: NotificationFilter) =>
  queryOptions({
    queryKey: [...notificationsKey(orgId), 'list', filter],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/notifications', {
          params: {
            path: { orgId },
            query: {
              offset: filter.offset,
              limit: NOTIFICATION_PAGE_SIZE,
              ...(filter.kind ? { kind: filter.kind } : {}),
              ...(filter.isUnread !== undefined
                ? { isUnread: filter.isUnread ? 'true' : 'false' }
                : {}),
            },
          },
          signal,
        }),
      ),
  });

export const useMarkRead = (orgId: string) =>
  useRefreshingMutation(
    (notificationId: string) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/notifications/{notificationId}/read', {
          params: { path: { orgId, notificationId } },
          body: {},
        }),
      ),
    [notificationsKey(orgId)],
  );

export const useMarkAllRead = (orgId: string) =>
  useRefreshingMutation(
    (kind: NotificationKind | undefined) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/notifications/read-all', {
          params: { path: { orgId } },
          body: kind ? { kind } : {},
        }),
      ),
    [notificationsKey(orgId)],
  );

const PREFERENCES_KEY = ['me', 'notification-preferences'] as const;

export const preferencesQuery = queryOptions({
  queryKey: PREFERENCES_KEY,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/notification-preferences', { signal })),
});

export const useSavePreference = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: { kind: NotificationKind; isEmailEnabled: boolean }) =>
      unwrap(api.PUT('/api/v1/me/notification-preferences', { body: { items: [item] } })),
    onSuccess: (data) => queryClient.setQueryData(PREFERENCES_KEY, data),
  });
};

export const notificationSettingsQuery = queryOptions({
  queryKey: ['system', 'notification-settings'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/system/notification-settings', { signal })),
});
