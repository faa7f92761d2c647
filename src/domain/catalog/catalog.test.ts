/**
 * Integrity tests for the ISO/IEC 42001:2023 catalog: exact counts, ids,
 * titles, references between entries, our-own-words rules for descriptions,
 * the plain-data shape of CATALOG, and the lookups.
 */
import { describe, it, expect } from 'vitest';
import { DomainError } from '../errors.js';
import {
  ANNEX_A_GROUP_IDS,
  ANNEX_A_TOPIC_IDS,
  ANNEX_A_TOPIC_TITLES,
  ANNEX_C_OBJECTIVES,
  ANNEX_C_RISK_SOURCES,
  CATALOG,
  CLAUSES,
  CONTROL_ID_PATTERN,
  CONTROL_IDS,
  CONTROL_OBJECTIVE_GROUPS,
  CONTROLS,
  LEAF_CLAUSE_IDS,
  REQUIRED_DOCUMENTS,
  TOP_LEVEL_CLAUSE_IDS,
  controlsOfGroup,
  findClause,
  findControl,
  findControlByTitleOrAlias,
  getClause,
  getControl,
  isControlId,
  leafClauses,
} from './index.js';
import type { Clause, Control, LeafClause } from './index.js';

/** Compares dotted ids such as `4.1`, `10.2`, `A.6.2.8` segment by segment, numerically. */
const compareDottedIds = (a: string, b: string): number => {
  const left = a.replace(/^A\./, '').split('.').map(Number);
  const right = b.replace(/^A\./, '').split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
};

/** Why a description breaks our writing rules, or undefined when it is fine. */
const descriptionProblem = (
  description: string,
  title: string,
  aliases: readonly string[] = [],
): string | undefined => {
  const text = description.trim();
  if (text === '') return 'empty';
  const names = [title, ...aliases].map((name) => name.toLowerCase());
  if (names.includes(text.toLowerCase())) return 'same as the title';
  if (!text.endsWith('.')) return 'no closing full stop';
  if (/\bshall\b/i.test(text)) return 'uses the normative "shall" of the standard';
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
  return sentences > 2 ? `${sentences} sentences` : undefined;
};

const idsOf = (entries: readonly { readonly id: string }[]) => entries.map((entry) => entry.id);
const duplicatesOf = (values: readonly string[]) =>
  values.filter((value, index) => values.indexOf(value) !== index);
const errorOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('clauses 4–10', () => {
  const clauses: readonly Clause[] = CLAUSES;

  it('has 7 top-level clauses, 4 intermediate nodes and 32 leaf requirement units', () => {
    expect(clauses.filter((c) => c.parentId === undefined).map((c) => c.id)).toEqual([
      ...TOP_LEVEL_CLAUSE_IDS,
    ]);
    expect(clauses.filter((c) => c.isLeaf).map((c) => c.id)).toEqual([...LEAF_CLAUSE_IDS]);
    expect(leafClauses()).toHaveLength(32);
    expect(clauses.filter((c) => !c.isLeaf && c.parentId !== undefined).map((c) => c.id)).toEqual([
      '6.1',
      '7.5',
      '9.2',
      '9.3',
    ]);
    expect(clauses).toHaveLength(43);
  });

  it('has no duplicate ids and lists them in natural order (4.1 before 4.2 … 10.2)', () => {
    const ids = idsOf(clauses);
    expect(duplicatesOf(ids)).toEqual([]);
    expect(ids).toEqual([...ids].sort(compareDottedIds));
    expect(ids.indexOf('9.3.3')).toBeLessThan(ids.indexOf('10.1'));
  });

  it('gives each clause the parent its number implies, and only branches have children', () => {
    for (const clause of clauses) {
      const implied = clause.id.includes('.') ? clause.id.replace(/\.\d+$/, '') : undefined;
      expect(clause.parentId, clause.id).toBe(implied);
      if (clause.parentId !== undefined) expect(findClause(clause.parentId)?.isLeaf).toBe(false);
      const hasChildren = clauses.some((child) => child.parentId === clause.id);
      expect(hasChildren, clause.id).toBe(!clause.isLeaf);
    }
  });

  it.each([
    ['4.3', 'Determining the scope of the AI management system', 'maintain'],
    ['5.2', 'AI policy', 'maintain'],
    ['6.1.2', 'AI risk assessment', 'retain'],
    ['6.1.3', 'AI risk treatment', 'maintain_and_retain'],
    ['6.1.4', 'AI system impact assessment', 'retain'],
    ['7.5.2', 'Creating and updating documented information', 'meta'],
    ['8.1', 'Operational planning and control', 'maintain_and_retain'],
    ['9.2.2', 'Internal audit programme', 'retain'],
    ['9.3.2', 'Management review inputs', 'none'],
    ['10.2', 'Nonconformity and corrective action', 'retain'],
  ])('records clause %s as "%s" with documented information %s', (id, title, kind) => {
    const clause = getClause(id);
    expect(clause.title).toBe(title);
    expect(clause.isLeaf && clause.documentedInformation).toBe(kind);
  });

  it('marks exactly the 7.5.x clauses as meta', () => {
    const meta = leafClauses().filter((c) => c.documentedInformation === 'meta');
    expect(idsOf(meta)).toEqual(['7.5.1', '7.5.2', '7.5.3']);
  });

  it('keeps title variants from other tools as aliases, never as titles', () => {
    expect(getClause('5.2').aliases).toContain('Policy');
    expect(getClause('5.3').aliases).toContain(
      'Organizational roles, responsibilities and authorities',
    );
    expect(getClause('9.3.3').aliases).toContain('Management review');
  });

  it('describes every clause in our own words', () => {
    const problems = clauses
      .map((c) => [c.id, descriptionProblem(c.description, c.title, c.aliases)])
      .filter(([, problem]) => problem !== undefined);
    expect(problems).toEqual([]);
  });
});

describe('Annex A', () => {
  const controls: readonly Control[] = CONTROLS;

  it('has 38 controls in 10 objective groups under 9 topics', () => {
    expect(controls).toHaveLength(38);
    expect(idsOf(controls)).toEqual([...CONTROL_IDS]);
    expect(idsOf(CONTROL_OBJECTIVE_GROUPS)).toEqual([...ANNEX_A_GROUP_IDS]);
    expect(ANNEX_A_TOPIC_IDS).toHaveLength(9);
    expect(Object.keys(ANNEX_A_TOPIC_TITLES)).toEqual([...ANNEX_A_TOPIC_IDS]);
  });

  it.each([
    ['A.2', 3],
    ['A.3', 2],
    ['A.4', 5],
    ['A.5', 4],
    ['A.6.1', 2],
    ['A.6.2', 7],
    ['A.7', 5],
    ['A.8', 4],
    ['A.9', 3],
    ['A.10', 3],
  ] as const)('has %s controls in group %s', (groupId, count) => {
    expect(controlsOfGroup(groupId)).toHaveLength(count);
    for (const control of controlsOfGroup(groupId)) {
      expect(control.id.startsWith(`${groupId}.`)).toBe(true);
    }
  });

  it('uses only valid, unique, naturally ordered ids, none ending in .1', () => {
    const ids = idsOf(controls);
    expect(duplicatesOf(ids)).toEqual([]);
    expect(ids.filter((id) => !CONTROL_ID_PATTERN.test(id))).toEqual([]);
    expect(ids.filter((id) => id.endsWith('.1'))).toEqual([]);
    expect(ids).toEqual([...ids].sort(compareDottedIds));
  });

  it('links every control to its group and every group to its topic', () => {
    for (const control of controls) {
      const group = CONTROL_OBJECTIVE_GROUPS.find((g) => g.id === control.groupId);
      expect(group?.topicId, control.id).toBe(control.topicId);
      expect(control.id.startsWith(`${control.topicId}.`), control.id).toBe(true);
    }
    for (const group of CONTROL_OBJECTIVE_GROUPS) {
      expect(group.id.startsWith(group.topicId), group.id).toBe(true);
    }
  });

  it.each([
    ['A.2.2', 'AI policy'],
    ['A.5.4', 'Assessing AI system impact on individuals or groups of individuals'],
    ['A.6.1.2', 'Objectives for responsible development of AI system'],
    ['A.6.2.8', 'AI system recording of event logs'],
    ['A.7.4', 'Quality of data for AI systems'],
    ['A.10.4', 'Customers'],
  ])('titles control %s "%s"', (id, title) => {
    expect(getControl(id).title).toBe(title);
  });

  it('accepts exactly the 38 control ids and nothing else of the same shape', () => {
    const candidates: string[] = [];
    for (let topic = 0; topic <= 12; topic += 1) {
      for (let item = 0; item <= 10; item += 1) {
        candidates.push(`A.${topic}.${item}`, `A.6.${topic}.${item}`);
      }
    }
    expect(candidates.filter(isControlId).sort(compareDottedIds)).toEqual([...CONTROL_IDS]);
  });

  it.each(['A.5.1', 'A.6.2.9', 'A.6.10', 'A.7.1', 'A.9.1', 'A.2.1', 'A.6.1.1', 'B.2.2', 'a.2.2'])(
    'rejects %s as a control id',
    (text) => {
      expect(isControlId(text)).toBe(false);
    },
  );

  it('rejects ids with surrounding text', () => {
    expect(isControlId(' A.2.2')).toBe(false);
    expect(isControlId('A.2.2 AI policy')).toBe(false);
  });

  it('describes every control and objective in our own words', () => {
    const problems = [
      ...controls.map((c) => [c.id, descriptionProblem(c.description, c.title, c.aliases)]),
      ...CONTROL_OBJECTIVE_GROUPS.map((g) => [g.id, descriptionProblem(g.objective, g.title)]),
    ].filter(([, problem]) => problem !== undefined);
    expect(problems).toEqual([]);
  });
});

describe('Annex C', () => {
  it('lists 11 objectives and 7 risk sources in order with kebab-case ids', () => {
    expect(ANNEX_C_OBJECTIVES).toHaveLength(11);
    expect(ANNEX_C_RISK_SOURCES).toHaveLength(7);
    for (const list of [ANNEX_C_OBJECTIVES, ANNEX_C_RISK_SOURCES]) {
      expect(list.map((entry) => entry.order)).toEqual(list.map((_, index) => index + 1));
      expect(duplicatesOf(idsOf(list))).toEqual([]);
      for (const entry of list) expect(entry.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('keeps the exact titles', () => {
    expect(ANNEX_C_OBJECTIVES.map((o) => o.title)).toContain(
      'Availability and quality of training and test data',
    );
    expect(ANNEX_C_OBJECTIVES.at(-1)?.title).toBe('Transparency and explainability');
    expect(ANNEX_C_RISK_SOURCES.map((r) => r.title)).toEqual([
      'Complexity of environment',
      'Lack of transparency and explainability',
      'Level of automation',
      'Risk sources related to machine learning',
      'System hardware issues',
      'System life cycle issues',
      'Technology readiness',
    ]);
  });

  it('describes every entry in our own words', () => {
    const problems = [...ANNEX_C_OBJECTIVES, ...ANNEX_C_RISK_SOURCES]
      .map((e) => [e.id, descriptionProblem(e.description, e.title)])
      .filter(([, problem]) => problem !== undefined);
    expect(problems).toEqual([]);
  });
});

describe('required documents', () => {
  it('lists 20 items numbered RD-01 … RD-20', () => {
    expect(idsOf(REQUIRED_DOCUMENTS)).toEqual(
      Array.from({ length: 20 }, (_, i) => `RD-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('ties each item to a leaf clause that calls for documented information', () => {
    for (const document of REQUIRED_DOCUMENTS) {
      for (const clauseId of [document.clauseId, ...document.relatedClauseIds]) {
        const clause = findClause(clauseId);
        expect(clause?.isLeaf, `${document.id} → ${clauseId}`).toBe(true);
        expect(clause?.isLeaf && clause.documentedInformation).not.toBe('none');
      }
      for (const controlId of document.relatedControlIds)
        expect(findControl(controlId)).toBeDefined();
      expect(document.title.trim()).not.toBe('');
    }
  });

  it('covers every clause that asks to maintain or retain documented information', () => {
    const covered = new Set<string>(
      REQUIRED_DOCUMENTS.flatMap((d) => [d.clauseId, ...d.relatedClauseIds]),
    );
    const uncovered = leafClauses()
      .filter((c) => c.documentedInformation !== 'none' && c.documentedInformation !== 'meta')
      .filter((c) => !covered.has(c.id));
    expect(idsOf(uncovered)).toEqual([]);
  });

  it('keeps each item as its clause asks: maintained as a document or retained as a record', () => {
    const expected = { maintain: ['document'], retain: ['record'] } as Record<string, string[]>;
    for (const document of REQUIRED_DOCUMENTS) {
      const clause = findClause(document.clauseId);
      const kind = clause?.isLeaf ? clause.documentedInformation : 'none';
      const allowed = expected[kind] ?? ['document', 'record'];
      // A recommended item is optional work, so its form is the organization's choice.
      if (document.necessity === 'required')
        expect(allowed, `${document.id} under ${document.clauseId}`).toContain(document.type);
    }
  });

  it('retains the actions on AI risks and opportunities and maintains the AI objectives', () => {
    const byId = new Map(REQUIRED_DOCUMENTS.map((d) => [d.id as string, d]));
    expect(byId.get('RD-04')).toMatchObject({ clauseId: '6.1.1', type: 'record' });
    expect(byId.get('RD-10')).toMatchObject({ clauseId: '6.2', type: 'document' });
    expect(findClause('6.1.1')).toMatchObject({ documentedInformation: 'retain' });
    expect(findClause('6.2')).toMatchObject({ documentedInformation: 'maintain' });
  });

  it('recommends the impact assessment process and requires only its results', () => {
    const recommended = REQUIRED_DOCUMENTS.filter((d) => d.necessity === 'recommended');
    expect(recommended.map((d) => [d.id, d.clauseId])).toEqual([['RD-09', '6.1.4']]);
    const results = REQUIRED_DOCUMENTS.find((d) => d.id === 'RD-16');
    expect(results).toMatchObject({ necessity: 'required', type: 'record', clauseId: '8.4' });
    expect(results?.relatedClauseIds).toContain('6.1.4');
  });

  it('records the statement of applicability as a document under 6.1.3', () => {
    const soa = REQUIRED_DOCUMENTS.find((d) => d.title === 'Statement of applicability');
    expect(soa).toMatchObject({ clauseId: '6.1.3', type: 'document' });
  });
});

describe('CATALOG', () => {
  it('names the standard and holds every part', () => {
    expect(CATALOG.standard).toBe('ISO/IEC 42001:2023');
    expect(CATALOG.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(CATALOG.clauses).toHaveLength(43);
    expect(CATALOG.annexA.groups).toHaveLength(10);
    expect(CATALOG.annexA.controls).toHaveLength(38);
    expect(CATALOG.annexC.objectives).toHaveLength(11);
    expect(CATALOG.annexC.riskSources).toHaveLength(7);
    expect(CATALOG.requiredDocuments).toHaveLength(20);
  });

  it('is plain JSON data: no functions, RegExps, Maps or undefined members', () => {
    const isPlain = (value: unknown): boolean => {
      if (['string', 'number', 'boolean'].includes(typeof value)) return true;
      if (Array.isArray(value)) return value.every(isPlain);
      if (typeof value !== 'object' || value === null) return false;
      return (
        Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlain)
      );
    };
    expect(isPlain(CATALOG)).toBe(true);
    expect(JSON.parse(JSON.stringify(CATALOG))).toStrictEqual(CATALOG);
  });

  it('cannot be changed at run time', () => {
    expect(() => (CONTROLS as unknown as Control[]).pop()).toThrow(TypeError);
    expect(() => {
      (getClause('4.1') as { title: string }).title = 'Changed';
    }).toThrow(TypeError);
    expect(() => (leafClauses() as LeafClause[]).reverse()).toThrow(TypeError);
    expect(getClause('4.1').title).toBe('Understanding the organization and its context');
  });
});

describe('lookups', () => {
  it('finds clauses and controls by exact id', () => {
    expect(findClause('6.1.4')?.title).toBe('AI system impact assessment');
    expect(findClause('11')).toBeUndefined();
    expect(findControl('A.6.2.8')?.groupId).toBe('A.6.2');
    expect(getControl('A.6.1.3').topicId).toBe('A.6');
  });

  it.each([
    ['getClause', () => getClause('8.5'), 'CATALOG_CLAUSE_NOT_FOUND'],
    ['getClause', () => getClause('A.2.2'), 'CATALOG_CLAUSE_NOT_FOUND'],
    ['getControl', () => getControl('A.5.1'), 'CATALOG_CONTROL_NOT_FOUND'],
    ['getControl', () => getControl('B.2.2'), 'CATALOG_CONTROL_NOT_FOUND'],
  ])('%s throws a NotFound DomainError for an unknown id', (_name, run, code) => {
    const error = errorOf(run);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code, kind: 'NotFound' });
  });

  it.each([
    ['Assessing AI system impact on individuals and groups of individuals', 'A.5.4'],
    ['Assessing AI system impact on individuals or groups of individuals', 'A.5.4'],
    ['  ai SYSTEM   recording of event logs ', 'A.6.2.8'],
    ['Processes for trustworthy AI system design and development', 'A.6.1.3'],
    ['Objectives for responsible use of AI systems', 'A.9.3'],
  ])('matches the control title or variant "%s" to %s', (text, id) => {
    expect(findControlByTitleOrAlias(text)?.id).toBe(id);
  });

  it('finds no control for unknown titles or for group titles', () => {
    expect(findControlByTitleOrAlias('Segregation of duties')).toBeUndefined();
    expect(findControlByTitleOrAlias('Use of AI systems')).toBeUndefined();
  });

  it('never lets two controls share a title or variant', () => {
    const names = CONTROLS.flatMap((c) => [c.title, ...c.aliases].map((n) => n.toLowerCase()));
    expect(duplicatesOf(names)).toEqual([]);
  });
});
