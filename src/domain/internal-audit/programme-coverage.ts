/**
 * The coverage of an internal audit programme (ISO/IEC 42001 clause 9.2.2):
 * over its period, every requirement of clauses 4–10 (each leaf clause) and
 * every applicable Annex A control is to be audited at least once. An audit
 * whose scope names a clause covers every clause under it. Cancelled audits
 * and audits outside the period count for nothing.
 */
import { CONTROLS, leafClauses } from '../catalog/index.js';

export const PROGRAMME_AUDIT_STATUSES = ['planned', 'in_progress', 'held', 'cancelled'] as const;
export type ProgrammeAuditStatus = (typeof PROGRAMME_AUDIT_STATUSES)[number];

/** An audit of the programme as coverage sees it. */
export interface ProgrammeAudit {
  readonly id: string;
  /** IA-YYYY-NN. */
  readonly reference: string;
  readonly status: ProgrammeAuditStatus;
  /** YYYY-MM-DD: when it is planned to start (or started). */
  readonly startsOn: string;
  /** Clause ids (`6`, `6.1.2`) and Annex A control ids (`A.6.2.4`) it audits. */
  readonly scopeIds: readonly string[];
}

export interface ProgrammePeriod {
  /** YYYY-MM-DD, both included. */
  readonly from: string;
  readonly through: string;
}

export interface RequirementCoverage {
  readonly requirementId: string;
  readonly title: string;
  readonly kind: 'clause' | 'control';
  readonly isCovered: boolean;
  /** The references of the audits that cover it, in date order. */
  readonly auditReferences: readonly string[];
  /** Whether an audit that covers it has been held (not only planned). */
  readonly isAudited: boolean;
}

export interface ProgrammeCoverage {
  readonly requirements: readonly RequirementCoverage[];
  readonly covered: number;
  /** The requirements no audit of the period covers, by id. */
  readonly gaps: readonly string[];
}

/** A scope id covers a requirement when it names it or a clause above it. */
const covers = (scopeId: string, requirementId: string) =>
  requirementId === scopeId || requirementId.startsWith(`${scopeId}.`);

/**
 * The coverage of the period's audits over clauses 4–10 and the applicable
 * Annex A controls (by id; the order of Annex A is kept).
 */
export const programmeCoverage = (
  audits: readonly ProgrammeAudit[],
  period: ProgrammePeriod,
  applicableControlIds: ReadonlySet<string>,
): ProgrammeCoverage => {
  const counted = audits
    .filter(
      (audit) =>
        audit.status !== 'cancelled' &&
        audit.startsOn >= period.from &&
        audit.startsOn <= period.through,
    )
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.reference.localeCompare(b.reference));
  const requirements = [
    ...leafClauses().map((clause) => ({
      id: clause.id,
      title: clause.title,
      kind: 'clause' as const,
    })),
    ...CONTROLS.filter((control) => applicableControlIds.has(control.id)).map((control) => ({
      id: control.id,
      title: control.title,
      kind: 'control' as const,
    })),
  ].map((requirement): RequirementCoverage => {
    const covering = counted.filter((audit) =>
      audit.scopeIds.some((scopeId) => covers(scopeId, requirement.id)),
    );
    return {
      requirementId: requirement.id,
      title: requirement.title,
      kind: requirement.kind,
      isCovered: covering.length > 0,
      auditReferences: covering.map((audit) => audit.reference),
      isAudited: covering.some((audit) => audit.status === 'held'),
    };
  });
  return {
    requirements,
    covered: requirements.filter((r) => r.isCovered).length,
    gaps: requirements.filter((r) => !r.isCovered).map((r) => r.requirementId),
  };
};
