import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, isWithinWordLimit } from "@/lib/domain/word-count";

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\t  ", 0],
    ["one", 1],
    ["one two  three", 3],
    ["  leading and trailing  ", 3],
    ["lines\nand\ttabs\r\nmixed", 4],
    ["non\u00A0breaking space", 3],
    ["zero\u200Bwidth space", 3],
    ["Hello, world!", 2],
    ["a — b", 2],
    ["... - – — ! ?", 0],
    ["don't stop", 2],
    ["well-known e-mail", 2],
    ["2014 was year 1", 4],
    ["Ac.Sé and HopeNow", 3],
    ["Ελληνικά και češtino", 3],
    ["(brackets) [count] \"quoted\"", 3],
  ])("counts %j as %i words", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it("never counts more words than whitespace-separated tokens, and is unchanged by extra spacing", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 30 }), (parts) => {
        const single = parts.join(" ");
        const tokens = single.split(/\s+/).filter(Boolean).length;
        expect(countWords(single)).toBeLessThanOrEqual(tokens);
        expect(countWords(parts.join(" \n\t "))).toBe(countWords(single));
      }),
    );
  });

  it("counts n plain words as n", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { maxLength: 700 }), (words) => {
        expect(countWords(words.join(" "))).toBe(words.length);
      }),
    );
  });
});

describe("isWithinWordLimit", () => {
  it("accepts exactly the limit and refuses one word more", () => {
    const text = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
    expect(isWithinWordLimit(text(600), 600)).toBe(true);
    expect(isWithinWordLimit(text(601), 600)).toBe(false);
    expect(isWithinWordLimit("", 0)).toBe(true);
  });
});
