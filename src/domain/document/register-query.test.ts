import { describe, expect, it } from 'vitest';
import { filterDocuments, sortDocuments } from './register-query.js';

const row = (
  id: string,
  title: string,
  changes: Partial<Parameters<typeof filterDocuments>[0][number]> = {},
) => ({
  id,
  title,
  kind: 'procedure' as const,
  referenceNumber: null as string | null,
  fulfils: [],
  readAccess: 'all_members' as 'all_members' | 'named_roles',
  dispositionDueDate: null as string | null,
  isDueForDisposition: false,
  createdAt: `2026-01-0${id}T00:00:00.000Z`,
  updatedAt: `2026-02-0${id}T00:00:00.000Z`,
  status: 'approved' as const,
  nextReviewDate: null,
  isReviewOverdue: false,
  isReviewDueSoon: false,
  openVersion: null,
  ...changes,
});

const rows = [
  row('1', 'risk method', {
    nextReviewDate: '2027-03-01',
    isReviewDueSoon: true,
    referenceNumber: 'AIMS-MET-002',
  }),
  row('2', 'AI policy', {
    kind: 'ai_policy',
    nextReviewDate: '2026-01-01',
    isReviewOverdue: true,
    referenceNumber: 'aims-pol-001',
    readAccess: 'named_roles',
  }),
  row('3', 'Training plan', {
    status: 'in_review',
    openVersion: {
      id: 'v',
      version: 1,
      status: 'in_review',
      authorUserId: null,
      editorUserIds: [],
      revision: 1,
    },
    fulfils: ['RD-11'],
    dispositionDueDate: '2026-11-30',
    isDueForDisposition: true,
  }),
];

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('document register filters and order', () => {
  it('filters on derived status, overdue or coming review and waiting approval', () => {
    expect(ids(filterDocuments(rows, { status: 'in_review' }))).toEqual(['3']);
    expect(ids(filterDocuments(rows, { isReviewOverdue: true }))).toEqual(['2']);
    expect(ids(filterDocuments(rows, { isReviewDueSoon: true }))).toEqual(['1']);
    expect(ids(filterDocuments(rows, { isAwaitingApproval: true }))).toEqual(['3']);
    expect(ids(filterDocuments(rows, { isAwaitingApproval: false }))).toEqual(['1', '2']);
  });

  it('finds what provides a required document, counting an AI policy for RD-03', () => {
    expect(ids(filterDocuments(rows, { fulfils: 'RD-03' }))).toEqual(['2']);
    expect(ids(filterDocuments(rows, { fulfils: 'RD-11' }))).toEqual(['3']);
  });

  it('sorts titles without regard to case, either way', () => {
    expect(ids(sortDocuments(rows, 'title', 'asc'))).toEqual(['2', '1', '3']);
    expect(ids(sortDocuments(rows, 'title', 'desc'))).toEqual(['3', '1', '2']);
  });

  it('puts documents without a review date last in both directions', () => {
    expect(ids(sortDocuments(rows, 'nextReviewDate', 'asc'))).toEqual(['2', '1', '3']);
    expect(ids(sortDocuments(rows, 'nextReviewDate', 'desc'))).toEqual(['1', '2', '3']);
  });

  it('filters on disposition due and on restricted reading', () => {
    expect(ids(filterDocuments(rows, { isDueForDisposition: true }))).toEqual(['3']);
    expect(ids(filterDocuments(rows, { readAccess: 'named_roles' }))).toEqual(['2']);
  });

  it('sorts reference numbers without regard to case, documents without one last', () => {
    expect(ids(sortDocuments(rows, 'referenceNumber', 'asc'))).toEqual(['1', '2', '3']);
    expect(ids(sortDocuments(rows, 'referenceNumber', 'desc'))).toEqual(['2', '1', '3']);
    expect(ids(sortDocuments(rows, 'dispositionDueDate', 'asc'))).toEqual(['3', '1', '2']);
  });

  it('breaks ties by id so that pages never overlap', () => {
    const same = [row('2', 'Same'), row('1', 'Same'), row('3', 'Same')];
    expect(ids(sortDocuments(same, 'title', 'asc'))).toEqual(['1', '2', '3']);
  });
});
