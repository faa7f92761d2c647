/**
 * The scope editor's values (list rows carry a key so React keeps focus
 * while rows come and go), the request body they become, and the API's issue
 * paths (`processes.2`, `sites.0.name`) turned into the form's paths and labels.
 */
import type { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { ApiError, messageOf } from '../../api/client.js';
import { AI_ROLE_LABELS, someOf } from '../../labels/ai-classification.js';
import { requirementOfValue, requirementValue } from './scope-considered-queries.js';
import { SCOPE_ENTRY_LABELS, SCOPE_FIELD_LABELS } from './scope-labels.js';
import type { ScopeBody, ScopeVersion } from './scope-queries.js';

export interface TextRow {
  readonly key: string;
  value: string;
}

export interface SiteRow {
  readonly key: string;
  name: string;
  location: string;
  peopleInScope: number | string;
}

export interface ExclusionRow {
  readonly key: string;
  item: string;
  justification: string;
}

export interface ScopeFormValues extends Record<string, unknown> {
  statement: string;
  aiRoles: string[];
  organizationalUnits: TextRow[];
  sites: SiteRow[];
  processes: TextRow[];
  aiSystemIds: string[];
  interfaces: TextRow[];
  exclusions: ExclusionRow[];
  contextIssueIds: string[];
  /** Each requirement as its picker value (its party and text, see scope-considered-queries.ts). */
  partyRequirements: string[];
}

export type ScopeForm = ReturnType<typeof useForm<ScopeFormValues>>;
export type TextListField = keyof typeof SCOPE_ENTRY_LABELS;

export const newTextRow = (value = ''): TextRow => ({ key: randomId(), value });
export const newSiteRow = (
  name = '',
  location = '',
  peopleInScope: number | string = 0,
): SiteRow => ({
  key: randomId(),
  name,
  location,
  peopleInScope,
});
export const newExclusionRow = (item = '', justification = ''): ExclusionRow => ({
  key: randomId(),
  item,
  justification,
});

export const scopeFormValuesOf = (version: ScopeVersion): ScopeFormValues => ({
  statement: version.statement,
  aiRoles: [...version.aiRoles],
  organizationalUnits: version.organizationalUnits.map((value) => newTextRow(value)),
  sites: version.sites.map((site) => newSiteRow(site.name, site.location, site.peopleInScope)),
  processes: version.processes.map((value) => newTextRow(value)),
  aiSystemIds: [...version.aiSystemIds],
  interfaces: version.interfaces.map((value) => newTextRow(value)),
  exclusions: version.exclusions.map((row) => newExclusionRow(row.item, row.justification)),
  contextIssueIds: [...version.contextIssueIds],
  partyRequirements: version.partyRequirements.map(requirementValue),
});

const texts = (rows: readonly TextRow[]) => rows.map((row) => row.value);

export const scopeBodyOf = (values: ScopeFormValues): ScopeBody => ({
  statement: values.statement,
  aiRoles: someOf(AI_ROLE_LABELS, values.aiRoles),
  organizationalUnits: texts(values.organizationalUnits),
  sites: values.sites.map((site) => ({
    name: site.name,
    location: site.location,
    peopleInScope:
      typeof site.peopleInScope === 'number' ? site.peopleInScope : Number(site.peopleInScope),
  })),
  processes: texts(values.processes),
  aiSystemIds: values.aiSystemIds,
  interfaces: texts(values.interfaces),
  exclusions: values.exclusions.map(({ item, justification }) => ({ item, justification })),
  contextIssueIds: values.contextIssueIds,
  partyRequirements: values.partyRequirements.map(requirementOfValue),
});

const TEXT_LISTS = Object.keys(SCOPE_ENTRY_LABELS) as TextListField[];

/** `processes.2` is the form's `processes.2.value`; other paths are the same. */
export const formPathOf = (field: string): string => {
  const [list = '', index, rest] = field.split('.');
  if (
    list === 'aiRoles' ||
    list === 'aiSystemIds' ||
    list === 'contextIssueIds' ||
    list === 'partyRequirements'
  )
    return list;
  return TEXT_LISTS.some((name) => name === list) && index !== undefined && rest === undefined
    ? `${field}.value`
    : field;
};

/** The name of a field for "<label> <reason>", including one row of a list. */
export const scopeFieldLabel = (path: string): string | undefined => {
  const [list = '', index, part] = path.split('.');
  const position = Number(index) + 1;
  if (index === undefined) return (SCOPE_FIELD_LABELS as Record<string, string>)[list];
  if (list in SCOPE_ENTRY_LABELS) return `${SCOPE_ENTRY_LABELS[list as TextListField]} ${position}`;
  if (list === 'sites') {
    if (part === 'name') return `Name of site ${position}`;
    if (part === 'location') return `Location of site ${position}`;
    if (part === 'peopleInScope') return `People in scope at site ${position}`;
  }
  if (list === 'exclusions') {
    if (part === 'item') return `Excluded item ${position}`;
    if (part === 'justification') return `Justification of exclusion ${position}`;
  }
  return undefined;
};

/**
 * "Name of site 1 is listed twice"; a reason that is already a sentence of its
 * own ("name at least one site before approval") stands alone.
 */
const issueSentence = (label: string, reason: string): string =>
  /^(is|are|must|cannot|can|has|have|should|may)\b/.test(reason)
    ? `${label} ${reason}`
    : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}`;

/** "Name of site 1 is listed twice", keyed by form path, for every issue of the error. */
export const scopeIssueTexts = (error: unknown): Record<string, string> => {
  if (!(error instanceof ApiError)) return {};
  const texts: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = formPathOf(issue.field);
    const label = scopeFieldLabel(path.replace(/\.value$/, '')) ?? issue.field;
    const text = issueSentence(label, issue.reason);
    texts[path] = texts[path] === undefined ? text : `${texts[path]}; ${issue.reason}`;
  }
  return texts;
};

/**
 * Shows the API's issues at the editor's fields; returns what to say above the
 * form (the message when no field shows it, or issues of unknown fields).
 */
export const applyScopeError = (
  form: Pick<ScopeForm, 'setErrors'>,
  error: unknown,
): string | null => {
  const texts = scopeIssueTexts(error);
  form.setErrors(texts);
  if (!(error instanceof ApiError) || error.issues.length === 0) return messageOf(error);
  const unknown = Object.entries(texts)
    .filter(([path]) => scopeFieldLabel(path.replace(/\.value$/, '')) === undefined)
    .map(([, text]) => text);
  return unknown.length > 0 ? `${error.message}: ${unknown.join('; ')}` : null;
};
