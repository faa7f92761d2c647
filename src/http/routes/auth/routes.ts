/** Sign-in, sign-out, the caller's own account, and personal API tokens. */
import type { RoutePlugin } from '../../route-plugin.js';
import { actorOf } from '../../authentication.js';
import { clearSessionCookie, setSessionCookie } from '../../session-cookie.js';
import { ErrorSchema } from '../../schemas.js';
import {
  ApiToken,
  ChangePasswordBody,
  CreatedApiToken,
  Me,
  NewApiTokenBody,
  SignInBody,
  TokenParams,
} from './schemas.js';
import { SecondFactorChallenge, SecondStepBody } from './second-factor.schemas.js';
import { z } from 'zod';

export const authRoutes: RoutePlugin = (services) => async (app) => {
  const tags = ['account'];
  const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

  app.post(
    '/api/v1/auth/login',
    {
      config: { isPublic: true },
      schema: {
        tags,
        summary:
          'Sign in with email and password; sets the session cookie, or answers 202 with a challenge when the account has two-step sign-in',
        body: SignInBody,
        response: {
          200: Me,
          202: SecondFactorChallenge,
          400: ErrorSchema,
          401: ErrorSchema,
          429: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const outcome = await services.auth.signIn({
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      if (outcome.kind === 'second_factor') {
        return reply.status(202).send({ secondFactorRequired: true, ...outcome.challenge });
      }
      setSessionCookie(request, reply, outcome.signedIn);
      return services.organizations.me(outcome.signedIn.actor);
    },
  );

  app.post(
    '/api/v1/auth/login/second-factor',
    {
      config: { isPublic: true },
      schema: {
        tags,
        summary:
          'Finish a sign-in with the challenge and a code (or a recovery code); sets the session cookie',
        body: SecondStepBody,
        response: { 200: Me, 400: ErrorSchema, 401: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await services.auth.completeSignIn(request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(request, reply, signedIn);
      return services.organizations.me(signedIn.actor);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { isPublic: true },
      schema: { tags, summary: 'End the current session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.actor) await services.auth.signOut(request.actor);
      void clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags,
        summary: 'The caller and their organizations',
        response: { 200: Me, ...errors },
      },
    },
    async (request) => services.organizations.me(actorOf(request)),
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags,
        summary: 'Change your password (ends your other sessions)',
        body: ChangePasswordBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      await services.auth.changePassword(actorOf(request), currentPassword, newPassword);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags,
        summary: 'Your personal API tokens',
        response: { 200: z.array(ApiToken), ...errors },
      },
    },
    async (request) => services.auth.listApiTokens(actorOf(request)),
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token (the secret is shown once)',
        body: NewApiTokenBody,
        response: { 201: CreatedApiToken, ...errors },
      },
    },
    async (request, reply) => {
      const { token, summary } = await services.auth.createApiToken(
        actorOf(request),
        request.body.name,
      );
      return reply.status(201).send({ ...summary, token });
    },
  );

  app.delete(
    '/api/v1/auth/tokens/:tokenId',
    {
      schema: {
        tags,
        summary: 'Revoke one of your API tokens',
        params: TokenParams,
        response: { 200: ApiToken, ...errors },
      },
    },
    async (request) => services.auth.revokeApiToken(actorOf(request), request.params.tokenId),
  );
};
