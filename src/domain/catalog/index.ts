/**
 * The ISO/IEC 42001:2023 catalog: clauses 4–10, Annex A control objectives and
 * controls, Annex C objectives and risk sources, and the mandatory documented
 * information, as one plain read-only object (`CATALOG`) plus the lookups the
 * rest of the product uses.
 */
import { notFound } from '../errors.js';
import { CONTROL_OBJECTIVE_GROUPS, CONTROLS } from './annex-a.js';
import type { AnnexAGroupId, Control, ControlObjectiveGroup } from './annex-a.js';
import { ANNEX_C_OBJECTIVES, ANNEX_C_RISK_SOURCES } from './annex-c.js';
import type { AnnexCObjective, AnnexCRiskSource } from './annex-c.js';
import { CLAUSES } from './clauses.js';
import type { Clause, LeafClause } from './clauses.js';
import { deepFreeze } from './freeze.js';
import { REQUIRED_DOCUMENTS } from './required-documents.js';
import type { RequiredDocument } from './required-documents.js';

export * from './annex-a.js';
export * from './annex-c.js';
export * from './clauses.js';
export * from './required-documents.js';

export const CATALOG_STANDARD = 'ISO/IEC 42001:2023';

/** Version of our catalog data (not of the standard); bump it whenever any entry changes. */
export const CATALOG_VERSION = '1.1.0';

/** The whole catalog as plain JSON-safe data, served as is by `GET /api/v1/catalog`. */
export interface Catalog {
  readonly standard: typeof CATALOG_STANDARD;
  readonly version: string;
  readonly clauses: readonly Clause[];
  readonly annexA: {
    readonly groups: readonly ControlObjectiveGroup[];
    readonly controls: readonly Control[];
  };
  readonly annexC: {
    readonly objectives: readonly AnnexCObjective[];
    readonly riskSources: readonly AnnexCRiskSource[];
  };
  readonly requiredDocuments: readonly RequiredDocument[];
}

export const CATALOG: Catalog = deepFreeze({
  standard: CATALOG_STANDARD,
  version: CATALOG_VERSION,
  clauses: CLAUSES,
  annexA: { groups: CONTROL_OBJECTIVE_GROUPS, controls: CONTROLS },
  annexC: { objectives: ANNEX_C_OBJECTIVES, riskSources: ANNEX_C_RISK_SOURCES },
  requiredDocuments: REQUIRED_DOCUMENTS,
});

const CLAUSE_BY_ID: ReadonlyMap<string, Clause> = new Map(CLAUSES.map((c) => [c.id, c]));
const CONTROL_BY_ID: ReadonlyMap<string, Control> = new Map(CONTROLS.map((c) => [c.id, c]));
const LEAF_CLAUSES: readonly LeafClause[] = Object.freeze(
  (CLAUSES as readonly Clause[]).filter((c): c is LeafClause => c.isLeaf),
);

/** Case, surrounding and repeated whitespace do not matter when matching titles. */
const normalizeTitle = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

const CONTROL_BY_TITLE: ReadonlyMap<string, Control> = new Map(
  CONTROLS.flatMap((control) =>
    [control.title, ...control.aliases].map((title) => [normalizeTitle(title), control] as const),
  ),
);

/** The clause with this id (`'4'` … `'10.2'`), or undefined when there is none. */
export const findClause = (id: string): Clause | undefined => CLAUSE_BY_ID.get(id);

/**
 * The clause with this id.
 * @throws DomainError `CATALOG_CLAUSE_NOT_FOUND` (NotFound) when the id is not a clause of 4–10.
 */
export const getClause = (id: string): Clause => {
  const clause = findClause(id);
  if (!clause) {
    throw notFound('CATALOG_CLAUSE_NOT_FOUND', `No clause ${id} in ${CATALOG_STANDARD}`, {
      clauseId: id,
    });
  }
  return clause;
};

/** The Annex A control with this exact id (`'A.2.2'` … `'A.10.4'`), or undefined. */
export const findControl = (id: string): Control | undefined => CONTROL_BY_ID.get(id);

/**
 * The Annex A control with this exact id.
 * @throws DomainError `CATALOG_CONTROL_NOT_FOUND` (NotFound) when the id is not one of the 38 controls.
 */
export const getControl = (id: string): Control => {
  const control = findControl(id);
  if (!control) {
    throw notFound('CATALOG_CONTROL_NOT_FOUND', `No Annex A control ${id} in ${CATALOG_STANDARD}`, {
      controlId: id,
    });
  }
  return control;
};

/**
 * The control whose canonical title or a known variant equals `text`, ignoring
 * case and extra whitespace; used to match imported statements of applicability.
 */
export const findControlByTitleOrAlias = (text: string): Control | undefined =>
  CONTROL_BY_TITLE.get(normalizeTitle(text));

/** The 32 leaf requirement units of clauses 4–10, in natural order. */
export const leafClauses = (): readonly LeafClause[] => LEAF_CLAUSES;

/** The controls under one objective group, in Annex A order (A.6.1 and A.6.2 are separate groups). */
export const controlsOfGroup = (groupId: AnnexAGroupId): readonly Control[] =>
  CONTROLS.filter((control) => control.groupId === groupId);
