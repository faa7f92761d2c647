/** Random secrets handed to clients once; only their SHA-256 is stored. */
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'aims_session';
export const API_TOKEN_PREFIX = 'aims_pat_';

export const newSecret = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');
