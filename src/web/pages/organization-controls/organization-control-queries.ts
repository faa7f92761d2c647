/**
 * An organization control as the API answers it, what adding or changing one
 * sends, and the controls as choices for a treatment action's form.
 */
import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '../../api/client.js';
import { registerListQuery } from '../../registers/register-queries.js';
import type { RegisterBody } from '../../registers/register-records.js';

export type OrganizationControl = Schemas['OrganizationControl'];
export type OrganizationControlBody = RegisterBody<'organization-controls'>;

/** The largest page the API gives: enough for an organization's own controls. */
const ALL_CONTROLS = { page: 1, pageSize: 200 } as const;

/** The organization's controls as `{ value: 'ORG-1', label: 'ORG-1 Title' }`, in natural order. */
export const useOrganizationControlOptions = (orgId: string) => {
  const list = useQuery(registerListQuery(orgId, 'organization-controls', ALL_CONTROLS));
  const options = (list.data?.items ?? []).map((control) => ({
    value: control.controlId,
    label: `${control.controlId} ${control.title}`,
  }));
  return { options, isLoading: list.isPending };
};
