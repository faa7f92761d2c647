/** TOTP codes (RFC 6238) through otpauth, at the moment the service clock gives. */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import {
  TOTP_ALGORITHM,
  TOTP_DIGITS,
  TOTP_ISSUER,
  TOTP_PERIOD_SECONDS,
  TOTP_SECRET_BYTES,
  TOTP_WINDOW,
} from '../domain/account/second-factor.js';

/** A new random secret, base32 as authenticator apps take it. */
export const newTotpSecret = (): string =>
  new Secret({ buffer: new Uint8Array(randomBytes(TOTP_SECRET_BYTES)).buffer }).base32;

const totpOf = (secret: string, label: string) =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (secret: string, label: string): string => totpOf(secret, label).toString();

/** The enrolment QR code as an SVG document. */
export const qrSvg = (text: string): Promise<string> =>
  QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

/** The time step a code belongs to, within the drift window around `at`; undefined when none. */
export const stepOfCode = (secret: string, code: string, at: Date): number | undefined => {
  const totp = totpOf(secret, '');
  const delta = totp.validate({ token: code, timestamp: at.getTime(), window: TOTP_WINDOW });
  if (delta === null) return undefined;
  return totp.counter({ timestamp: at.getTime() }) + delta;
};
