/** Names of the scope's parts, as the page, the editor and the API's issues use them. */
import type { ScopeVersion } from './scope-queries.js';

export const SCOPE_STATUS_LABELS: Readonly<Record<ScopeVersion['status'], string>> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  superseded: 'Superseded',
};

export const SCOPE_STATUS_COLORS: Readonly<Record<ScopeVersion['status'], string>> = {
  draft: 'blue',
  in_review: 'yellow',
  approved: 'teal',
  superseded: 'gray',
};

export const SCOPE_FIELD_LABELS = {
  statement: 'Scope statement',
  aiRoles: "The organization's AI roles",
  organizationalUnits: 'Organizational units',
  sites: 'Sites',
  processes: 'Processes',
  aiSystemIds: 'AI systems in scope',
  interfaces: 'Interfaces and dependencies',
  exclusions: 'Exclusions',
  contextIssueIds: 'Context issues considered (4.1)',
  partyRequirements: "Interested parties' requirements considered (4.2)",
} as const;

export type ScopeField = keyof typeof SCOPE_FIELD_LABELS;

/** Singular names of one entry of each list, for "Process 2 is required". */
export const SCOPE_ENTRY_LABELS = {
  organizationalUnits: 'Organizational unit',
  processes: 'Process',
  interfaces: 'Interface or dependency',
} as const;
