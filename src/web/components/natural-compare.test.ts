import { describe, expect, it } from 'vitest';
import { sortedNaturally } from './natural-compare.js';

describe('natural order in the browser', () => {
  it('sorts article and control numbers as numbers', () => {
    const texts = ['Art. 50', 'Art. 13', 'art. 9', 'A.6.2.10', 'A.6.2.4'];
    expect(sortedNaturally(texts, (text) => text)).toEqual([
      'A.6.2.4',
      'A.6.2.10',
      'art. 9',
      'Art. 13',
      'Art. 50',
    ]);
  });
});
