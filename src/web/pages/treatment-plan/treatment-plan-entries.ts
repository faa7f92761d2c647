/** Pure helpers over a treatment plan's entries and diffs, for its tables and alerts. */
import type { TreatmentPlanDiff, TreatmentPlanEntry } from './treatment-plan-queries.js';

export interface RiskGroup {
  readonly riskId: string;
  readonly entries: readonly TreatmentPlanEntry[];
}

/** The entries by the risk they treat, risks and actions in the order the API gives them. */
export const groupByRisk = (entries: readonly TreatmentPlanEntry[]): RiskGroup[] => {
  const groups: { riskId: string; entries: TreatmentPlanEntry[] }[] = [];
  for (const entry of entries) {
    const group = groups.find((candidate) => candidate.riskId === entry.riskId);
    if (group) group.entries.push(entry);
    else groups.push({ riskId: entry.riskId, entries: [entry] });
  }
  return groups;
};

type DiffCounts = Pick<TreatmentPlanDiff, 'added' | 'removed' | 'changed'>;

/** Whether any action was added, removed or changed. */
export const hasPlanChanges = (diff: DiffCounts): boolean =>
  diff.added.length + diff.removed.length + diff.changed.length > 0;

/** "2 added, 1 changed": only the kinds of change that occur. */
export const planChangeCounts = (diff: DiffCounts): string =>
  (
    [
      [diff.added.length, 'added'],
      [diff.removed.length, 'removed'],
      [diff.changed.length, 'changed'],
    ] as const
  )
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}`)
    .join(', ');
