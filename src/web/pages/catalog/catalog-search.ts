/**
 * Client-side search over the catalog: every word of the query must occur
 * (case-insensitive) in an entry's id, title, aliases or description. A
 * matching parent (clause or control objective) brings its children along;
 * a matching child brings its parent clauses along as context.
 */
import type {
  AnnexCEntry,
  Catalog,
  Clause,
  Control,
  ControlGroup,
  RequiredDocument,
} from './catalog-query.js';

export const searchTerms = (query: string): string[] =>
  query.toLowerCase().split(/\s+/).filter(Boolean);

const matches = (terms: readonly string[], texts: readonly string[]): boolean => {
  if (terms.length === 0) return true;
  const haystack = texts.join('\n').toLowerCase();
  return terms.every((term) => haystack.includes(term));
};

export interface ClauseRow {
  readonly clause: Clause;
  readonly depth: number;
  /** False for a parent shown only to place a matching sub-clause. */
  readonly isResult: boolean;
}

export interface GroupResult {
  readonly group: ControlGroup;
  readonly controls: readonly Control[];
}

export interface CatalogResults {
  readonly clauses: readonly ClauseRow[];
  readonly clauseCount: number;
  readonly groups: readonly GroupResult[];
  readonly controlCount: number;
  readonly objectives: readonly AnnexCEntry[];
  readonly riskSources: readonly AnnexCEntry[];
  readonly documents: readonly RequiredDocument[];
  readonly total: number;
}

const filterClauses = (clauses: readonly Clause[], terms: readonly string[]): ClauseRow[] => {
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  const ancestorsOf = (clause: Clause): Clause[] => {
    const parent = clause.parentId === undefined ? undefined : byId.get(clause.parentId);
    return parent ? [...ancestorsOf(parent), parent] : [];
  };
  const results = new Set<string>();
  for (const clause of clauses) {
    const ancestors = ancestorsOf(clause);
    const own = [clause.id, clause.title, clause.description, ...clause.aliases];
    if (matches(terms, own) || ancestors.some((parent) => results.has(parent.id))) {
      results.add(clause.id);
    }
  }
  const context = new Set(
    clauses
      .filter((clause) => results.has(clause.id))
      .flatMap(ancestorsOf)
      .map((c) => c.id),
  );
  return clauses
    .filter((clause) => results.has(clause.id) || context.has(clause.id))
    .map((clause) => ({
      clause,
      depth: ancestorsOf(clause).length,
      isResult: results.has(clause.id),
    }));
};

const filterControls = (catalog: Catalog, terms: readonly string[]): GroupResult[] =>
  catalog.annexA.groups.flatMap((group) => {
    const groupMatches = matches(terms, [group.id, group.title, group.objective, ...group.aliases]);
    const controls = catalog.annexA.controls.filter(
      (control) =>
        control.groupId === group.id &&
        (groupMatches ||
          matches(terms, [control.id, control.title, control.description, ...control.aliases])),
    );
    return controls.length > 0 ? [{ group, controls }] : [];
  });

const filterAnnexC = (entries: readonly AnnexCEntry[], terms: readonly string[]) =>
  entries.filter((entry) => matches(terms, [entry.id, entry.title, entry.description]));

const filterDocuments = (documents: readonly RequiredDocument[], terms: readonly string[]) =>
  documents.filter((document) =>
    matches(terms, [
      document.id,
      document.title,
      document.notes,
      `clause ${document.clauseId}`,
      ...document.relatedControlIds,
    ]),
  );

export const searchCatalog = (catalog: Catalog, terms: readonly string[]): CatalogResults => {
  const clauses = filterClauses(catalog.clauses, terms);
  const groups = filterControls(catalog, terms);
  const objectives = filterAnnexC(catalog.annexC.objectives, terms);
  const riskSources = filterAnnexC(catalog.annexC.riskSources, terms);
  const documents = filterDocuments(catalog.requiredDocuments, terms);
  const clauseCount = clauses.filter((row) => row.isResult).length;
  const controlCount = groups.reduce((sum, group) => sum + group.controls.length, 0);
  return {
    clauses,
    clauseCount,
    groups,
    controlCount,
    objectives,
    riskSources,
    documents,
    total: clauseCount + controlCount + objectives.length + riskSources.length + documents.length,
  };
};
