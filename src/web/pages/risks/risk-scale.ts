/**
 * The scales a risk was scored on: the risk criteria version it keeps, found
 * among the organization's versions, so "4" reads "4 Likely" even after newer
 * criteria are approved.
 */
import { useQuery } from '@tanstack/react-query';
import type { Risk } from './risk-labels.js';
import { riskCriteriaQuery } from './risk-queries.js';
import type { RiskCriteria } from './risk-queries.js';

export const useCriteriaOfRisk = (orgId: string, risk: Risk) => {
  const overview = useQuery(riskCriteriaQuery(orgId));
  const kept = overview.data?.versions.find((version) => version.id === risk.criteriaVersionId);
  return { scoredAgainst: kept ?? null, inForce: overview.data?.approved ?? null };
};

/** "4 Likely", or the number alone when the scale is not known here. */
export const scoreText = (
  scale: RiskCriteria['likelihood'] | undefined,
  value: number | null,
): string | null => {
  if (value === null) return null;
  const label = scale?.levels.find((level) => level.value === value)?.label;
  return label ? `${value} ${label}` : String(value);
};
