import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NUMBER_DECIMALS, normaliseNumber, toCanonicalJson, toCanonicalValue } from "@/lib/domain/canonical-json";
import { fingerprint, isFingerprint } from "@/lib/domain/fingerprint";

/** The same object with its keys in reverse order at every level. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

const SNAPSHOT = {
  edition: { year: 2014, theme: "prevention of trafficking in human beings" },
  awards: [
    { rank: 1, countryCode: "DK", title: "HopeNow – Empowering trafficked people", juryReason: "Holistic support." },
    { rank: 2, countryCode: "FR", title: "Ac.Sé", juryReason: "Safe shelters far away." },
  ],
  ranking: { mean: 7.333333333333333, spread: 0.4714045207910317, sheetCount: 3 },
  scores: [{ jurorId: 4, nominationId: "a", criterionId: 1, value: 8 }],
};

describe("canonical JSON", () => {
  it("sorts keys at every level and leaves out insignificant whitespace", () => {
    expect(toCanonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it("gives the same text whatever the key order", () => {
    expect(toCanonicalJson(reverseKeys(SNAPSHOT))).toBe(toCanonicalJson(SNAPSHOT));
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(toCanonicalJson(reverseKeys(value))).toBe(toCanonicalJson(value));
      }),
    );
  });

  it("keeps the order of arrays, which carries meaning (places, chains)", () => {
    expect(toCanonicalJson([2, 1])).not.toBe(toCanonicalJson([1, 2]));
  });

  it(`rounds non-integers to ${NUMBER_DECIMALS} decimals and keeps integers exact`, () => {
    expect(toCanonicalJson({ mean: 22 / 3 })).toBe('{"mean":7.333333}');
    expect(toCanonicalJson({ mean: 0.1 + 0.2 })).toBe('{"mean":0.3}');
    expect(toCanonicalJson({ a: 7.5, b: 8, c: 1e-7, d: -1e-7, e: 2 ** 53 })).toBe('{"a":7.5,"b":8,"c":0,"d":0,"e":9007199254740992}');
    expect(normaliseNumber(-0)).toBe(0);
    expect(Object.is(normaliseNumber(-0), 0)).toBe(true);
    // Floating-point noise below the millionth, e.g. from a different summation order, gives the same text.
    expect(toCanonicalJson({ mean: 7.3333333333333339 })).toBe(toCanonicalJson({ mean: 7.333333333333331 }));
  });

  it("writes a rounded number that reads back as itself, so a stored snapshot hashes the same", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), (value) => {
        const once = toCanonicalValue(value) as number;
        expect(toCanonicalValue(JSON.parse(JSON.stringify(once)))).toBe(once);
      }),
    );
  });

  it("refuses values JSON cannot hold", () => {
    expect(() => toCanonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => toCanonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => toCanonicalJson({ a: BigInt(1) })).toThrow(TypeError);
    expect(() => toCanonicalJson({ a: new Map() })).toThrow(TypeError);
  });

  it("drops undefined properties, writes undefined array items as null and dates as ISO strings", () => {
    expect(toCanonicalJson({ a: undefined, b: [undefined], c: new Date("2014-12-05T17:00:00Z") })).toBe(
      '{"b":[null],"c":"2014-12-05T17:00:00.000Z"}',
    );
  });

  it("keeps accented letters and dashes as they are (hashed as UTF-8)", () => {
    expect(toCanonicalJson({ t: "Ac.Sé – HopeNow" })).toBe('{"t":"Ac.Sé – HopeNow"}');
  });

  it("is what toCanonicalValue stores: writing the stored value again gives the same text", () => {
    const stored = JSON.parse(JSON.stringify(toCanonicalValue(SNAPSHOT))) as unknown;
    expect(toCanonicalJson(reverseKeys(stored))).toBe(toCanonicalJson(SNAPSHOT));
  });
});

describe("fingerprint", () => {
  it("is the SHA-256 of the canonical JSON in UTF-8, as 64 lowercase hex digits", () => {
    const expected = createHash("sha256").update(Buffer.from(toCanonicalJson(SNAPSHOT), "utf8")).digest("hex");
    expect(fingerprint(SNAPSHOT)).toBe(expected);
    expect(isFingerprint(fingerprint(SNAPSHOT))).toBe(true);
    expect(fingerprint({ a: "é" })).toBe(createHash("sha256").update(Buffer.from('{"a":"é"}', "utf8")).digest("hex"));
  });

  it("does not depend on key order", () => {
    expect(fingerprint(reverseKeys(SNAPSHOT))).toBe(fingerprint(SNAPSHOT));
  });

  it("changes when any single value changes", () => {
    const base = fingerprint(SNAPSHOT);
    const variants = [
      { ...SNAPSHOT, edition: { ...SNAPSHOT.edition, year: 2015 } },
      { ...SNAPSHOT, awards: [SNAPSHOT.awards[1], SNAPSHOT.awards[0]] },
      { ...SNAPSHOT, awards: [{ ...SNAPSHOT.awards[0], juryReason: "Holistic support!" }, SNAPSHOT.awards[1]] },
      { ...SNAPSHOT, ranking: { ...SNAPSHOT.ranking, mean: 7.333334 } },
      { ...SNAPSHOT, scores: [{ ...SNAPSHOT.scores[0], value: 9 }] },
      { ...SNAPSHOT, scores: [] },
      { ...SNAPSHOT, extra: null },
    ];
    const prints = variants.map(fingerprint);
    expect(prints).not.toContain(base);
    expect(new Set(prints).size).toBe(variants.length);
  });

  it("changes when any leaf of a random value changes", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), fc.string(), fc.integer(), (record, key, value) => {
        const changed = { ...record, [key]: (record[key] ?? value) + 1 };
        expect(fingerprint(changed)).not.toBe(fingerprint(record));
      }),
    );
  });
});
