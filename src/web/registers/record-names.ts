/**
 * How the pages name one record of each register: in the record page's
 * title, the edit dialog's title, and the notices and confirmations about it.
 */
import type { RegisterKey } from './declaration.js';
import type { RecordPath, RegisterRecord } from './register-records.js';

type Keyed = RecordPath & RegisterKey;

const NAMES: { readonly [Key in Keyed]: (record: RegisterRecord<Key>) => string } = {
  'ai-systems': (system) => system.name,
  obligations: (obligation) => `${obligation.source} ${obligation.reference}`,
  'context-issues': (issue) => issue.title,
  'interested-parties': (party) => party.name,
  objectives: (objective) => objective.title,
  documents: (document) => document.title,
  'organization-controls': (control) => `${control.controlId} ${control.title}`,
};

/** The name of a record of this register (a list row has the same fields it is named by). */
export const recordNameOf = <Key extends Keyed>(
  registerKey: Key,
  record: RegisterRecord<Key>,
): string => (NAMES[registerKey] as (record: RegisterRecord<Key>) => string)(record);
