/**
 * The caller's notifications in an organization (the bell and its list),
 * their notification preferences, and what the settings page shows of mail.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../services/index.js';
import { actorOf } from '../../authentication.js';
import { compact } from '../../compact.js';
import { ErrorSchema, OrgParams, orgRouteErrors } from '../../schemas.js';
import {
  NotificationPage,
  NotificationParams,
  NotificationPreferences,
  NotificationPreferencesBody,
  NotificationQuery,
  NotificationSettings,
  ReadAllBody,
} from './schemas.js';

const tags = ['notifications'];
const userErrors = { 400: ErrorSchema, 401: ErrorSchema };

export const notificationRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/orgs/:orgId/notifications',
      {
        schema: {
          tags,
          summary: 'Your notifications in the organization, newest first',
          params: OrgParams,
          querystring: NotificationQuery,
          response: { 200: NotificationPage, ...orgRouteErrors },
        },
      },
      async (request) =>
        services.notifications.list(actorOf(request), request.params.orgId, compact(request.query)),
    );

    app.get(
      '/api/v1/orgs/:orgId/notifications/unread-count',
      {
        schema: {
          tags,
          summary: 'How many of your notifications in the organization are unread (the bell)',
          params: OrgParams,
          response: { 200: z.object({ unreadCount: z.number().int() }), ...orgRouteErrors },
        },
      },
      async (request) => ({
        unreadCount: await services.notifications.unreadCount(
          actorOf(request),
          request.params.orgId,
        ),
      }),
    );

    app.post(
      '/api/v1/orgs/:orgId/notifications/:notificationId/read',
      {
        schema: {
          tags,
          summary: 'Mark one of your notifications read',
          params: NotificationParams,
          body: z.strictObject({}).nullish(),
          response: { 204: z.null(), ...orgRouteErrors },
        },
      },
      async (request, reply) => {
        const { orgId, notificationId } = request.params;
        await services.notifications.markRead(actorOf(request), orgId, notificationId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/orgs/:orgId/notifications/read-all',
      {
        schema: {
          tags,
          summary: 'Mark all your unread notifications (of one kind, when given) read',
          params: OrgParams,
          body: ReadAllBody,
          response: { 200: z.object({ marked: z.number().int() }), ...orgRouteErrors },
        },
      },
      async (request) => ({
        marked: await services.notifications.markAllRead(
          actorOf(request),
          request.params.orgId,
          request.body?.kind,
        ),
      }),
    );

    app.get(
      '/api/v1/me/notification-preferences',
      {
        schema: {
          tags,
          summary: 'Which kinds of notification you also receive by e-mail',
          response: { 200: NotificationPreferences, ...userErrors },
        },
      },
      async (request) => ({ items: await services.notifications.preferences(actorOf(request)) }),
    );

    app.put(
      '/api/v1/me/notification-preferences',
      {
        schema: {
          tags,
          summary: 'Choose which kinds of notification you also receive by e-mail',
          body: NotificationPreferencesBody,
          response: { 200: NotificationPreferences, ...userErrors },
        },
      },
      async (request) => ({
        items: await services.notifications.savePreferences(actorOf(request), request.body.items),
      }),
    );

    app.get(
      '/api/v1/system/notification-settings',
      {
        schema: {
          tags,
          summary: 'Whether e-mail is configured, and when reminders go out',
          response: { 200: NotificationSettings, 401: ErrorSchema },
        },
      },
      async (request) => {
        actorOf(request);
        return services.notifications.settings();
      },
    );
  };
