/** Readable names for audit-trail actions and entity types ("ai_system.created" → "AI system created"). */
const ENTITY_LABELS: Readonly<Record<string, string>> = {
  ai_system: 'AI system',
  api_token: 'API token',
  audit_trail: 'Audit trail',
  context_issue: 'Context issue',
  document: 'Document',
  document_version: 'Document version',
  impact_assessment_version: 'Impact assessment',
  interested_party: 'Interested party',
  invitation: 'Invitation',
  membership: 'Membership',
  objective: 'Objective',
  obligation: 'Obligation',
  organization: 'Organization',
  organization_control: 'Organization control',
  risk: 'Risk',
  risk_acceptance: 'Risk acceptance',
  risk_criteria_version: 'Risk criteria',
  risk_treatment_plan_version: 'Risk treatment plan',
  risk_treatment_action: 'Risk treatment action',
  scope_version: 'Scope version',
  soa_entry: 'SoA entry',
  soa_version: 'Statement of Applicability',
  session: 'Session',
  user: 'User',
};

const words = (value: string): string => value.replace(/[_.]+/g, ' ').trim();

const capitalized = (value: string): string =>
  value.length === 0 ? value : `${value[0]?.toUpperCase() ?? ''}${value.slice(1)}`;

export const entityLabel = (entityType: string): string =>
  ENTITY_LABELS[entityType] ?? capitalized(words(entityType));

export const actionLabel = (action: string): string => {
  const dot = action.lastIndexOf('.');
  if (dot < 0) return capitalized(words(action));
  return `${entityLabel(action.slice(0, dot))} ${words(action.slice(dot + 1))}`;
};

export const shortHash = (hash: string): string => hash.slice(0, 12);

/** Record types the audit trail is known to hold, for the filter. */
export const knownEntityTypes: readonly string[] = Object.keys(ENTITY_LABELS);

/** Where an entry's record is shown in the app, when it has a page. */
export const recordPathOf = (entry: {
  readonly entityType: string;
  readonly entityId: string;
  readonly after?: unknown;
  readonly before?: unknown;
}): string[] | undefined => {
  switch (entry.entityType) {
    case 'ai_system':
      return ['ai-systems', entry.entityId];
    case 'obligation':
      return ['obligations', entry.entityId];
    case 'objective':
      return ['objectives', entry.entityId];
    case 'document':
      return ['documents', entry.entityId];
    case 'document_version': {
      const version = (entry.after ?? entry.before) as { documentId?: unknown } | null;
      return typeof version?.documentId === 'string'
        ? ['documents', version.documentId]
        : undefined;
    }
    case 'scope_version':
      return ['scope'];
    case 'context_issue':
    case 'interested_party':
      return ['context'];
    case 'membership':
    case 'invitation':
      return ['members'];
    default:
      return undefined;
  }
};
