import { describe, expect, it } from 'vitest';
import {
  checkFindingInput,
  isNonconformity,
  isRequirementId,
  needsCorrectiveAction,
} from './finding.js';
import type { FindingInput } from './finding.js';

const TODAY = '2026-12-07';

const valid: FindingInput = {
  source: 'internal_audit',
  sourceRecordId: 'audit-1',
  type: 'minor_nonconformity',
  requirementId: 'A.6.2.4',
  statement: 'The triage release of October was not validated for fairness',
  objectiveEvidence: 'Release record TRI-2026-10 has no fairness report attached',
  raisedOn: '2026-12-01',
};

const fieldsAtFault = (input: FindingInput) =>
  checkFindingInput(input, TODAY).issues.map((issue) => issue.field);

describe('findings', () => {
  it('grades internal and external audits on one scale, severest first', () => {
    expect(isNonconformity('major_nonconformity')).toBe(true);
    expect(isNonconformity('minor_nonconformity')).toBe(true);
    expect(needsCorrectiveAction('area_of_concern')).toBe(false);
    expect(needsCorrectiveAction('observation')).toBe(false);
  });

  it.each([
    ['A.6.2.4', true],
    ['9.2.2', true],
    ['10', true],
    ['4.1', true],
    ['A.2.1', false],
    ['3.26', false],
    ['11', false],
    ['', false],
  ])('knows %s as a requirement: %s', (id, known) => {
    expect(isRequirementId(id)).toBe(known);
  });

  it('accepts a complete finding, as given', () => {
    expect(checkFindingInput(valid, TODAY)).toEqual({
      details: { ...valid, sourceRecordId: 'audit-1' },
      issues: [],
    });
  });

  it('takes labels for the source and the type, and today for a missing date', () => {
    const { details, issues } = checkFindingInput(
      { ...valid, source: 'External audit', type: 'Major nonconformity', raisedOn: undefined },
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(details).toMatchObject({
      source: 'external_audit',
      type: 'major_nonconformity',
      raisedOn: TODAY,
    });
  });

  it.each<[string, FindingInput, string[]]>([
    ['an unknown source', { ...valid, source: 'rumour' }, ['source']],
    ['an unknown grade', { ...valid, type: 'critical' }, ['type']],
    ['no requirement', { ...valid, requirementId: ' ' }, ['requirementId']],
    ['a control that does not exist', { ...valid, requirementId: 'A.2.1' }, ['requirementId']],
    ['no statement', { ...valid, statement: '' }, ['statement']],
    [
      'a nonconformity without evidence',
      { ...valid, objectiveEvidence: '' },
      ['objectiveEvidence'],
    ],
    ['a date in the future', { ...valid, raisedOn: '2026-12-08' }, ['raisedOn']],
    ['a date that is not one', { ...valid, raisedOn: '2026-02-30' }, ['raisedOn']],
  ])('refuses %s, naming the field', (_name, input, fields) => {
    expect(fieldsAtFault(input)).toEqual(fields);
  });

  it('lets an observation stand without objective evidence', () => {
    expect(fieldsAtFault({ ...valid, type: 'observation', objectiveEvidence: '' })).toEqual([]);
  });
});
