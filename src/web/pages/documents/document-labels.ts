/** The words of the documents register (kinds, statuses) as the API declares them. */
import { choiceLabel, fieldOf } from '../../registers/declaration.js';
import type { Choice } from '../../registers/declaration.js';
import { useRegister } from '../../registers/use-register.js';

export interface DocumentLabels {
  readonly kinds: readonly Choice[];
  /** The catalog's required documents a document may provide, as "RD-03 AI policy". */
  readonly requiredDocuments: readonly Choice[];
  readonly kindOf: (kind: string) => string;
  readonly statusOf: (status: string) => string;
}

/** Below a RegistersGate. */
export const useDocumentLabels = (): DocumentLabels => {
  const { register } = useRegister('documents');
  const kinds = fieldOf(register, 'kind').choices ?? [];
  const statuses = fieldOf(register, 'status').choices;
  return {
    kinds,
    requiredDocuments: fieldOf(register, 'fulfils').choices ?? [],
    kindOf: (kind) => choiceLabel(kinds, kind),
    statusOf: (status) => choiceLabel(statuses, status),
  };
};
