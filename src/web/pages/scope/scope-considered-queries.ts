/**
 * The context issues and interested parties a scope version may say it
 * considered (clauses 4.1, 4.2), read whole for the pickers and for naming
 * the entries of a version; and what the approved scope covers of the inventory.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { registerKeys } from '../../registers/register-queries.js';

type ContextIssue = Schemas['ContextIssue'];
type InterestedParty = Schemas['InterestedParty'];
export type ScopeCoverage = Schemas['ScopeCoverage'];
export type PartyRequirementRef = Schemas['ScopeVersion']['partyRequirements'][number];

const readAll = async <T>(
  readPage: (page: number) => Promise<{ items: T[]; total: number }>,
): Promise<T[]> => {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const result = await readPage(page);
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
};

export const allContextIssuesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...registerKeys.lists(orgId, 'context-issues'), 'all'],
    queryFn: ({ signal }) =>
      readAll<ContextIssue>((page) =>
        unwrap(
          api.GET('/api/v1/orgs/{orgId}/context-issues', {
            params: { path: { orgId }, query: { page, pageSize: 200 } },
            signal,
          }),
        ),
      ),
  });

export const allInterestedPartiesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...registerKeys.lists(orgId, 'interested-parties'), 'all'],
    queryFn: ({ signal }) =>
      readAll<InterestedParty>((page) =>
        unwrap(
          api.GET('/api/v1/orgs/{orgId}/interested-parties', {
            params: { path: { orgId }, query: { page, pageSize: 200 } },
            signal,
          }),
        ),
      ),
  });

/** The value a requirement takes in a picker: its party and its text. */
export const requirementValue = (ref: PartyRequirementRef): string => JSON.stringify(ref);

export const requirementOfValue = (value: string): PartyRequirementRef =>
  JSON.parse(value) as PartyRequirementRef;

/** Names for the issues and requirements a version considered, and the choices a draft offers. */
export const useConsidered = (orgId: string) => {
  const issues = useQuery(allContextIssuesQuery(orgId));
  const parties = useQuery(allInterestedPartiesQuery(orgId));
  const issueTitle = (id: string) =>
    issues.data?.find((issue) => issue.id === id)?.title ??
    (issues.isPending ? '…' : 'Context issue not found');
  const partyName = (id: string) =>
    parties.data?.find((candidate) => candidate.id === id)?.name ??
    (parties.isPending ? '…' : 'Party not found');
  const requirementText = (ref: PartyRequirementRef) =>
    `${partyName(ref.interestedPartyId)}: ${ref.requirement}`;
  const issueChoices = (issues.data ?? []).map((issue) => ({
    value: issue.id,
    label: issue.title,
  }));
  const requirementChoices = (parties.data ?? []).flatMap((party) =>
    party.requirements.length === 0
      ? []
      : [
          {
            group: party.name,
            items: party.requirements.map((entry) => ({
              value: requirementValue({
                interestedPartyId: party.id,
                requirement: entry.requirement,
              }),
              label: entry.requirement,
            })),
          },
        ],
  );
  return { issueTitle, partyName, requirementText, issueChoices, requirementChoices };
};

export const scopeCoverageQuery = (orgId: string) =>
  queryOptions({
    // Under the inventory's lists and the scope, so a change to either refreshes it.
    queryKey: [...registerKeys.lists(orgId, 'ai-systems'), 'scope-coverage'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/scope/coverage', { params: { path: { orgId } }, signal }),
      ),
  });
