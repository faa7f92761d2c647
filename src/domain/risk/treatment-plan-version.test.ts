import { describe, expect, it } from 'vitest';
import type { ActorFacts } from '../approval/approval.js';
import { isOpenTreatmentPlanVersion, treatmentPlanActions } from './treatment-plan-version.js';

const writer: ActorFacts = { userId: 'writer', canWrite: true, canApprove: false };
const approver: ActorFacts = { userId: 'approver', canWrite: false, canApprove: true };
const writingApprover: ActorFacts = { userId: 'writer', canWrite: true, canApprove: true };
const version = (status: 'draft' | 'in_review' | 'approved' | 'superseded') => ({
  status,
  editorUserIds: ['writer'],
  revision: 1,
});

describe('treatmentPlanActions', () => {
  it.each([
    ['the writer of a draft', version('draft'), writer, true, ['refresh', 'submit', 'discard']],
    ['an approver on a draft', version('draft'), approver, true, []],
    [
      'an approver on a version in review',
      version('in_review'),
      approver,
      true,
      ['approve', 'return'],
    ],
    ['its writer on a version in review', version('in_review'), writer, true, ['return']],
    [
      'its writer, also an approver, on a version in review',
      version('in_review'),
      writingApprover,
      true,
      ['return'],
    ],
    ['a writer on the version in force', version('approved'), writer, false, ['revise']],
    ['a writer while another version is open', version('approved'), writer, true, []],
    ['a writer on a superseded version', version('superseded'), writer, false, []],
  ] as const)('offers %s: %j', (_name, v, actor, hasOpen, expected) => {
    expect(treatmentPlanActions(v, actor, hasOpen)).toEqual(expected);
  });
});

describe('isOpenTreatmentPlanVersion', () => {
  it.each([
    ['draft', true],
    ['in_review', true],
    ['approved', false],
    ['superseded', false],
  ] as const)('%s is open: %s', (status, expected) => {
    expect(isOpenTreatmentPlanVersion({ status })).toBe(expected);
  });
});
