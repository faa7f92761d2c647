/** Tenant checks of the notification routes: every member has notifications of their own. */
import { defineAccessTable, routeCase } from '../../harness/access.js';

const NOTIFICATION = '01900000-0000-7000-8000-00000000aaaa';

export const notificationsAccess = defineAccessTable({
  title: 'notification routes',
  routes: [
    routeCase('GET /api/v1/orgs/{orgId}/notifications', {
      badInput: { query: 'kind=gossip', field: 'querystring.kind' },
    }),
    routeCase('GET /api/v1/orgs/{orgId}/notifications/unread-count', {
      badInput: { params: { orgId: 'not-an-id' }, field: 'params.orgId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/notifications/{notificationId}/read', {
      params: { notificationId: NOTIFICATION },
      badInput: { params: { notificationId: '1' }, field: 'params.notificationId' },
    }),
    routeCase('POST /api/v1/orgs/{orgId}/notifications/read-all', {
      payload: {},
      badInput: { payload: { kind: 'gossip' }, field: 'body.kind' },
    }),
  ],
});
