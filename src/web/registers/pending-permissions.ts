/**
 * The two permissions the API does not yet return with the records, still
 * worked out from the user's roles in this one place. Every other action on
 * a register (add, import, export, edit, delete …) comes from the list's or
 * the record's `availableActions`.
 */
import { useCan } from '../orgs/current-org.js';

// TODO: drop these once the API returns them: a 'read_history' entry in each record's
// `availableActions` (its audit trail), and the `availableActions` of the AI systems list (or
// of the `ai_system` filter in GET /api/v1/registers) saying whether the inventory may be read,
// for the AI system names and filter on other registers.

/** Whether a record's page shows its history (the audit trail entries about it). */
export const useCanReadHistory = (): boolean => useCan('audit_log.read');

/** Whether the user may read the AI system inventory that other registers point at. */
export const useCanReadInventory = (): boolean => useCan('ai_system.read');
