/**
 * Natural order for references and names: "Art. 9" before "Art. 13" before
 * "Art. 50", "A.6.2.4" before "A.6.2.10". A key that sorts as plain text in
 * both databases (byte order, or any collation that puts digits before
 * letters): accents and case folded, every run of digits written as its
 * length (two digits) then the number without leading zeros, and nothing
 * but letters and digits kept, so punctuation and spacing never decide.
 */
const DIGIT_RUN = /\d+/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\d]+/gu;
const COMBINING_MARK = /\p{M}+/gu;

const numberKey = (digits: string): string => {
  const number = digits.replace(/^0+(?=\d)/, '');
  return `${String(number.length).padStart(2, '0')}${number}`;
};

/** The text's natural sort key; equal keys for texts that differ only in case, accents or punctuation. */
export const naturalSortKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .toLowerCase()
    .replace(DIGIT_RUN, numberKey)
    .replace(NOT_LETTER_OR_DIGIT, '');
