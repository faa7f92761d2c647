/**
 * The interested party form's values, from a stored party (edit) or empty
 * (add), and the request body they become. The API checks every rule (a
 * requirement stated once, "how" when addressed).
 */
import type { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import type { InterestedParty, InterestedPartyBody } from './context-queries.js';

export interface RequirementRow {
  readonly key: string;
  requirement: string;
  isAddressed: boolean;
  how: string;
  isClimateRelated: boolean;
}

export interface PartyFormValues extends Record<string, unknown> {
  name: string;
  kind: InterestedParty['kind'];
  notes: string;
  requirements: RequirementRow[];
}

export type PartyForm = ReturnType<typeof useForm<PartyFormValues>>;

export const newRequirementRow = (
  requirement = '',
  isAddressed = false,
  how = '',
  isClimateRelated = false,
): RequirementRow => ({ key: randomId(), requirement, isAddressed, how, isClimateRelated });

export const partyFormValuesOf = (party: InterestedParty | undefined): PartyFormValues => ({
  name: party?.name ?? '',
  kind: party?.kind ?? 'external',
  notes: party?.notes ?? '',
  requirements: party?.requirements.map((row) =>
    newRequirementRow(row.requirement, row.isAddressed, row.how, row.isClimateRelated),
  ) ?? [newRequirementRow()],
});

export const partyBodyOf = (values: PartyFormValues): InterestedPartyBody => ({
  name: values.name,
  kind: values.kind,
  notes: values.notes,
  requirements: values.requirements.map(({ requirement, isAddressed, how, isClimateRelated }) => ({
    requirement,
    isAddressed,
    how,
    isClimateRelated,
  })),
});
