/** Display names and colours of context issue and interested party kinds (clauses 4.1 and 4.2). */
import type { Schemas } from '../api/client.js';

export type ContextKind = Schemas['ContextIssue']['kind'];

export const CONTEXT_KIND_LABELS: Readonly<Record<ContextKind, string>> = {
  internal: 'Internal',
  external: 'External',
};

export const CONTEXT_KIND_COLORS: Readonly<Record<ContextKind, string>> = {
  internal: 'indigo',
  external: 'cyan',
};
