/** Every error code the server can produce is documented in docs/errors.md. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'web' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });

describe('error catalog', () => {
  it('documents every error code used in the server code', () => {
    const documented = readFileSync(join(root, 'docs/errors.md'), 'utf8');
    const codes = new Set(
      sourceFiles(join(root, 'src')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/'([A-Z][A-Z0-9]*_[A-Z0-9_]+)'/g)].map(
          (match) => match[1] ?? '',
        ),
      ),
    );
    // Fastify's own codes (FST_…) and csv-parse's (CSV_…) are translated to ours; the names of
    // environment variables (README's configuration table) are settings, not error codes.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const isSetting = (name: string) => readme.includes(`| \`${name}\``);
    const missing = [...codes].filter(
      (code) =>
        !code.startsWith('FST_') &&
        !code.startsWith('CSV_') &&
        !isSetting(code) &&
        !documented.includes(`\`${code}\``),
    );
    expect(missing).toEqual([]);
  });
});
