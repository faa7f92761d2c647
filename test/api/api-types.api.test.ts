/** The browser client's types follow the route schemas: schema.d.ts is what gen:api writes today. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/api-types.js';

/** The first line where the two texts part, with both versions of it; undefined when equal. */
const firstDifference = (committed: string, generated: string) => {
  const left = committed.split('\n');
  const right = generated.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  const at = index === -1 ? (left.length === right.length ? -1 : left.length) : index;
  if (at === -1) return undefined;
  return {
    line: at + 1,
    committed: left[at] ?? '(end of file)',
    generated: right[at] ?? '(end of file)',
  };
};

describe('generated API types', () => {
  it('src/web/api/schema.d.ts matches the route schemas', async () => {
    const generated = await generateApiTypes();
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    const difference = firstDifference(committed, generated);
    expect(
      difference,
      difference &&
        `src/web/api/schema.d.ts is out of date (from line ${difference.line}): run npm run gen:api`,
    ).toBeUndefined();
  });
});
