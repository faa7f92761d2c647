/**
 * The AI system inventory entry (ISO/IEC 42001 clause 4.1 and Annex A.4): what
 * the system is, where it is in its life cycle (ISO/IEC 22989 stages) and
 * whether it is inside the AIMS scope.
 */
export const LIFECYCLE_STAGES = [
  'inception',
  'design_and_development',
  'verification_and_validation',
  'deployment',
  'operation_and_monitoring',
  're_evaluation',
  'retirement',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const LIFECYCLE_STAGE_LABELS: Readonly<Record<LifecycleStage, string>> = {
  inception: 'Inception',
  design_and_development: 'Design and development',
  verification_and_validation: 'Verification and validation',
  deployment: 'Deployment',
  operation_and_monitoring: 'Operation and monitoring',
  re_evaluation: 'Re-evaluation',
  retirement: 'Retirement',
};

export interface AiSystem {
  readonly id: string;
  readonly organizationId: string;
  readonly name: string;
  readonly purpose: string;
  readonly lifecycleStage: LifecycleStage;
  readonly isInScope: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const AI_SYSTEM_SORT_FIELDS = ['name', 'lifecycleStage', 'createdAt', 'updatedAt'] as const;
export type AiSystemSortField = (typeof AI_SYSTEM_SORT_FIELDS)[number];
