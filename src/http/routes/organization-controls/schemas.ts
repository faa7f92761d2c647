import { z } from 'zod';
import { ANNEX_A_GROUP_IDS, CONTROL_IDS } from '../../../domain/catalog/index.js';
import { ORGANIZATION_CONTROL_SORT_FIELDS } from '../../../storage/organization-control.repository.js';
import { registerListQuery, registerRowEnd, registerSortFields } from '../../register-schemas.js';
import { Id } from '../../schemas.js';

/*
 * Transport limits only bound the size: which references and Annex A links
 * are acceptable is the domain's check (ORGANIZATION_CONTROL_INVALID names
 * each field with the reason).
 */
const REFERENCE_MAX = 20;

const fields = {
  controlId: z
    .string()
    .max(REFERENCE_MAX)
    .describe(
      'The organization’s reference: capital letters, a hyphen and a number, such as ORG-1',
    ),
  title: z.string().max(500),
  description: z.string().max(10_000),
  ownerUserId: Id.nullable().describe('A member of the organization who owns it'),
  annexAControlId: z
    .string()
    .max(REFERENCE_MAX)
    .nullable()
    .describe('The Annex A control it relates to, such as A.6.2.4'),
  annexAObjectiveId: z
    .string()
    .max(REFERENCE_MAX)
    .nullable()
    .describe('The Annex A control objective it relates to, such as A.6.2'),
};

export const OrganizationControl = z
  .object({
    id: Id,
    ...fields,
    annexAControlId: z.enum(CONTROL_IDS).nullable(),
    annexAObjectiveId: z.enum(ANNEX_A_GROUP_IDS).nullable(),
    treatmentActionCount: z
      .number()
      .int()
      .describe('Risk treatment actions that link it; a linked control is not deleted'),
    ...registerRowEnd,
  })
  .meta({ id: 'OrganizationControl' });

export const NewOrganizationControlBody = z
  .strictObject({
    ...fields,
    controlId: fields.controlId.describe(
      'The next free ORG-n unless given; capital letters, a hyphen and a number',
    ),
  })
  .partial({
    controlId: true,
    description: true,
    ownerUserId: true,
    annexAControlId: true,
    annexAObjectiveId: true,
  });

export const OrganizationControlPatchBody = z.strictObject(fields).partial();

export const OrganizationControlListQuery = registerListQuery(
  {
    ownerUserId: Id.optional(),
    annexAControlId: z.enum(CONTROL_IDS).optional(),
    annexAObjectiveId: z.enum(ANNEX_A_GROUP_IDS).optional(),
    ...registerSortFields(
      ORGANIZATION_CONTROL_SORT_FIELDS,
      'controlId unless given, in natural order (ORG-2 before ORG-10)',
    ),
  },
  'Matches reference, title or description, case-insensitive',
);
