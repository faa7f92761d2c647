/**
 * Whether a record's page shows its history (the audit trail entries about
 * it). Every other action on a register record comes from the record's
 * `availableActions`.
 */
import { useCan } from '../orgs/current-org.js';

export const useCanReadHistory = (): boolean =>
  // TODO: reading the audit trail is still worked out from the user's roles here; drop this
  // once records carry a 'read_history' entry in their `availableActions`.
  useCan('audit_log.read');
