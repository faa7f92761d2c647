/** Your own second factor: set up, confirm, new recovery codes, turn off. */
import { z } from 'zod';
import type { RoutePlugin } from '../../route-plugin.js';
import { actorOf } from '../../authentication.js';
import { ErrorSchema } from '../../schemas.js';
import {
  ConfirmSecondFactorBody,
  RecoveryCodes,
  SecondFactorProofBody,
  SecondFactorSetup,
  SecondFactorStatus,
} from './second-factor.schemas.js';

export const secondFactorRoutes: RoutePlugin = (services) => async (app) => {
  const tags = ['account'];
  const errors = {
    400: ErrorSchema,
    401: ErrorSchema,
    403: ErrorSchema,
    409: ErrorSchema,
    429: ErrorSchema,
  };

  app.get(
    '/api/v1/auth/second-factor',
    {
      schema: {
        tags,
        summary: 'Whether two-step sign-in is on for your account',
        response: { 200: SecondFactorStatus, ...errors },
      },
    },
    async (request) => services.secondFactor.status(actorOf(request)),
  );

  app.post(
    '/api/v1/auth/second-factor/setup',
    {
      schema: {
        tags,
        summary:
          'Start setting up an authenticator app (a new secret; replaces a setup not yet confirmed)',
        response: { 200: SecondFactorSetup, ...errors },
      },
    },
    async (request) => services.secondFactor.setup(actorOf(request)),
  );

  app.post(
    '/api/v1/auth/second-factor/confirm',
    {
      schema: {
        tags,
        summary:
          'Turn two-step sign-in on with your password and a current code; returns the recovery codes once',
        body: ConfirmSecondFactorBody,
        response: { 200: RecoveryCodes, ...errors },
      },
    },
    async (request) => services.secondFactor.confirm(actorOf(request), request.body, request.ip),
  );

  app.post(
    '/api/v1/auth/second-factor/recovery-codes',
    {
      schema: {
        tags,
        summary:
          'Replace your recovery codes (the old ones stop working); needs your password and a code',
        body: SecondFactorProofBody,
        response: { 200: RecoveryCodes, ...errors },
      },
    },
    async (request) =>
      services.secondFactor.regenerateRecoveryCodes(actorOf(request), request.body, request.ip),
  );

  app.post(
    '/api/v1/auth/second-factor/disable',
    {
      schema: {
        tags,
        summary: 'Turn two-step sign-in off; needs your password and a code (or a recovery code)',
        body: SecondFactorProofBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await services.secondFactor.disable(actorOf(request), request.body, request.ip);
      return reply.status(204).send(null);
    },
  );
};
