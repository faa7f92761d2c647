/**
 * Context of the organization: issues (clause 4.1), interested parties (clause
 * 4.2) and the organization's climate decisions on both.
 */
import type { RoutePlugin } from '../../route-plugin.js';
import { registerRoutesOf } from '../../register-routes.js';
import { climateDecisionRoutes } from './climate-routes.js';
import {
  ContextIssue,
  ContextIssueListQuery,
  ContextIssuePatchBody,
  InterestedParty,
  InterestedPartyListQuery,
  InterestedPartyPatchBody,
  NewContextIssueBody,
  NewInterestedPartyBody,
} from './schemas.js';

const tags = ['Context of the organization'];

export const contextRoutes: RoutePlugin = (services) => async (app) => {
  registerRoutesOf(app, {
    path: 'context-issues',
    idParam: 'contextIssueId',
    tags,
    summaries: {
      list: 'Internal and external issues, by kind then title: filter, search, paginate',
      create: 'Record an internal or external issue',
      get: 'One context issue',
      update: 'Change a context issue: the fields sent replace the stored ones',
      remove: 'Delete a context issue (the audit trail keeps what it said)',
    },
    schemas: {
      query: ContextIssueListQuery,
      create: NewContextIssueBody,
      patch: ContextIssuePatchBody,
      row: ContextIssue,
    },
    service: services.contextIssues,
  });
  registerRoutesOf(app, {
    path: 'interested-parties',
    idParam: 'interestedPartyId',
    tags,
    summaries: {
      list: 'Interested parties, by kind then name: filter, search, paginate',
      create: 'Register an interested party and its relevant requirements',
      get: 'One interested party',
      update: 'Change an interested party: the fields sent replace the stored ones',
      remove: 'Delete an interested party (the audit trail keeps what it said)',
    },
    schemas: {
      query: InterestedPartyListQuery,
      create: NewInterestedPartyBody,
      patch: InterestedPartyPatchBody,
      row: InterestedParty,
    },
    service: services.interestedParties,
  });
  climateDecisionRoutes(app, services, tags);
};
