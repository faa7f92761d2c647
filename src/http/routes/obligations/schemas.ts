import { z } from 'zod';
import {
  COMPLIANCE_STATUSES,
  MAX_OBLIGATION_AI_SYSTEMS,
  OBLIGATION_KINDS,
  OBLIGATION_SORT_FIELDS,
} from '../../../domain/obligation/obligation.js';
import { Id, QueryBoolean } from '../../schemas.js';
import { registerRowEnd, registerListQuery, registerSortFields } from '../../register-schemas.js';

const fields = {
  kind: z
    .enum(OBLIGATION_KINDS)
    .describe('voluntary: commitments the organization takes on itself, such as ethical codes'),
  source: z.string().max(200).describe('Where it comes from, such as "EU AI Act" or a contract'),
  reference: z.string().max(200).describe('The article, clause or section, such as "Art. 9"'),
  requirement: z.string().max(10_000).describe('What it requires, in the organization’s words'),
  aiSystemIds: z
    .array(Id)
    .max(MAX_OBLIGATION_AI_SYSTEMS)
    .describe('AI systems of the organization it applies to'),
  ownerUserId: Id.nullable().describe('A member of the organization who owns it'),
  complianceStatus: z.enum(COMPLIANCE_STATUSES),
  nextReviewDate: z.iso.date().nullable().describe('YYYY-MM-DD'),
  notes: z.string().max(10_000),
};

export const Obligation = z
  .object({
    id: Id,
    ...fields,
    aiSystemIds: z.array(Id).readonly(),
    isReviewOverdue: z.boolean().describe('The next review date has passed'),
    ...registerRowEnd,
  })
  .meta({ id: 'Obligation' });

export const NewObligationBody = z
  .strictObject({
    ...fields,
    complianceStatus: fields.complianceStatus.describe('not_assessed unless given'),
  })
  .partial({
    aiSystemIds: true,
    ownerUserId: true,
    complianceStatus: true,
    nextReviewDate: true,
    notes: true,
  });

export const ObligationPatchBody = z.strictObject(fields).partial();

export const ObligationListQuery = registerListQuery(
  {
    kind: z.enum(OBLIGATION_KINDS).optional(),
    complianceStatus: z.enum(COMPLIANCE_STATUSES).optional(),
    aiSystemId: Id.optional().describe('Obligations that apply to this AI system'),
    ownerUserId: Id.optional(),
    overdue: QueryBoolean.optional().describe('true: review date passed; false: not (or none set)'),
    ...registerSortFields(
      OBLIGATION_SORT_FIELDS,
      'source unless given; complianceStatus runs from compliant to non-compliant',
    ),
  },
  'Matches source, reference or requirement, case-insensitive',
);
