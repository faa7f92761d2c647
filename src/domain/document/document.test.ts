import { describe, expect, it } from 'vitest';
import {
  BODY_MAX,
  claimedRequiredDocuments,
  cleanFileName,
  submissionIssues,
  validateDocument,
  validateVersionContent,
} from './document.js';
import type { DocumentInput } from './document.js';

const base: DocumentInput = { title: 'AI policy', kind: 'ai_policy' };

const fieldsAtFault = (input: Partial<DocumentInput>) =>
  validateDocument({ ...base, ...input }).issues.map((issue) => issue.field);

describe('controlled document rules', () => {
  it('fills in a yearly review, no owner and no required documents when left out', () => {
    const { details, issues } = validateDocument({ ...base, title: '  AI policy  ' });
    expect(issues).toEqual([]);
    expect(details).toEqual({
      title: 'AI policy',
      kind: 'ai_policy',
      ownerUserId: null,
      reviewIntervalMonths: 12,
      fulfils: [],
      referenceNumber: null,
      retentionMonths: null,
      disposition: null,
      readAccess: 'all_members',
      readRoles: [],
    });
  });

  it.each([0, 61, 1.5, -3])('refuses a review interval of %s months', (months) => {
    expect(fieldsAtFault({ reviewIntervalMonths: months })).toEqual(['reviewIntervalMonths']);
  });

  it.each([1, 60])('accepts a review interval of %s months', (months) => {
    expect(fieldsAtFault({ reviewIntervalMonths: months })).toEqual([]);
  });

  it('keeps required documents once each in catalog order and names unknown ones', () => {
    const ok = validateDocument({ ...base, fulfils: ['RD-12', 'RD-03', 'RD-12'] });
    expect(ok.details.fulfils).toEqual(['RD-03', 'RD-12']);
    expect(fieldsAtFault({ fulfils: ['RD-03', 'RD-21', 'policy'] })).toEqual([
      'fulfils.1',
      'fulfils.2',
    ]);
  });

  it('names a blank title and an unknown kind', () => {
    expect(fieldsAtFault({ title: '   ', kind: 'memo' })).toEqual(['title', 'kind']);
  });

  it('treats an AI policy document as providing RD-03 whatever its own list says', () => {
    expect(claimedRequiredDocuments({ kind: 'ai_policy', fulfils: [] })).toEqual(['RD-03']);
    expect(claimedRequiredDocuments({ kind: 'procedure', fulfils: ['RD-12'] })).toEqual(['RD-12']);
  });
});

describe('version content', () => {
  it('keeps the text as written and trims the change note', () => {
    const { content, issues } = validateVersionContent({
      bodyMarkdown: '# Policy\n\n  indented',
      changeNote: '  First issue ',
    });
    expect(issues).toEqual([]);
    expect(content).toEqual({ bodyMarkdown: '# Policy\n\n  indented', changeNote: 'First issue' });
  });

  it('keeps what a change leaves out and refuses an overlong text', () => {
    const base = { bodyMarkdown: 'Text', changeNote: 'Note' };
    expect(validateVersionContent({ changeNote: 'New' }, base).content.bodyMarkdown).toBe('Text');
    const tooLong = validateVersionContent({ bodyMarkdown: 'x'.repeat(BODY_MAX + 1) });
    expect(tooLong.issues.map((issue) => issue.field)).toEqual(['bodyMarkdown']);
  });

  it('needs text or a file to submit, and a change note from the second version on', () => {
    const empty = { version: 1, bodyMarkdown: ' \n', changeNote: '', file: null };
    expect(submissionIssues(empty).map((issue) => issue.field)).toEqual(['bodyMarkdown']);
    const file = { sha256: 'a'.repeat(64), name: 'policy.pdf', size: 10, mediaType: 'x/y' };
    expect(submissionIssues({ ...empty, file })).toEqual([]);
    expect(
      submissionIssues({ ...empty, version: 2, bodyMarkdown: 'Text' }).map((issue) => issue.field),
    ).toEqual(['changeNote']);
  });
});

describe('file names offered on download', () => {
  it.each([
    ['AI policy v2.pdf', 'AI policy v2.pdf'],
    ['C:\\Users\\ann\\policy.docx', 'policy.docx'],
    ['../../etc/passwd', 'passwd'],
    ['quote"and\u0007bell.txt', 'quote_and_bell.txt'],
    ['..', 'file'],
    ['', 'file'],
  ])('turns %j into %j', (name, expected) => {
    expect(cleanFileName(name)).toBe(expected);
  });
});
