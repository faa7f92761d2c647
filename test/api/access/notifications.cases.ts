/** Tenant checks of the notification routes: every member has notifications of their own. */
import { defineAccessTable } from '../../harness/access.js';

const NOTIFICATION = '01900000-0000-7000-8000-00000000aaaa';

export const notificationsAccess = defineAccessTable({
  title: 'notification routes',
  setup: (base) => Promise.resolve(base),
  routes: [
    {
      route: 'GET /api/v1/orgs/{orgId}/notifications',
      request: (orgId) => ({ method: 'GET', url: `/api/v1/orgs/${orgId}/notifications` }),
      badInput: {
        request: (orgId) => ({
          method: 'GET',
          url: `/api/v1/orgs/${orgId}/notifications?kind=gossip`,
        }),
        field: 'querystring.kind',
      },
    },
    {
      route: 'GET /api/v1/orgs/{orgId}/notifications/unread-count',
      request: (orgId) => ({
        method: 'GET',
        url: `/api/v1/orgs/${orgId}/notifications/unread-count`,
      }),
      badInput: {
        request: () => ({
          method: 'GET',
          url: '/api/v1/orgs/not-an-id/notifications/unread-count',
        }),
        field: 'params.orgId',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/notifications/{notificationId}/read',
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/notifications/${NOTIFICATION}/read`,
      }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/notifications/1/read`,
        }),
        field: 'params.notificationId',
      },
    },
    {
      route: 'POST /api/v1/orgs/{orgId}/notifications/read-all',
      request: (orgId) => ({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/notifications/read-all`,
        payload: {},
      }),
      badInput: {
        request: (orgId) => ({
          method: 'POST',
          url: `/api/v1/orgs/${orgId}/notifications/read-all`,
          payload: { kind: 'gossip' },
        }),
        field: 'body.kind',
      },
    },
  ],
});
