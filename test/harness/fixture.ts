/**
 * What the tests of a describe block share, such as a test context: made
 * before them and disposed of after them. The object returned takes the
 * fields of what was made once the hook has run, so read them in hooks and
 * tests, never while the block is being declared. What is made must be a
 * plain object (its own fields are copied over).
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

type Hook = (run: () => Promise<void>) => void;

const fixtureOf =
  (before: Hook, after: Hook) =>
  <T extends object>(create: () => Promise<T>, dispose: (made: T) => Promise<unknown>): T => {
    const made = {} as T;
    let isMade = false;
    before(async () => {
      Object.assign(made, await create());
      isMade = true;
    });
    after(async () => {
      if (!isMade) return;
      isMade = false;
      await dispose(made);
    });
    return made;
  };

/** Made before the first test of the block, disposed of after the last. */
export const suiteFixture = fixtureOf(beforeAll, afterAll);

/** Made afresh before each test of the block, disposed of after it. */
export const testFixture = fixtureOf(beforeEach, afterEach);
