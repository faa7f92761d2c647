/**
 * CSV cells that a spreadsheet program would run as a formula (they start
 * with =, +, -, @, a tab or a carriage return) are written with a leading
 * apostrophe, as OWASP recommends against CSV injection. Apostrophes already
 * in front of such a text count too, so reading the cell back removes exactly
 * the one apostrophe writing added and every export re-imports unchanged.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export const guardFormula = (text: string): string => (GUARDED.test(text) ? `'${text}` : text);

export const unguardFormula = (cell: string): string =>
  cell.startsWith("'") && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
