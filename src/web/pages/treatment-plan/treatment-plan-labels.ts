/**
 * The words of the treatment plan in the UI: what each compared field of an
 * action is called when a diff names it, and how a plan version's risk
 * levels are looked up (the snapshot keeps level keys; the criteria in force
 * give their labels and colours).
 */
import { useQuery } from '@tanstack/react-query';
import type { LevelLook } from '../risks/risk-level.js';
import { riskCriteriaQuery } from '../risks/risk-queries.js';
import type { ComparedField } from './treatment-plan-queries.js';

export const COMPARED_FIELD_LABELS: Readonly<Record<ComparedField, string>> = {
  title: 'title',
  riskId: 'risk',
  riskStatement: 'risk statement',
  riskKind: 'risk kind',
  treatmentOption: 'treatment option',
  inherentLevel: 'inherent level',
  residualLevel: 'residual level',
  annexAControlIds: 'Annex A controls',
  organizationControlIds: 'organization controls',
  ownerUserId: 'owner',
  dueDate: 'due date',
  status: 'status',
};

/** The level with this key under the criteria in force, or null (unscored, or not known there). */
export const useLevelOf = (orgId: string) => {
  const criteria = useQuery(riskCriteriaQuery(orgId));
  const levels = criteria.data?.approved?.criteria.levels ?? [];
  return (key: string | null): LevelLook | null =>
    key === null ? null : (levels.find((level) => level.key === key) ?? null);
};
