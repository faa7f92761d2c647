/** Schemas shared by every resource: errors, ids, paging. */
import { z } from 'zod';

export const ErrorSchema = z
  .object({
    statusCode: z.number().int(),
    code: z.string().describe('Stable machine-readable code, listed in docs/errors.md'),
    error: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Error' });

/** The error responses every authenticated, organization-scoped route can give. */
export const orgRouteErrors = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
} as const;

export const Id = z.uuid().describe('A UUIDv7 identifier');

export const OrgParams = z.object({ orgId: Id });

export const Timestamp = z.string().describe('ISO-8601 UTC timestamp');

/** Query-string booleans arrive as text. */
export const QueryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');
