/**
 * Run-time immutability for the ISO/IEC 42001 catalog. The catalog constants
 * are shared by every request of every organization, so an accidental
 * in-place change (a `sort()`, a `push()`) must fail loudly instead of
 * silently corrupting what everyone else sees.
 */

/** Freezes a value and everything reachable from it, and returns it unchanged in type. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value) as unknown[]) deepFreeze(child);
  }
  return value;
};
