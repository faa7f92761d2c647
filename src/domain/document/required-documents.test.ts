import { describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../catalog/index.js';
import type { DocumentKind } from './document.js';
import {
  countByStatus,
  deriveRequiredDocuments,
  summarizeRequiredDocuments,
} from './required-documents.js';
import type { RegisterFacts } from './required-documents.js';
import type { DocumentState } from './status.js';

const APPROVED_AT = '2026-12-01T09:00:00.000Z';

const state = (status: DocumentState['status'], isReviewOverdue = false): DocumentState => ({
  status,
  currentVersion:
    status === 'approved' || status === 'retired'
      ? { id: 'v', version: 2, approvedAt: APPROVED_AT, approvedByUserId: 'a' }
      : null,
  openVersion:
    status === 'in_review'
      ? { id: 'o', version: 1, status, authorUserId: 'x', editorUserIds: ['x'], revision: 1 }
      : null,
  nextReviewDate: null,
  isReviewDueSoon: false,
  isReviewOverdue,
});

const doc = (
  id: string,
  kind: DocumentKind,
  fulfils: string[],
  status: DocumentState['status'],
  retiredAt: string | null = null,
  isReadable = true,
) => ({
  document: { id, title: `Doc ${id}`, kind, fulfils: fulfils as never, retiredAt },
  state: state(status),
  isReadable,
});

const NOTHING: RegisterFacts = {
  documents: [],
  approvedScope: null,
  scopeDraft: null,
  objectiveCount: 0,
};

const entry = (facts: RegisterFacts, id: string) => {
  const found = deriveRequiredDocuments(REQUIRED_DOCUMENTS, facts).find(
    (item) => item.requiredDocument.id === id,
  );
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('required-documents register', () => {
  it('lists all 20 items in catalog order, all missing for a new organization', () => {
    const entries = deriveRequiredDocuments(REQUIRED_DOCUMENTS, NOTHING);
    expect(entries.map((item) => item.requiredDocument.id)).toEqual(
      REQUIRED_DOCUMENTS.map((item) => item.id),
    );
    expect(countByStatus(entries)).toEqual({ fulfilled: 0, in_progress: 0, missing: 20 });
    expect(entries[0]).toEqual({
      requiredDocument: {
        id: 'RD-01',
        title: 'AIMS scope statement',
        clauseId: '4.3',
        type: 'document',
        necessity: 'required',
      },
      status: 'missing',
      fulfilledBy: [],
      inProgressBy: [],
    });
  });

  it('takes the AIMS scope from the scope register: a draft is work in progress, approval fulfils it', () => {
    const drafting = { ...NOTHING, scopeDraft: { id: 's2', version: 2 } };
    expect(entry(drafting, 'RD-01')).toMatchObject({
      status: 'in_progress',
      inProgressBy: [{ kind: 'scope', id: 's2', version: 2 }],
    });
    const approved = {
      ...drafting,
      approvedScope: { id: 's1', version: 1, approvedAt: APPROVED_AT },
    };
    expect(entry(approved, 'RD-01')).toMatchObject({
      status: 'fulfilled',
      fulfilledBy: [{ kind: 'scope', id: 's1', version: 1, approvedAt: APPROVED_AT }],
    });
  });

  it('counts AI objectives for RD-10', () => {
    expect(entry({ ...NOTHING, objectiveCount: 3 }, 'RD-10')).toMatchObject({
      status: 'fulfilled',
      fulfilledBy: [{ kind: 'objectives', count: 3 }],
    });
  });

  it('fulfils the AI policy from an approved AI policy document, or any approved document claiming RD-03', () => {
    const policy = { ...NOTHING, documents: [doc('p', 'ai_policy', [], 'approved')] };
    expect(entry(policy, 'RD-03')).toMatchObject({
      status: 'fulfilled',
      fulfilledBy: [
        { kind: 'document', id: 'p', title: 'Doc p', version: 2, approvedAt: APPROVED_AT },
      ],
    });
    const handbook = { ...NOTHING, documents: [doc('h', 'procedure', ['RD-03'], 'approved')] };
    expect(entry(handbook, 'RD-03').status).toBe('fulfilled');
  });

  it('is in progress while the claiming document is still a draft or in review', () => {
    const facts = {
      ...NOTHING,
      documents: [
        doc('d', 'methodology', ['RD-05'], 'draft'),
        doc('r', 'plan', ['RD-05'], 'in_review'),
      ],
    };
    expect(entry(facts, 'RD-05')).toMatchObject({
      status: 'in_progress',
      inProgressBy: [
        { kind: 'document', id: 'd', status: 'draft' },
        { kind: 'document', id: 'r', status: 'in_review' },
      ],
    });
  });

  it('ignores a retired document, approved or not', () => {
    const facts = {
      ...NOTHING,
      documents: [
        doc('old', 'ai_policy', [], 'retired', APPROVED_AT),
        doc('gone', 'plan', ['RD-08'], 'draft', APPROVED_AT),
      ],
    };
    expect(entry(facts, 'RD-03').status).toBe('missing');
    expect(entry(facts, 'RD-08').status).toBe('missing');
  });

  it('flags an approved document whose review is overdue without unfulfilling the item', () => {
    const overdue = { ...doc('p', 'ai_policy', [], 'approved'), state: state('approved', true) };
    expect(entry({ ...NOTHING, documents: [overdue] }, 'RD-03')).toMatchObject({
      status: 'fulfilled',
      fulfilledBy: [{ isReviewOverdue: true }],
    });
  });

  it('counts AI objectives, maintained documented information under 6.2, as a document', () => {
    expect(entry(NOTHING, 'RD-10').requiredDocument).toMatchObject({
      clauseId: '6.2',
      type: 'document',
    });
    expect(entry(NOTHING, 'RD-04').requiredDocument).toMatchObject({
      clauseId: '6.1.1',
      type: 'record',
    });
  });

  it('counts only required items in the coverage and the recommended ones apart', () => {
    const empty = summarizeRequiredDocuments(deriveRequiredDocuments(REQUIRED_DOCUMENTS, NOTHING));
    expect(empty).toEqual({
      fulfilled: 0,
      in_progress: 0,
      missing: 19,
      required: 19,
      percentFulfilled: 0,
      recommended: { fulfilled: 0, in_progress: 0, missing: 1 },
    });
    const facts = {
      ...NOTHING,
      objectiveCount: 2,
      documents: [
        doc('p', 'ai_policy', [], 'approved'),
        doc('m', 'methodology', ['RD-09'], 'approved'),
      ],
    };
    const summary = summarizeRequiredDocuments(deriveRequiredDocuments(REQUIRED_DOCUMENTS, facts));
    expect(summary).toMatchObject({ fulfilled: 2, missing: 17, percentFulfilled: 10 });
    expect(summary.recommended).toEqual({ fulfilled: 1, in_progress: 0, missing: 0 });
  });

  it('reaches 100 % only when every required item is fulfilled', () => {
    const everything = REQUIRED_DOCUMENTS.filter((item) => item.necessity === 'required');
    const facts = {
      ...NOTHING,
      documents: everything.map((item) => doc(item.id, 'procedure', [item.id], 'approved')),
    };
    const almost = { ...facts, documents: facts.documents.slice(1) };
    expect(
      summarizeRequiredDocuments(deriveRequiredDocuments(REQUIRED_DOCUMENTS, facts)),
    ).toMatchObject({ percentFulfilled: 100, recommended: { missing: 1 } });
    expect(
      summarizeRequiredDocuments(deriveRequiredDocuments(REQUIRED_DOCUMENTS, almost))
        .percentFulfilled,
    ).toBe(94);
  });

  it('counts a document the reader may not open without naming it', () => {
    const facts = {
      ...NOTHING,
      documents: [
        doc('secret', 'ai_policy', [], 'approved', null, false),
        doc('draft', 'plan', ['RD-08'], 'draft', null, false),
      ],
    };
    expect(entry(facts, 'RD-03')).toEqual(
      expect.objectContaining({
        status: 'fulfilled',
        fulfilledBy: [{ kind: 'restricted_document' }],
      }),
    );
    expect(entry(facts, 'RD-08')).toEqual(
      expect.objectContaining({
        status: 'in_progress',
        inProgressBy: [{ kind: 'restricted_document' }],
      }),
    );
  });
});
