/**
 * Text for PDF standard fonts. Helvetica and the other standard 14 fonts are WinAnsi-encoded: they hold Western
 * European letters (é, ö, ø, ß…), typographic quotes and dashes (– —), the euro sign, and nothing else. Anything
 * outside is turned into the nearest letter it is written with ("ș" → "s", "ł" → "l"), else "?", so a title from
 * any member state prints instead of making the whole certificate fail.
 */

/** Letters with no decomposition into a base letter and an accent. */
const LOOKALIKES: Record<string, string> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ħ: "h",
  Ħ: "H",
  ı: "i",
  ŧ: "t",
  Ŧ: "T",
  "\u2010": "-",
  "\u2011": "-",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
};

/** Every kind of space and line break reads as one plain space on a one-line label. */
const SPACES = /[\s\u200b\u2028\u2029]+/gu;

/** Rewrites text so every character is in `supported` (code points the font can draw); whitespace becomes single spaces. */
export function toPrintableText(text: string, supported: ReadonlySet<number>): string {
  let result = "";
  for (const character of text.normalize("NFC").replace(SPACES, " ")) {
    result += toPrintableCharacter(character, supported);
  }
  return result.trim();
}

function toPrintableCharacter(character: string, supported: ReadonlySet<number>): string {
  if (supported.has(character.codePointAt(0)!)) return character;
  const lookalike = LOOKALIKES[character];
  if (lookalike !== undefined) return lookalike;
  // "ș" is "s" plus a comma below: keep the letters the font has and drop the marks it lacks.
  const parts = [...character.normalize("NFD")].filter((part) => supported.has(part.codePointAt(0)!));
  const base = parts.join("");
  return base.length > 0 && !/^\p{M}+$/u.test(base) ? base : "?";
}

/** Splits text into lines no wider than maxWidth, measuring with the font; a word too long alone gets its own line. */
export function wrapText(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
