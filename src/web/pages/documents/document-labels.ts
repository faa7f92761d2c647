/**
 * The words of the documents register (kinds, statuses, dispositions, read
 * access, roles) as the API declares them.
 */
import { choiceLabel, fieldOf } from '../../registers/declaration.js';
import type { Choice } from '../../registers/declaration.js';
import { useRegister } from '../../registers/use-register.js';

export interface DocumentLabels {
  readonly kinds: readonly Choice[];
  /** The catalog's required documents a document may provide, as "RD-03 AI policy". */
  readonly requiredDocuments: readonly Choice[];
  readonly dispositions: readonly Choice[];
  readonly readAccessLevels: readonly Choice[];
  readonly roles: readonly Choice[];
  readonly kindOf: (kind: string) => string;
  readonly statusOf: (status: string) => string;
  readonly dispositionOf: (disposition: string) => string;
  readonly roleOf: (role: string) => string;
}

/** Below a RegistersGate. */
export const useDocumentLabels = (): DocumentLabels => {
  const { register } = useRegister('documents');
  const kinds = fieldOf(register, 'kind').choices ?? [];
  const statuses = fieldOf(register, 'status').choices;
  const dispositions = fieldOf(register, 'disposition').choices ?? [];
  const roles = fieldOf(register, 'readRoles').choices ?? [];
  return {
    kinds,
    requiredDocuments: fieldOf(register, 'fulfils').choices ?? [],
    dispositions,
    readAccessLevels: fieldOf(register, 'readAccess').choices ?? [],
    roles,
    kindOf: (kind) => choiceLabel(kinds, kind),
    statusOf: (status) => choiceLabel(statuses, status),
    dispositionOf: (disposition) => choiceLabel(dispositions, disposition),
    roleOf: (role) => choiceLabel(roles, role),
  };
};
