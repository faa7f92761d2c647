/**
 * Canonical JSON for hashing: object keys sorted, no whitespace, undefined
 * members dropped. Two equal values always serialize to the same string, so a
 * hash over it survives a round trip through either database.
 */
export type Json =
  null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(source).sort()) {
      if (source[key] !== undefined) sorted[key] = sortKeys(source[key]);
    }
    return sorted;
  }
  return value;
};
