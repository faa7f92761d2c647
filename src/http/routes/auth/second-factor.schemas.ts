import { z } from 'zod';
import { Timestamp } from '../../schemas.js';

const code = z.string().max(20).describe('The six-digit code your authenticator app shows now');
const recoveryCode = z
  .string()
  .max(40)
  .describe('One of your recovery codes (each works once), instead of a code');

export const SecondFactorStatus = z
  .object({
    enabled: z.boolean(),
    pending: z.boolean().describe('A setup was started and waits for its confirming code'),
    enabledAt: Timestamp.nullable(),
    recoveryCodesLeft: z.number().int(),
  })
  .meta({ id: 'SecondFactorStatus' });

export const SecondFactorSetup = z
  .object({
    secret: z.string().describe('The base32 key, for typing into the app by hand'),
    otpauthUri: z.string().describe('The otpauth:// URI the QR code holds'),
    qrSvg: z.string().describe('The QR code as an SVG document'),
  })
  .meta({ id: 'SecondFactorSetup' });

export const ConfirmSecondFactorBody = z.strictObject({
  currentPassword: z.string().max(1024),
  code,
});

export const SecondFactorProofBody = z.strictObject({
  currentPassword: z.string().max(1024),
  code: code.optional(),
  recoveryCode: recoveryCode.optional(),
});

export const RecoveryCodes = z
  .object({
    recoveryCodes: z
      .array(z.string())
      .describe('Shown this once: keep them somewhere safe; each signs you in once'),
  })
  .meta({ id: 'RecoveryCodes' });

export const SecondFactorChallenge = z
  .object({
    secondFactorRequired: z.literal(true),
    challenge: z
      .string()
      .describe('Send it with a code to POST /api/v1/auth/login/second-factor; single use'),
    expiresAt: Timestamp,
  })
  .meta({ id: 'SecondFactorChallenge' });

export const SecondStepBody = z.strictObject({
  challenge: z.string().max(200),
  code: code.optional(),
  recoveryCode: recoveryCode.optional(),
});
