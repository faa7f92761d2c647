/** Readable names for audit-trail actions and entity types ("ai_system.created" → "AI system created"). */
const ENTITY_LABELS: Readonly<Record<string, string>> = {
  ai_system: 'AI system',
  api_token: 'API token',
  membership: 'Membership',
  organization: 'Organization',
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
