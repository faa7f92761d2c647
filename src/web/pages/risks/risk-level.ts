/**
 * Showing risk levels: the level a pair of scores falls in under the
 * criteria's matrix (for the form's live preview; the API scores the risk),
 * and a text colour that stays readable on a level's own colour.
 */

export interface LevelLook {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

interface Matrix {
  readonly levels: readonly LevelLook[];
  /** `matrix[likelihood - 1][consequence - 1]` is a level key. */
  readonly matrix: readonly (readonly string[])[];
}

/** The level of the cell (likelihood, consequence), or null while either score is missing. */
export const levelAt = (
  criteria: Matrix,
  likelihood: number | null,
  consequence: number | null,
): LevelLook | null => {
  if (likelihood === null || consequence === null) return null;
  const key = criteria.matrix[likelihood - 1]?.[consequence - 1];
  return criteria.levels.find((level) => level.key === key) ?? null;
};

const channel = (hex: string, index: number): number => {
  const value = parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of a `#rrggbb` colour. */
export const luminanceOf = (hex: string): number =>
  0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

export const DARK_TEXT = '#1a1b1e';
export const LIGHT_TEXT = '#ffffff';
const DARK_LUMINANCE = luminanceOf(DARK_TEXT);

/** Dark or white text, whichever contrasts more with the background (anything unreadable: dark). */
export const readableTextOn = (background: string): string => {
  if (!/^#[0-9a-f]{6}$/i.test(background)) return DARK_TEXT;
  const luminance = luminanceOf(background);
  return contrast(luminance, 1) > contrast(luminance, DARK_LUMINANCE) ? LIGHT_TEXT : DARK_TEXT;
};
