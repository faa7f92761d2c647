/** Password hashing with argon2id (@node-rs/argon2: prebuilt, no install script). */
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id of @node-rs/argon2 (a const enum, which isolated modules cannot import).
const ARGON2ID = 2;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
}

export interface Argon2Cost {
  readonly memoryCost: number;
  readonly timeCost: number;
}

/** OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane. */
export const PRODUCTION_ARGON2_COST: Argon2Cost = { memoryCost: 19_456, timeCost: 2 };

export const argon2idHasher = (cost: Argon2Cost = PRODUCTION_ARGON2_COST): PasswordHasher => ({
  hash: (password) => hash(password, { algorithm: ARGON2ID, parallelism: 1, ...cost }),
  verify: async (passwordHash, password) => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  },
});
