/**
 * The audit trail's secret: it keys every entry's hash (HMAC-SHA256) and
 * derives the Ed25519 key that signs checkpoints. It never lives in the
 * database, so someone who can write the database but does not hold the key
 * cannot forge an entry or a checkpoint. On the embedded database it is a
 * file created on first start, readable by its owner only; on PostgreSQL
 * every instance must be given the same key (AIMS_AUDIT_KEY or
 * AIMS_AUDIT_KEY_FILE).
 */
import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type AuditKeySource =
  | { readonly kind: 'secret'; readonly secret: string }
  | { readonly kind: 'file'; readonly path: string; readonly createIfMissing: boolean };

export interface AuditKey {
  /** HMAC-SHA256 of the text, hex. */
  readonly hmac: (text: string) => string;
  /** Ed25519 signature of the text, base64. */
  readonly sign: (text: string) => string;
  /** The signing key's public half (SPKI, DER, base64). */
  readonly publicKey: string;
}

export const MIN_KEY_BYTES = 32;

/** Hex (64 digits or more) or base64 of at least 32 bytes; undefined otherwise. */
export const parseSecret = (text: string): Buffer | undefined => {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]+$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  return bytes.length >= MIN_KEY_BYTES ? bytes : undefined;
};

/** The DER prefix that turns a 32-byte Ed25519 seed into a PKCS#8 private key. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export const auditKeyFrom = (secret: Buffer): AuditKey => {
  const seed = createHmac('sha256', secret).update('aims audit checkpoint signing').digest();
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return {
    hmac: (text) => createHmac('sha256', secret).update(text).digest('hex'),
    sign: (text) => sign(null, Buffer.from(text), privateKey).toString('base64'),
    publicKey: publicKey.toString('base64'),
  };
};

/** Whether the signature over the text was made by the key whose public half is given. */
export const isSignedBy = (text: string, signature: string, publicKey: string): boolean => {
  try {
    const key = createPublicKey({
      key: Buffer.from(publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return verify(null, Buffer.from(text), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
};

export class AuditKeyError extends Error {}

const createKeyFile = async (path: string): Promise<void> => {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, `${randomBytes(MIN_KEY_BYTES).toString('base64')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
};

const readKeyFile = async (path: string, createIfMissing: boolean): Promise<Buffer> => {
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) {
    if (!createIfMissing) throw new AuditKeyError(`The audit key file ${path} does not exist`);
    await createKeyFile(path);
  }
  const info = await stat(path);
  if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
    throw new AuditKeyError(
      `The audit key file ${path} is readable by others; run: chmod 600 ${path}`,
    );
  }
  const secret = parseSecret(await readFile(path, 'utf8'));
  if (!secret) {
    throw new AuditKeyError(
      `The audit key file ${path} must hold at least 32 bytes, hex or base64`,
    );
  }
  return secret;
};

/** Loads (or, for the embedded database's default file, creates) the audit key. */
export const loadAuditKey = async (source: AuditKeySource | null): Promise<AuditKey> => {
  if (source === null) {
    throw new AuditKeyError(
      'On PostgreSQL every instance needs the same audit key: set AIMS_AUDIT_KEY ' +
        '(32 random bytes, hex or base64) or AIMS_AUDIT_KEY_FILE',
    );
  }
  if (source.kind === 'secret') {
    const secret = parseSecret(source.secret);
    if (!secret) throw new AuditKeyError('AIMS_AUDIT_KEY must be at least 32 bytes, hex or base64');
    return auditKeyFrom(secret);
  }
  return auditKeyFrom(await readKeyFile(source.path, source.createIfMissing));
};
