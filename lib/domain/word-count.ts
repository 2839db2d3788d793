/**
 * Word counting for dossier texts with word limits. Pure: no database, no framework.
 * A word is a whitespace-separated token holding at least one letter or digit, so stray punctuation
 * ("—", "…", "-") is not counted while "don't", "well-known" and "2026" count once each.
 */

// Zero-width spaces and byte-order marks separate words too when pasted from word processors.
const SEPARATORS = /[\s\u200B\u2060\uFEFF]+/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(SEPARATORS)) {
    if (HAS_LETTER_OR_DIGIT.test(token)) count += 1;
  }
  return count;
}

export function isWithinWordLimit(text: string, limit: number): boolean {
  return countWords(text) <= limit;
}
