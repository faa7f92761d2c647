/**
 * Natural order for lists the browser sorts itself (options, labels): digits
 * compare as numbers, so "Art. 9" comes before "Art. 13" and "A.6.2.4"
 * before "A.6.2.10"; case and accents do not decide. The server sorts its
 * registers the same way (domain/text/natural-sort.ts).
 */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export const compareNaturally = (a: string, b: string): number => collator.compare(a, b);

/** A copy sorted naturally by the text each item gives. */
export const sortedNaturally = <T>(items: readonly T[], textOf: (item: T) => string): T[] =>
  [...items].sort((a, b) => compareNaturally(textOf(a), textOf(b)));
