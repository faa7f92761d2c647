import { z } from 'zod';
import { CONTEXT_ISSUE_KINDS } from '../../../domain/context/context-issue.js';
import {
  INTERESTED_PARTY_KINDS,
  MAX_PARTY_REQUIREMENTS,
  REQUIREMENT_TEXT_MAX,
} from '../../../domain/context/interested-party.js';
import { Id, QueryBoolean } from '../../schemas.js';
import { registerRowEnd, registerListQuery } from '../../register-schemas.js';

const issueFields = {
  kind: z.enum(CONTEXT_ISSUE_KINDS),
  title: z.string().max(200),
  description: z.string().max(10_000),
  isClimateRelevant: z
    .boolean()
    .describe('Whether the organization judges climate change relevant to this issue'),
};

export const ContextIssue = z
  .object({
    id: Id,
    ...issueFields,
    ...registerRowEnd,
  })
  .meta({ id: 'ContextIssue' });

export const NewContextIssueBody = z
  .strictObject(issueFields)
  .partial({ description: true, isClimateRelevant: true });

export const ContextIssuePatchBody = z.strictObject(issueFields).partial();

export const ContextIssueListQuery = registerListQuery(
  { kind: z.enum(CONTEXT_ISSUE_KINDS).optional(), isClimateRelevant: QueryBoolean.optional() },
  'Matches title or description, case-insensitive',
);

export const ContextIssueParams = z.object({ orgId: Id, contextIssueId: Id });

const RequirementBody = z.strictObject({
  requirement: z.string().max(REQUIREMENT_TEXT_MAX),
  isAddressed: z.boolean().describe('Whether the AIMS addresses this requirement'),
  how: z
    .string()
    .max(REQUIREMENT_TEXT_MAX)
    .optional()
    .describe('How the AIMS addresses it; required when addressed'),
  isClimateRelated: z
    .boolean()
    .optional()
    .describe('Whether the requirement relates to climate change (clause 4.2); false unless sent'),
});

const partyFields = {
  name: z.string().max(200).describe('Unique in the organization, regardless of letter case'),
  kind: z.enum(INTERESTED_PARTY_KINDS),
  notes: z.string().max(10_000),
  requirements: z.array(RequirementBody).max(MAX_PARTY_REQUIREMENTS),
};

export const InterestedParty = z
  .object({
    id: Id,
    ...partyFields,
    requirements: z
      .array(
        z.object({
          requirement: z.string(),
          isAddressed: z.boolean(),
          how: z.string(),
          isClimateRelated: z.boolean(),
        }),
      )
      .readonly(),
    requirementCount: z.number().int(),
    addressedCount: z.number().int().describe('Requirements the AIMS addresses'),
    climateRelatedCount: z.number().int().describe('Requirements marked climate-related'),
    ...registerRowEnd,
  })
  .meta({ id: 'InterestedParty' });

export const NewInterestedPartyBody = z
  .strictObject(partyFields)
  .partial({ notes: true, requirements: true });

export const InterestedPartyPatchBody = z
  .strictObject({
    ...partyFields,
    requirements: partyFields.requirements.describe('Replaces the whole list'),
  })
  .partial();

export const InterestedPartyListQuery = registerListQuery(
  {
    kind: z.enum(INTERESTED_PARTY_KINDS).optional(),
    hasUnaddressed: QueryBoolean.optional().describe(
      'true: parties with at least one requirement not addressed; false: parties with none',
    ),
  },
  'Matches name or notes, case-insensitive',
);

export const InterestedPartyParams = z.object({ orgId: Id, interestedPartyId: Id });
