import { z } from 'zod';
import { PERMISSIONS, ORG_KINDS, ROLES } from '../../../domain/access/roles.js';
import { Id, Timestamp } from '../../schemas.js';

export const SignInBody = z.strictObject({
  email: z.string().max(254),
  password: z.string().max(1024),
});

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
});

export const SecondFactorState = z
  .object({
    enabled: z.boolean().describe('Two-step sign-in is on for the account'),
    usedForThisSession: z
      .boolean()
      .describe('This session or API token was opened with a second factor'),
  })
  .meta({ id: 'SecondFactorState' });

export const User = z
  .object({ id: Id, email: z.string(), name: z.string(), createdAt: Timestamp })
  .meta({ id: 'User' });

export const Organization = z
  .object({
    id: Id,
    name: z.string(),
    kind: z.enum(ORG_KINDS),
    createdAt: Timestamp,
    requireSecondFactor: z
      .boolean()
      .describe('Members reach it only after signing in with a second factor'),
  })
  .meta({ id: 'Organization' });

export const OrgMembership = z
  .object({
    organization: Organization,
    roles: z.array(z.enum(ROLES)),
    permissions: z
      .array(z.enum(PERMISSIONS))
      .describe('What the caller may do in this organization'),
  })
  .meta({ id: 'OrgMembership' });

export const Me = z
  .object({ user: User, secondFactor: SecondFactorState, memberships: z.array(OrgMembership) })
  .meta({ id: 'Me' });

export const ApiToken = z
  .object({
    id: Id,
    name: z.string(),
    tokenPrefix: z.string().describe('The first characters of the token, to recognize it'),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
    secondFactor: z
      .boolean()
      .describe(
        'Made from a session opened with a second factor; organizations that require one refuse tokens without it',
      ),
  })
  .meta({ id: 'ApiToken' });

export const NewApiTokenBody = z.strictObject({ name: z.string().max(100) });

export const CreatedApiToken = ApiToken.extend({
  token: z
    .string()
    .describe('The secret, shown this once; send it as Authorization: Bearer <token>'),
});

export const TokenParams = z.object({ tokenId: Id });
