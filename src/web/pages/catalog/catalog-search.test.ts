import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog-query.js';
import { searchCatalog, searchTerms } from './catalog-search.js';

const clause = (id: string, title: string, parentId?: string) => ({
  id,
  title,
  ...(parentId === undefined ? {} : { parentId }),
  isLeaf: parentId !== undefined,
  description: `${title} of the AI management system.`,
  aliases: [],
});

const CATALOG: Catalog = {
  standard: 'ISO/IEC 42001',
  version: '2023',
  clauses: [
    clause('4', 'Context of the organization'),
    clause('4.1', 'Understanding the organization and its context', '4'),
    clause('4.3', 'Determining the scope', '4'),
    clause('6', 'Planning'),
    clause('6.1.2', 'AI risk assessment', '6'),
  ],
  annexA: {
    groups: [
      {
        id: 'A.2',
        topicId: 'policies',
        title: 'Policies related to AI',
        objective: 'Management direction for AI systems',
        aliases: [],
      },
      {
        id: 'A.5',
        topicId: 'impact',
        title: 'Assessing impacts of AI systems',
        objective: 'Assess consequences for individuals',
        aliases: [],
      },
    ],
    controls: [
      {
        id: 'A.2.2',
        title: 'AI policy',
        groupId: 'A.2',
        topicId: 'policies',
        description: 'Document a policy',
        aliases: [],
      },
      {
        id: 'A.5.2',
        title: 'AI system impact assessment process',
        groupId: 'A.5',
        topicId: 'impact',
        description: 'Assess the impact on individuals',
        aliases: ['AIIA'],
      },
    ],
  },
  annexC: {
    objectives: [{ id: 'fairness', order: 1, title: 'Fairness', description: 'Avoid bias' }],
    riskSources: [{ id: 'complexity', order: 1, title: 'Complexity', description: 'Opaque' }],
  },
  requiredDocuments: [
    {
      id: 'scope',
      title: 'Scope of the AIMS',
      clauseId: '4.3',
      relatedClauseIds: [],
      relatedControlIds: [],
      type: 'document',
      necessity: 'required',
      notes: '',
    },
  ],
};

describe('catalog search', () => {
  it('splits a query into lower-case words', () => {
    expect(searchTerms('  AI   Risk\tassessment ')).toEqual(['ai', 'risk', 'assessment']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('shows everything for an empty query', () => {
    const results = searchCatalog(CATALOG, []);
    expect(results.clauseCount).toBe(5);
    expect(results.controlCount).toBe(2);
    expect(results.total).toBe(5 + 2 + 1 + 1 + 1);
  });

  it('brings the parent clause along as context of a matching sub-clause', () => {
    const results = searchCatalog(CATALOG, searchTerms('risk assessment'));
    expect(results.clauses.map((row) => [row.clause.id, row.depth, row.isResult])).toEqual([
      ['6', 0, false],
      ['6.1.2', 1, true],
    ]);
    expect(results.clauseCount).toBe(1);
  });

  it('brings the sub-clauses along with a matching parent', () => {
    const results = searchCatalog(CATALOG, searchTerms('context organization'));
    expect(results.clauses.filter((row) => row.isResult).map((row) => row.clause.id)).toEqual([
      '4',
      '4.1',
      '4.3',
    ]);
  });

  it('finds a control by an alias and every control of a matching group', () => {
    expect(searchCatalog(CATALOG, ['aiia']).groups).toEqual([
      { group: CATALOG.annexA.groups[1], controls: [CATALOG.annexA.controls[1]] },
    ]);
    expect(searchCatalog(CATALOG, ['management', 'direction']).controlCount).toBe(1);
  });

  it('finds a required document by the clause that asks for it', () => {
    const results = searchCatalog(CATALOG, searchTerms('clause 4.3'));
    expect(results.documents.map((document) => document.id)).toEqual(['scope']);
  });
});
