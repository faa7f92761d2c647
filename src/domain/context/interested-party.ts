/**
 * Interested parties (ISO/IEC 42001 clause 4.2): who has a stake in the AIMS,
 * which of their requirements are relevant, and for each one whether the AIMS
 * addresses it and by what means.
 */
import type { FieldIssue } from '../errors.js';
import { checkOneOf } from '../validation.js';
import type { Checked } from '../validation.js';
import { checkOptionalLongText, checkRegisterText } from '../register/register-text.js';

export const INTERESTED_PARTY_KINDS = ['internal', 'external'] as const;
export type InterestedPartyKind = (typeof INTERESTED_PARTY_KINDS)[number];

export const MAX_PARTY_REQUIREMENTS = 100;
export const REQUIREMENT_TEXT_MAX = 2_000;

export interface PartyRequirement {
  readonly requirement: string;
  readonly isAddressed: boolean;
  /** How the AIMS addresses it; required once it is addressed. */
  readonly how: string;
  /** Whether the requirement relates to climate change (the note to clause 4.2). */
  readonly isClimateRelated: boolean;
}

export interface InterestedPartyDetails {
  readonly name: string;
  readonly kind: InterestedPartyKind;
  readonly notes: string;
  readonly requirements: readonly PartyRequirement[];
}

export interface InterestedParty extends InterestedPartyDetails {
  readonly id: string;
  readonly organizationId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface PartyRequirementInput {
  readonly requirement: string;
  readonly isAddressed: boolean;
  readonly how?: string | undefined;
  readonly isClimateRelated?: boolean | undefined;
}

/** Input from a form, the API or an import row. */
export interface InterestedPartyInput {
  readonly name: string;
  readonly kind: string;
  readonly notes?: string | undefined;
  readonly requirements?: readonly PartyRequirementInput[] | undefined;
}

/** How many requirements a party has, how many the AIMS addresses and how many relate to climate. */
export const requirementCounts = (
  requirements: readonly PartyRequirement[],
): { requirementCount: number; addressedCount: number; climateRelatedCount: number } => ({
  requirementCount: requirements.length,
  addressedCount: requirements.filter((entry) => entry.isAddressed).length,
  climateRelatedCount: requirements.filter((entry) => entry.isClimateRelated).length,
});

const checkRequirements = (
  issues: FieldIssue[],
  entries: readonly PartyRequirementInput[],
): PartyRequirement[] => {
  if (entries.length > MAX_PARTY_REQUIREMENTS) {
    issues.push({
      field: 'requirements',
      reason: `must list at most ${MAX_PARTY_REQUIREMENTS} requirements`,
    });
  }
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const field = `requirements.${index}`;
    const requirement = checkRegisterText(issues, `${field}.requirement`, entry.requirement, {
      max: REQUIREMENT_TEXT_MAX,
    });
    const key = requirement.toLowerCase();
    if (requirement && seen.has(key))
      issues.push({ field: `${field}.requirement`, reason: 'is listed twice for this party' });
    seen.add(key);
    const how = checkRegisterText(issues, `${field}.how`, entry.how, {
      max: REQUIREMENT_TEXT_MAX,
      isRequired: false,
    });
    if (entry.isAddressed && how.length === 0)
      issues.push({
        field: `${field}.how`,
        reason: 'is required when the requirement is addressed',
      });
    return {
      requirement,
      isAddressed: entry.isAddressed,
      how,
      isClimateRelated: entry.isClimateRelated ?? false,
    };
  });
};

/**
 * Checks and normalizes an interested party: name and kind required, each
 * requirement stated once, and an addressed requirement says how.
 */
export const validateInterestedParty = (
  input: InterestedPartyInput,
): Checked<InterestedPartyDetails> => {
  const issues: FieldIssue[] = [];
  const name = checkRegisterText(issues, 'name', input.name);
  const kind = checkOneOf(issues, 'kind', input.kind, INTERESTED_PARTY_KINDS);
  const notes = checkOptionalLongText(issues, 'notes', input.notes);
  const requirements = checkRequirements(issues, input.requirements ?? []);
  return { issues, details: { name, kind, notes, requirements } };
};
