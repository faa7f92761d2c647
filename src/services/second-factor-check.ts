/**
 * Checking a second factor inside the transaction of what it unlocks: a TOTP
 * code claims its time step (so it is never accepted twice), a recovery code
 * is used up. Either way only one of two requests with the same code wins.
 */
import { normalizeRecoveryCode, normalizeTotpCode } from '../domain/account/second-factor.js';
import { invalid } from '../domain/errors.js';
import type { Executor } from '../storage/database.js';
import { claimTotpStep, useRecoveryCode } from '../storage/second-factor.repository.js';
import type { SecondFactorRecord } from '../storage/second-factor.repository.js';
import { hashSecret } from './secrets.js';
import { stepOfCode } from './totp.js';

/** A code from the authenticator app, or one of the recovery codes: exactly one of them. */
export interface FactorInput {
  readonly code?: string | undefined;
  readonly recoveryCode?: string | undefined;
}

export type FactorUsed = 'totp' | 'recovery_code';

/** Refuses a body that gives neither or both, or a TOTP code that is not six digits. */
export const checkFactorInput = (input: FactorInput): void => {
  const hasCode = input.code !== undefined && input.code !== '';
  const hasRecovery = input.recoveryCode !== undefined && input.recoveryCode !== '';
  if (hasCode === hasRecovery) {
    throw invalid(
      'SECOND_FACTOR_INPUT_INVALID',
      'Give the code from your app, or a recovery code',
      [{ field: 'code', reason: 'give either code or recoveryCode' }],
    );
  }
  if (hasCode && normalizeTotpCode(input.code ?? '') === undefined) {
    throw invalid('SECOND_FACTOR_INPUT_INVALID', 'The code has six digits', [
      { field: 'code', reason: 'must be six digits' },
    ]);
  }
};

export const wrongFactor = (input: FactorInput) =>
  input.recoveryCode
    ? invalid('SECOND_FACTOR_CODE_WRONG', 'This recovery code is not valid, or was used before', [
        { field: 'recoveryCode', reason: 'is not valid or was used before' },
      ])
    : invalid('SECOND_FACTOR_CODE_WRONG', 'The code is not right, or was used already', [
        { field: 'code', reason: 'is not right or was used already' },
      ]);

/** Accepts the factor once, or throws SECOND_FACTOR_CODE_WRONG; call after checkFactorInput. */
export const useFactor = async (
  trx: Executor,
  factor: SecondFactorRecord,
  input: FactorInput,
  at: Date,
): Promise<FactorUsed> => {
  if (input.code) {
    const step = stepOfCode(factor.secret, normalizeTotpCode(input.code) ?? '', at);
    if (step === undefined || !(await claimTotpStep(trx, factor.userId, step)))
      throw wrongFactor(input);
    return 'totp';
  }
  const codeHash = hashSecret(normalizeRecoveryCode(input.recoveryCode ?? ''));
  if (!(await useRecoveryCode(trx, factor.userId, codeHash, at.toISOString())))
    throw wrongFactor(input);
  return 'recovery_code';
};
