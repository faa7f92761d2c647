import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../errors.js';
import {
  canReadDocument,
  dispositionDueDate,
  isDueForDisposition,
  validateDocumentControl,
} from './control.js';
import type { DocumentControlInput } from './control.js';
import { suggestReferenceNumber } from './reference-number.js';

const check = (input: DocumentControlInput) => {
  const issues: FieldIssue[] = [];
  const control = validateDocumentControl(input, issues);
  return { control, fields: issues.map((issue) => issue.field) };
};

describe('document control details', () => {
  it('defaults to no reference, no retention, no disposition and every member reading', () => {
    expect(check({})).toEqual({
      control: {
        referenceNumber: null,
        retentionMonths: null,
        disposition: null,
        readAccess: 'all_members',
        readRoles: [],
      },
      fields: [],
    });
  });

  it('trims the reference number and treats a blank one as none', () => {
    expect(check({ referenceNumber: '  AIMS-POL-001 ' }).control.referenceNumber).toBe(
      'AIMS-POL-001',
    );
    expect(check({ referenceNumber: '   ' }).control.referenceNumber).toBeNull();
    expect(check({ referenceNumber: 'QP/7.5_02' }).fields).toEqual([]);
  });

  it.each(['-POL-1', 'POL 001', 'POL;001', 'x'.repeat(41)])(
    'refuses the reference number %j',
    (referenceNumber) => {
      expect(check({ referenceNumber }).fields).toEqual(['referenceNumber']);
    },
  );

  it.each([0, 1201, 2.5, -12])('refuses a retention of %s months', (retentionMonths) => {
    expect(check({ retentionMonths }).fields).toEqual(['retentionMonths']);
  });

  it('accepts a known disposition and refuses another', () => {
    expect(check({ retentionMonths: 84, disposition: 'destroy' }).control).toMatchObject({
      retentionMonths: 84,
      disposition: 'destroy',
    });
    expect(check({ disposition: 'shred' }).fields).toEqual(['disposition']);
  });

  it('needs at least one known role when reading is limited to named roles', () => {
    expect(check({ readAccess: 'named_roles' }).fields).toEqual(['readRoles']);
    expect(check({ readAccess: 'named_roles', readRoles: ['approver', 'chef'] }).fields).toEqual([
      'readRoles.1',
    ]);
    expect(check({ readAccess: 'everyone' }).fields).toEqual(['readAccess']);
    const limited = check({
      readAccess: 'named_roles',
      readRoles: ['approver', 'aims_manager', 'approver'],
    });
    expect(limited.control.readRoles).toEqual(['aims_manager', 'approver']);
  });

  it('forgets the named roles when every member may read again', () => {
    const open = check({ readAccess: 'all_members', readRoles: ['approver'] });
    expect(open.control.readRoles).toEqual([]);
  });
});

describe('who may read a document', () => {
  const restricted = {
    readAccess: 'named_roles' as const,
    readRoles: ['aims_manager' as const],
    ownerUserId: 'owner',
  };

  it('lets every member read an open document', () => {
    const open = { ...restricted, readAccess: 'all_members' as const, readRoles: [] };
    expect(canReadDocument(open, { userId: 'u', roles: ['viewer'] })).toBe(true);
  });

  it('limits a restricted document to the named roles, its owner and administrators', () => {
    expect(canReadDocument(restricted, { userId: 'u', roles: ['aims_manager'] })).toBe(true);
    expect(canReadDocument(restricted, { userId: 'owner', roles: ['viewer'] })).toBe(true);
    expect(canReadDocument(restricted, { userId: 'u', roles: ['admin'] })).toBe(true);
    expect(canReadDocument(restricted, { userId: 'u', roles: ['viewer', 'contributor'] })).toBe(
      false,
    );
    expect(canReadDocument(restricted, { userId: null, roles: ['approver'] })).toBe(false);
  });
});

describe('disposition dates', () => {
  it('counts the retention period from the day the document left force', () => {
    expect(dispositionDueDate('2026-03-31T17:45:00.000Z', 12)).toBe('2027-03-31');
    expect(dispositionDueDate('2026-01-31T08:00:00.000Z', 1)).toBe('2026-02-28');
    expect(dispositionDueDate('2026-06-15T00:00:00.000Z', 84)).toBe('2033-06-15');
  });

  it('has no date while in force or without a retention period', () => {
    expect(dispositionDueDate(null, 12)).toBeNull();
    expect(dispositionDueDate('2026-06-15T00:00:00.000Z', null)).toBeNull();
  });

  it('is due from the date itself', () => {
    expect(isDueForDisposition('2027-03-31', '2027-03-30')).toBe(false);
    expect(isDueForDisposition('2027-03-31', '2027-03-31')).toBe(true);
    expect(isDueForDisposition(null, '2099-01-01')).toBe(false);
  });
});

describe('suggested reference numbers', () => {
  it('starts each series at 001 and continues after the highest number in use', () => {
    expect(suggestReferenceNumber('ai_policy', [])).toBe('AIMS-POL-001');
    expect(
      suggestReferenceNumber('ai_policy', ['AIMS-POL-001', 'aims-pol-007', 'AIMS-PRC-009', null]),
    ).toBe('AIMS-POL-008');
    expect(suggestReferenceNumber('record', ['AIMS-REC-1000', 'QP-12'])).toBe('AIMS-REC-1001');
  });
});
