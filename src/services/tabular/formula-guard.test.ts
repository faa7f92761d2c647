import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from './formula-guard.js';

describe('CSV formula guard', () => {
  it.each([
    ['=HYPERLINK("http://evil.test","x")', `'=HYPERLINK("http://evil.test","x")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
    ['Plain text', 'Plain text'],
    ["'quoted", "'quoted"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes %j as %j', (text, cell) => {
    expect(guardFormula(text)).toBe(cell);
    expect(unguardFormula(cell)).toBe(text);
  });

  it('reads back every text exactly as it was written', () => {
    const texts = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.stringMatching(/^'{0,3}$/),
          fc.constantFrom('=', '+', '-', '@', '\t', '\r'),
          fc.string(),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(fc.property(texts, (text) => unguardFormula(guardFormula(text)) === text));
  });

  it('never writes a cell that starts with a formula character', () => {
    fc.assert(fc.property(fc.string(), (text) => !/^[=+\-@\t\r]/.test(guardFormula(text))));
  });
});
