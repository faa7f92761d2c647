/**
 * An internal auditor does not audit their own work (ISO/IEC 42001 clause
 * 9.2.2: auditors are chosen for objectivity and impartiality): they may not
 * audit a clause or control whose records they own — the AI system,
 * document, risk, control or objective in question.
 */
import { DomainError } from '../errors.js';

/** A record somebody owns, and the requirements (clause or control ids) it answers. */
export interface OwnedRecord {
  readonly kind: 'ai_system' | 'document' | 'risk' | 'control' | 'objective';
  readonly id: string;
  readonly label: string;
  readonly ownerUserId: string | null;
  readonly requirementIds: readonly string[];
}

export interface IndependenceConflict {
  readonly requirementId: string;
  readonly record: Pick<OwnedRecord, 'kind' | 'id' | 'label'>;
}

/** A scope id reaches a requirement when it names it, or a clause above or below it. */
const reaches = (scopeId: string, requirementId: string) =>
  scopeId === requirementId ||
  requirementId.startsWith(`${scopeId}.`) ||
  scopeId.startsWith(`${requirementId}.`);

/** Every requirement in the audit's scope that the auditor owns a record of, with the record. */
export const independenceConflicts = (
  auditorUserId: string,
  scopeIds: readonly string[],
  records: readonly OwnedRecord[],
): IndependenceConflict[] =>
  records
    .filter((record) => record.ownerUserId === auditorUserId)
    .flatMap((record) =>
      record.requirementIds
        .filter((requirementId) => scopeIds.some((scopeId) => reaches(scopeId, requirementId)))
        .map((requirementId) => ({
          requirementId,
          record: { kind: record.kind, id: record.id, label: record.label },
        })),
    );

/** The refusal naming each conflict; null when the auditor is independent of the scope. */
export const independenceRefusal = (
  conflicts: readonly IndependenceConflict[],
): DomainError | null => {
  if (conflicts.length === 0) return null;
  const named = conflicts
    .map((conflict) => `${conflict.requirementId} (${conflict.record.label})`)
    .join(', ');
  return new DomainError(
    'INTERNAL_AUDIT_AUDITOR_NOT_INDEPENDENT',
    'Forbidden',
    `The auditor owns records of what the audit covers and would audit their own work: ${named}`,
    {
      field: 'auditorUserId',
      conflicts: conflicts.map((conflict) => ({ ...conflict })),
      issues: [{ field: 'auditorUserId', reason: `owns records in scope: ${named}` }],
    },
  );
};
