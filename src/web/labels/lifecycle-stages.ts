/** Display names of the ISO/IEC 22989 life-cycle stages the API uses as values. */
import type { Schemas } from '../api/client.js';

export type LifecycleStage = Schemas['AiSystem']['lifecycleStage'];

export const LIFECYCLE_STAGE_LABELS: Readonly<Record<LifecycleStage, string>> = {
  inception: 'Inception',
  design_and_development: 'Design and development',
  verification_and_validation: 'Verification and validation',
  deployment: 'Deployment',
  operation_and_monitoring: 'Operation and monitoring',
  re_evaluation: 'Re-evaluation',
  retirement: 'Retirement',
};

/** The stages in life-cycle order, as options for a Select. */
export const LIFECYCLE_STAGE_OPTIONS = (
  Object.entries(LIFECYCLE_STAGE_LABELS) as [LifecycleStage, string][]
).map(([value, label]) => ({ value, label }));

export const isLifecycleStage = (value: string | null | undefined): value is LifecycleStage =>
  value !== null && value !== undefined && value in LIFECYCLE_STAGE_LABELS;
