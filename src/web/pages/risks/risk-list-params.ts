/**
 * The risk list's view in the URL: the filters the page shows (kind, status,
 * treatment option, AI system, owner), the heat-map cell a click on the map
 * filters by (inherent or residual scores), and the sort fields. The risk
 * register is not a declared register, so its filters are declared here in
 * the declarations' own shape and read by the same codec and filter row.
 */
import type { FilterDeclaration, SortDeclaration } from '../../registers/declaration.js';
import { listCodec } from '../../registers/list-params.js';
import type { ListParams } from '../../registers/list-params.js';
import { KIND_LABELS, STATUS_LABELS, TREATMENT_OPTION_LABELS } from './risk-labels.js';

const choices = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The filters shown above the list. */
export const RISK_FILTERS: readonly FilterDeclaration[] = [
  { param: 'kind', label: 'Kind', type: 'choice', choices: choices(KIND_LABELS) },
  { param: 'status', label: 'Status', type: 'choice', choices: choices(STATUS_LABELS) },
  {
    param: 'treatmentOption',
    label: 'Treatment',
    type: 'choice',
    choices: choices(TREATMENT_OPTION_LABELS),
  },
  { param: 'aiSystemId', label: 'AI system', type: 'ai_system', choices: null },
  { param: 'ownerUserId', label: 'Owner', type: 'member', choices: null },
];

const SCORES = choices(Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [n, String(n)])));
const score = (param: string, label: string): FilterDeclaration => ({
  param,
  label,
  type: 'choice',
  choices: SCORES,
});

/** A heat-map cell: the scores of one grid, set and cleared together. */
export const CELL_FILTERS = {
  inherent: { likelihood: 'likelihood', consequence: 'consequence' },
  residual: { likelihood: 'residualLikelihood', consequence: 'residualConsequence' },
} as const;
export type GridKind = keyof typeof CELL_FILTERS;

const CELL_FILTER_DECLARATIONS: readonly FilterDeclaration[] = [
  score('likelihood', 'Likelihood'),
  score('consequence', 'Consequence'),
  score('residualLikelihood', 'Residual likelihood'),
  score('residualConsequence', 'Residual consequence'),
];

const SORT: SortDeclaration = {
  default: 'residualLevel',
  fields: [
    { field: 'residualLevel', label: 'Current level' },
    { field: 'inherentLevel', label: 'Inherent level' },
    { field: 'statement', label: 'Statement' },
    { field: 'reviewDate', label: 'Review date' },
    { field: 'updatedAt', label: 'Last updated' },
  ],
};

export const riskListCodec = listCodec({
  filters: [...RISK_FILTERS, ...CELL_FILTER_DECLARATIONS],
  sort: SORT,
});

/** The cell the list is filtered by, if any: its grid and its two scores. */
export interface CellFilter {
  readonly grid: GridKind;
  readonly likelihood: number;
  readonly consequence: number;
}

export const cellFilterOf = (params: ListParams): CellFilter | null => {
  for (const grid of ['inherent', 'residual'] as const) {
    const names = CELL_FILTERS[grid];
    const likelihood = params.filters[names.likelihood] ?? null;
    const consequence = params.filters[names.consequence] ?? null;
    if (likelihood !== null && consequence !== null)
      return { grid, likelihood: Number(likelihood), consequence: Number(consequence) };
  }
  return null;
};

/** The filter change that shows one cell's risks (and no other cell's), or none at all. */
export const cellFilterChange = (
  params: ListParams,
  cell: CellFilter | null,
): Partial<ListParams> => {
  const filters: Record<string, string | null> = { ...params.filters };
  for (const grid of ['inherent', 'residual'] as const) {
    filters[CELL_FILTERS[grid].likelihood] = null;
    filters[CELL_FILTERS[grid].consequence] = null;
  }
  if (cell) {
    filters[CELL_FILTERS[cell.grid].likelihood] = String(cell.likelihood);
    filters[CELL_FILTERS[cell.grid].consequence] = String(cell.consequence);
  }
  return { filters };
};
