import { describe, expect, it } from 'vitest';
import { naturalSortKey } from './natural-sort.js';

const sortedNaturally = (texts: readonly string[]) =>
  [...texts].sort((a, b) => {
    const [left, right] = [naturalSortKey(a), naturalSortKey(b)];
    return left < right ? -1 : left > right ? 1 : 0;
  });

describe('naturalSortKey', () => {
  it('puts EU AI Act articles in their numeric order', () => {
    expect(sortedNaturally(['Art. 13', 'Art. 14', 'Art. 50', 'Art. 9', 'Art. 9(2)'])).toEqual([
      'Art. 9',
      'Art. 9(2)',
      'Art. 13',
      'Art. 14',
      'Art. 50',
    ]);
  });

  it('orders dotted control and clause numbers by each part', () => {
    expect(sortedNaturally(['A.6.2.10', 'A.10.1', 'A.6.2.4', 'A.2.2', '10.2', '4.1'])).toEqual([
      '4.1',
      '10.2',
      'A.2.2',
      'A.6.2.4',
      'A.6.2.10',
      'A.10.1',
    ]);
  });

  it('ignores case, accents, spacing and leading zeros', () => {
    expect(naturalSortKey('Art. 09')).toBe(naturalSortKey('art 9'));
    expect(naturalSortKey('Décision')).toBe(naturalSortKey('decision'));
    expect(naturalSortKey('')).toBe('');
  });

  it('keeps letters and digits only, so the key compares alike in every collation', () => {
    expect(naturalSortKey('GDPR Art. 35(1), recital 84')).toMatch(/^[a-z\d]+$/);
  });
});
