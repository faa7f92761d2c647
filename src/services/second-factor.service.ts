/**
 * A person's own second factor (docs/accounts-and-roles.md): set up a TOTP
 * secret, confirm it with a code to turn it on and receive recovery codes,
 * make new recovery codes, turn it off. Turning on, making codes and turning
 * off need the password and a code; every change goes to the audit trail.
 */
import {
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  formatRecoveryCode,
  normalizeTotpCode,
} from '../domain/account/second-factor.js';
import { DomainError, conflict, invalid } from '../domain/errors.js';
import type { Executor } from '../storage/database.js';
import {
  clearSecondFactorFlags,
  countUnusedRecoveryCodes,
  deleteSecondFactor,
  enableSecondFactor,
  findSecondFactor,
  markSessionSecondFactor,
  replaceRecoveryCodes,
  savePendingSecondFactor,
} from '../storage/second-factor.repository.js';
import { findUserById } from '../storage/user.repository.js';
import { randomBytes } from 'node:crypto';
import { recordChange } from './audit-trail.js';
import { inTransaction, now, reader } from './context.js';
import type { Actor, ServiceDeps } from './context.js';
import {
  createGuessThrottle,
  passwordChangeCounters,
  secondFactorCounters,
} from './guess-throttle.js';
import { checkFactorInput, useFactor } from './second-factor-check.js';
import type { FactorInput } from './second-factor-check.js';
import { hashSecret } from './secrets.js';
import { newTotpSecret, qrSvg, stepOfCode, totpUri } from './totp.js';

export interface SecondFactorStatus {
  readonly enabled: boolean;
  /** A setup was started and waits for its confirming code. */
  readonly pending: boolean;
  readonly enabledAt: string | null;
  readonly recoveryCodesLeft: number;
}

export interface SecondFactorSetup {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrSvg: string;
}

/** The password and a factor, for the changes that need both. */
export interface ProofInput extends FactorInput {
  readonly currentPassword: string;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A recovery code of 80 random bits in base32, without the dashes it is shown with. */
const newRecoveryCode = (): string =>
  [...randomBytes(RECOVERY_CODE_LENGTH)].map((byte) => BASE32[byte % 32]).join('');

const requirePerson = (actor: Actor) => {
  if (actor.kind !== 'user') {
    throw new DomainError('AUTH_USER_REQUIRED', 'Forbidden', 'This action needs a signed-in user');
  }
  return actor;
};

const notEnabled = () =>
  conflict('SECOND_FACTOR_NOT_ENABLED', 'Two-step sign-in is not turned on for your account');

export const createSecondFactorService = (deps: ServiceDeps) => {
  const throttle = createGuessThrottle(deps);

  /** New recovery codes, saved as hashes; the codes themselves are returned once. */
  const issueRecoveryCodes = async (trx: Executor, userId: string): Promise<string[]> => {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await replaceRecoveryCodes(
      trx,
      userId,
      codes.map((code) => ({ id: deps.newId(), codeHash: hashSecret(code) })),
      now(deps),
    );
    return codes.map(formatRecoveryCode);
  };

  /**
   * Counts the attempt against the password and the code counters, then
   * checks the password; the factor itself is checked by the caller's
   * transaction, and `succeeded` clears the counters once both were right.
   */
  const provePassword = async (userId: string, input: ProofInput, ip: string | null) => {
    const counters = [...passwordChangeCounters(userId), ...secondFactorCounters(userId, ip)];
    await throttle.count(counters);
    const account = await findUserById(reader(deps), userId);
    if (!account || !(await deps.passwords.verify(account.passwordHash, input.currentPassword))) {
      throw invalid('AUTH_CURRENT_PASSWORD_WRONG', 'The current password is incorrect', [
        { field: 'currentPassword', reason: 'is incorrect' },
      ]);
    }
    return { succeeded: () => throttle.succeeded(counters) };
  };

  return {
    async status(actor: Actor): Promise<SecondFactorStatus> {
      const person = requirePerson(actor);
      const factor = await findSecondFactor(reader(deps), person.userId);
      const enabled = factor?.status === 'enabled';
      return {
        enabled,
        pending: factor?.status === 'pending',
        enabledAt: factor?.enabledAt ?? null,
        recoveryCodesLeft: enabled
          ? await countUnusedRecoveryCodes(reader(deps), person.userId)
          : 0,
      };
    },

    /** Starts a setup with a new secret, replacing a pending one; refused once it is on. */
    async setup(actor: Actor): Promise<SecondFactorSetup> {
      const person = requirePerson(actor);
      const secret = newTotpSecret();
      const saved = await inTransaction(deps, (trx) =>
        savePendingSecondFactor(trx, person.userId, secret, now(deps)),
      );
      if (!saved) {
        throw conflict(
          'SECOND_FACTOR_ALREADY_ENABLED',
          'Two-step sign-in is already on: turn it off first to set up another app',
        );
      }
      const otpauthUri = totpUri(secret, person.email);
      return { secret, otpauthUri, qrSvg: await qrSvg(otpauthUri) };
    },

    /**
     * Turns the pending setup on with the password and a current code, and
     * returns the recovery codes (shown this once). The session that did it
     * proved both factors, so it counts as opened with a second factor.
     */
    async confirm(
      actor: Actor,
      input: { currentPassword: string; code: string },
      ip: string | null,
    ): Promise<{ recoveryCodes: string[] }> {
      const person = requirePerson(actor);
      const code = normalizeTotpCode(input.code);
      if (code === undefined) {
        throw invalid('SECOND_FACTOR_INPUT_INVALID', 'The code has six digits', [
          { field: 'code', reason: 'must be six digits' },
        ]);
      }
      const pending = await findSecondFactor(reader(deps), person.userId);
      if (pending?.status !== 'pending') {
        throw conflict(
          'SECOND_FACTOR_NOT_STARTED',
          pending ? 'Two-step sign-in is already on' : 'Start the setup first',
        );
      }
      const proof = await provePassword(person.userId, input, ip);
      const at = deps.clock.now();
      const step = stepOfCode(pending.secret, code, at);
      if (step === undefined) {
        throw invalid(
          'SECOND_FACTOR_CODE_WRONG',
          'The code is not right: check the app and the time on your device',
          [{ field: 'code', reason: 'is not right' }],
        );
      }
      const recoveryCodes = await inTransaction(deps, async (trx) => {
        // The pending row is checked again: the secret confirmed must be the one still saved.
        const current = await findSecondFactor(trx, person.userId);
        if (
          current?.secret !== pending.secret ||
          !(await enableSecondFactor(trx, person.userId, step, at.toISOString()))
        ) {
          throw conflict(
            'SECOND_FACTOR_NOT_STARTED',
            'The setup was started again: scan the new code',
          );
        }
        const codes = await issueRecoveryCodes(trx, person.userId);
        if (person.sessionId) await markSessionSecondFactor(trx, person.sessionId);
        await recordChange(trx, deps, actor, {
          organizationId: null,
          action: 'user.second_factor_enabled',
          entityType: 'user',
          entityId: person.userId,
          after: { method: 'totp', recoveryCodes: codes.length },
        });
        return codes;
      });
      await proof.succeeded();
      return { recoveryCodes };
    },

    /** Replaces the recovery codes (the old ones stop working); needs the password and a code. */
    async regenerateRecoveryCodes(
      actor: Actor,
      input: ProofInput,
      ip: string | null,
    ): Promise<{ recoveryCodes: string[] }> {
      const person = requirePerson(actor);
      checkFactorInput(input);
      const proof = await provePassword(person.userId, input, ip);
      const recoveryCodes = await inTransaction(deps, async (trx) => {
        const factor = await findSecondFactor(trx, person.userId);
        if (factor?.status !== 'enabled') throw notEnabled();
        const used = await useFactor(trx, factor, input, deps.clock.now());
        const codes = await issueRecoveryCodes(trx, person.userId);
        await recordChange(trx, deps, actor, {
          organizationId: null,
          action: 'user.recovery_codes_regenerated',
          entityType: 'user',
          entityId: person.userId,
          after: { provedWith: used, recoveryCodes: codes.length },
        });
        return codes;
      });
      await proof.succeeded();
      return { recoveryCodes };
    },

    /**
     * Turns the second factor off with the password and a code. No session or
     * token of the person vouches for a second factor afterwards, so an
     * organization that requires one refuses them until they set it up again.
     */
    async disable(actor: Actor, input: ProofInput, ip: string | null): Promise<void> {
      const person = requirePerson(actor);
      checkFactorInput(input);
      const proof = await provePassword(person.userId, input, ip);
      await inTransaction(deps, async (trx) => {
        const factor = await findSecondFactor(trx, person.userId);
        if (factor?.status !== 'enabled') throw notEnabled();
        const used = await useFactor(trx, factor, input, deps.clock.now());
        await deleteSecondFactor(trx, person.userId);
        await clearSecondFactorFlags(trx, person.userId);
        await recordChange(trx, deps, actor, {
          organizationId: null,
          action: 'user.second_factor_disabled',
          entityType: 'user',
          entityId: person.userId,
          before: { method: 'totp', enabledAt: factor.enabledAt },
          after: { provedWith: used },
        });
      });
      await proof.succeeded();
    },
  };
};

export type SecondFactorService = ReturnType<typeof createSecondFactorService>;
