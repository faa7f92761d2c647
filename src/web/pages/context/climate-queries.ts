/** The organization's climate decisions (clauses 4.1, 4.2) through the API. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import type { Schemas } from '../../api/client.js';
import { useRefreshingMutation } from '../../api/refreshing-mutation.js';
import { registerKeys } from '../../registers/register-queries.js';

export type ClimateDecisions = Schemas['ClimateDecisions'];
export type ClimateDecision = Schemas['ClimateDecision'];
export type ClimateQuestion = ClimateDecision['question'];
export type DecidedAnswer = Exclude<ClimateDecision['answer'], 'not_considered'>;

// Under the parties' lists, so marking a requirement climate-related refreshes the warnings.
const climateKey = (orgId: string) =>
  [...registerKeys.lists(orgId, 'interested-parties'), 'climate-decisions'] as const;

export const climateDecisionsQuery = (orgId: string) =>
  queryOptions({
    queryKey: climateKey(orgId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/climate-decisions', { params: { path: { orgId } }, signal }),
      ),
  });

export const useDecideClimate = (orgId: string) =>
  useRefreshingMutation(
    ({
      question,
      answer,
      reason,
    }: {
      question: ClimateQuestion;
      answer: DecidedAnswer;
      reason: string;
    }) =>
      unwrap(
        api.PUT('/api/v1/orgs/{orgId}/climate-decisions/{question}', {
          params: { path: { orgId, question } },
          body: { answer, reason },
        }),
      ),
    [climateKey(orgId), ['orgs', orgId, 'audit-log']],
  );
