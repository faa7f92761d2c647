import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles.js';
import { Id, Timestamp } from '../../schemas.js';

export const Member = z
  .object({
    id: Id.describe('Membership id'),
    userId: Id,
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    createdAt: Timestamp,
  })
  .meta({ id: 'Member' });

export const Membership = z
  .object({ id: Id, organizationId: Id, userId: Id, role: z.enum(ROLES), createdAt: Timestamp })
  .meta({ id: 'Membership' });

export const NewMemberBody = z.strictObject({
  email: z.string().max(254).describe('The email of a current member of this organization'),
  role: z.string().max(40).describe('A role valid for the organization kind'),
});

export const MemberParams = z.object({ orgId: Id, membershipId: Id });

export const OrgSettingsBody = z.strictObject({
  requireSecondFactor: z
    .boolean()
    .describe('Members reach the organization only after signing in with a second factor'),
});
