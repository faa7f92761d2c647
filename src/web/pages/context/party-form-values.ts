/**
 * The interested party form's values, from a stored party (edit) or empty
 * (add), and the request body they become. The API checks every rule (a
 * requirement stated once, "how" when addressed).
 */
import type { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import type { ContextKind } from '../../labels/context.js';
import type { InterestedParty, InterestedPartyBody } from './context-queries.js';

export interface RequirementRow {
  readonly key: string;
  requirement: string;
  isAddressed: boolean;
  how: string;
}

export interface PartyFormValues extends Record<string, unknown> {
  name: string;
  kind: ContextKind;
  notes: string;
  requirements: RequirementRow[];
}

export type PartyForm = ReturnType<typeof useForm<PartyFormValues>>;

export const newRequirementRow = (
  requirement = '',
  isAddressed = false,
  how = '',
): RequirementRow => ({ key: randomId(), requirement, isAddressed, how });

export const partyFormValuesOf = (party: InterestedParty | undefined): PartyFormValues => ({
  name: party?.name ?? '',
  kind: party?.kind ?? 'external',
  notes: party?.notes ?? '',
  requirements: party?.requirements.map((row) =>
    newRequirementRow(row.requirement, row.isAddressed, row.how),
  ) ?? [newRequirementRow()],
});

/** Field names of the API's issues → the words the error message starts with. */
export const partyFieldLabels = (values: PartyFormValues): Record<string, string> => {
  const labels: Record<string, string> = {
    name: 'Name',
    kind: 'Kind',
    notes: 'Notes',
    requirements: 'Requirements',
  };
  values.requirements.forEach((_, index) => {
    labels[`requirements.${index}.requirement`] = 'Requirement';
    labels[`requirements.${index}.isAddressed`] = 'Addressed';
    labels[`requirements.${index}.how`] = 'How';
  });
  return labels;
};

export const partyBodyOf = (values: PartyFormValues): InterestedPartyBody => ({
  name: values.name,
  kind: values.kind,
  notes: values.notes,
  requirements: values.requirements.map(({ requirement, isAddressed, how }) => ({
    requirement,
    isAddressed,
    how,
  })),
});
