/**
 * Register pages as computed for one revision of an organization's data: the
 * same page asked for again by the same caller, on the same day, while no
 * write has touched the organization, is answered without reading it again.
 * The revision is read from the database with every request's credentials
 * (a trigger raises it on every write, from any instance or the CLI), so a
 * page computed before a write is never answered after it. Kept pages are
 * frozen, so the answer's text is also written only once
 * (http/response-serializer.ts).
 */
import { LRUCache } from 'lru-cache';
import type { Actor } from '../context.js';

/** Pages kept per register; each is at most a page of rows (about 40 kB for 25). */
const MAX_PAGES = 400;

export interface PageCache<P extends object> {
  /** The key of a page for this caller, or undefined when it may not be reused. */
  keyOf(actor: Actor, organizationId: string, day: string, query: object): string | undefined;
  get(key: string): P | undefined;
  set(key: string, page: P): void;
}

/** A kept page is shared by every request that reuses it: nothing may change it. */
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

export const createPageCache = <P extends object>(options: {
  readonly enabled: boolean;
}): PageCache<P> => {
  const pages = new LRUCache<string, P>({ max: MAX_PAGES });
  return {
    keyOf(actor, organizationId, day, query) {
      if (!options.enabled || actor.kind !== 'user') return undefined;
      // Only what the credentials' statement read for this very organization.
      const read = actor.inOrganization;
      if (read?.organizationId !== organizationId) return undefined;
      // Rows carry what this caller may do with them: the page is theirs alone.
      return JSON.stringify([
        organizationId,
        read.revision,
        actor.userId,
        [...read.roles].sort(),
        day,
        query,
      ]);
    },
    get: (key) => pages.get(key),
    set: (key, page) => {
      pages.set(key, deepFreeze(page));
    },
  };
};
