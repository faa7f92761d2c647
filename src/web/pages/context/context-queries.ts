/** Context issues and interested parties as the API answers them, and what adding or changing one sends. */
import type { Schemas } from '../../api/client.js';
import type { RegisterBody } from '../../registers/register-records.js';

export type ContextIssue = Schemas['ContextIssue'];
export type InterestedParty = Schemas['InterestedParty'];
export type ContextIssueBody = RegisterBody<'context-issues'>;
export type InterestedPartyBody = RegisterBody<'interested-parties'>;
