import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCanonicalJson, toCanonicalValue, type CanonicalValue } from "@/lib/domain/canonical-json";
import { fingerprint } from "@/lib/domain/fingerprint";
import type { RankingSheet, RubricCriterion } from "@/lib/domain/ranking";
import { computeRanking, type RankingInput } from "@/lib/domain/ranking-result";
import { joinSealedParts, PRIVATE_PART_FORMAT, PUBLIC_PART_FORMAT, splitSealedSnapshot } from "@/lib/domain/sealed-parts";
import { fingerprintWithWebCrypto } from "@/lib/domain/web-fingerprint";
import { assembleResultSnapshot } from "@/lib/results/snapshot";

const NOMINATIONS = ["n-a", "n-b", "n-c", "n-d", "n-e"];

const rubricArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 4 })
  .chain((ids) => fc.tuple(...ids.map((id, index) => fc.integer({ min: 1, max: 4 }).map((weight): RubricCriterion => ({ id, position: index + 1, weight, scaleMin: 1, scaleMax: 10 })))));

const inputArbitrary = rubricArbitrary.chain((criteria) =>
  fc.record({
    criteria: fc.constant(criteria),
    sheets: fc
      .uniqueArray(
        fc.record({
          nominationId: fc.constantFrom(...NOMINATIONS),
          jurorId: fc.integer({ min: 1, max: 6 }),
          values: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: criteria.length, maxLength: criteria.length }),
        }),
        { selector: (s) => `${s.nominationId}/${s.jurorId}`, minLength: 1, maxLength: 24 },
      )
      .map((raw) => raw.map((s): RankingSheet => ({ nominationId: s.nominationId, jurorId: s.jurorId, scores: Object.fromEntries(criteria.map((c, i) => [c.id, s.values[i]!])) }))),
    tieBreakChain: fc.subarray(["median", "criterion:1", "top_marks"]),
    tieDecisions: fc.constant([]),
    awardedPlaces: fc.integer({ min: 1, max: 3 }),
    isNormalised: fc.boolean(),
  }),
);

/** A whole sealed snapshot as the freeze builds it, from a ranking input (the database's part made up). */
function buildSnapshot(input: RankingInput) {
  const result = computeRanking(input);
  const winner = result[result.officialBasis].entries[0]!;
  return assembleResultSnapshot({
    edition: { year: 2026, theme: "A theme", presidencyCountryCode: "IT", juryStatement: "The jury's statement." },
    record: {
      edition: { id: 1, year: 2026, phase: "deliberation", isNormalised: input.isNormalised, tieBreakChain: [...input.tieBreakChain], awardedPlaces: input.awardedPlaces },
      criteria: input.criteria.map((c) => ({ ...c, title: `Criterion ${c.position}` })),
      nominations: NOMINATIONS.map((id) => ({ id, countryCode: "DK", countryName: "Denmark", title: `Title ${id}` })),
      result,
      incompleteSheetCount: 0,
      input: { sheets: input.sheets },
    },
    awards: [{ rank: 1, nominationId: winner.nominationId, countryCode: "DK", countryName: "Denmark", title: `Title ${winner.nominationId}`, prize: "EUR 10,000", juryReason: "Because." }],
    decisions: [{ id: 7, orderedNominationIds: ["n-a", "n-b"], reason: "The chair's reason.", decidedBy: 3, decidedAt: new Date("2026-11-20T10:00:00Z") }],
  } as Parameters<typeof assembleResultSnapshot>[0]);
}

/** Every object inside a value, with the path of keys that leads to it. */
function* walkObjects(value: CanonicalValue, path: string[] = []): Generator<{ path: string[]; object: Record<string, CanonicalValue> }> {
  if (Array.isArray(value)) for (const item of value) yield* walkObjects(item, path);
  else if (value !== null && typeof value === "object") {
    yield { path, object: value };
    for (const [key, item] of Object.entries(value)) yield* walkObjects(item, [...path, key]);
  }
}

/** Keys that only ever hold a juror's own scores, or what is computed juror by juror. */
const PRIVATE_ONLY_KEYS = ["scores", "sheets", "jurors", "pooled", "value", "normalisedScore", "dossiers"];

describe("splitting a sealed snapshot", () => {
  it("puts the ranking, awards, reasons, tie decisions, exclusions and stability in the public part", () => {
    const input: RankingInput = {
      criteria: [{ id: 11, position: 1, weight: 1, scaleMin: 1, scaleMax: 10 }],
      sheets: [
        { nominationId: "n-a", jurorId: 1, scores: { 11: 9 } },
        { nominationId: "n-a", jurorId: 2, scores: { 11: 7 } },
        { nominationId: "n-b", jurorId: 1, scores: { 11: 5 } },
      ],
      tieBreakChain: ["median"],
      tieDecisions: [],
      awardedPlaces: 1,
      isNormalised: false,
    };
    const snapshot = buildSnapshot(input) as Record<string, CanonicalValue>;
    const { publicPart, privatePart, publicFingerprint, privateFingerprint, sealFingerprint } = splitSealedSnapshot(snapshot);

    expect(Object.keys(publicPart).sort()).toEqual(
      ["awards", "criteria", "edition", "exclusions", "format", "juryStatement", "nominations", "privateFingerprint", "ranking", "sealFingerprint", "sealFormat", "tieDecisions"].sort(),
    );
    expect(publicPart.format).toBe(PUBLIC_PART_FORMAT);
    expect(publicPart.awards).toEqual([expect.objectContaining({ rank: 1, nominationId: "n-a", juryReason: "Because." })]);
    expect(publicPart.tieDecisions).toEqual([expect.objectContaining({ id: 7, reason: "The chair's reason." })]);
    expect(Object.keys(publicPart.ranking as object).sort()).toEqual(
      ["invalidTieBreakSteps", "normalised", "officialBasis", "raw", "scale", "spreadThreshold", "stability", "tieBreakChain", "tieDecisions"].sort(),
    );
    expect(publicPart.exclusions).toEqual({ incompleteSheetCount: 0, countedSheets: [{ nominationId: "n-a", sheetCount: 2 }, { nominationId: "n-b", sheetCount: 1 }] });

    expect(privatePart.format).toBe(PRIVATE_PART_FORMAT);
    expect(privatePart.scores).toEqual([
      { jurorId: 1, nominationId: "n-a", criterionId: 11, value: 9 },
      { jurorId: 2, nominationId: "n-a", criterionId: 11, value: 7 },
      { jurorId: 1, nominationId: "n-b", criterionId: 11, value: 5 },
    ]);
    expect(Object.keys(privatePart.ranking as object).sort()).toEqual(["dossiers", "jurors", "pooled"]);

    // Each part is hashed as canonical JSON, and the public part carries the other two fingerprints.
    expect(publicFingerprint).toBe(fingerprint(publicPart));
    expect(privateFingerprint).toBe(fingerprint(privatePart));
    expect(sealFingerprint).toBe(fingerprint(snapshot));
    expect(publicPart).toMatchObject({ privateFingerprint, sealFingerprint, sealFormat: "palmares.sealed-result/1" });
  });

  it("never puts an individual score in the public part, loses nothing, and any score change shows in both fingerprints (random snapshots)", () => {
    fc.assert(
      fc.property(inputArbitrary, fc.nat(), (input, pick) => {
        const snapshot = buildSnapshot(input);
        const parts = splitSealedSnapshot(snapshot);
        for (const { path, object } of walkObjects(parts.publicPart)) {
          for (const key of PRIVATE_ONLY_KEYS) expect(object, `${path.join(".")}.${key}`).not.toHaveProperty(key);
          // The only juror the public part names is one whose absence would change the top places (stability).
          if ("jurorId" in object) expect(Object.keys(object).sort()).toEqual(["jurorId", "topWithout"]);
        }
        // Public plus private is exactly the seal.
        expect(toCanonicalJson(joinSealedParts(parts.publicPart, parts.privatePart))).toBe(toCanonicalJson(snapshot));

        // One criterion score one point different: the private part changes, so the public fingerprint does too.
        const sheet = input.sheets[pick % input.sheets.length]!;
        const criterionId = Number(Object.keys(sheet.scores)[0]);
        const old = sheet.scores[criterionId]!;
        const changed = { ...input, sheets: input.sheets.map((s) => (s === sheet ? { ...s, scores: { ...s.scores, [criterionId]: old === 10 ? 9 : old + 1 } } : s)) };
        const other = splitSealedSnapshot(buildSnapshot(changed));
        expect(other.privateFingerprint).not.toBe(parts.privateFingerprint);
        expect(other.publicFingerprint).not.toBe(parts.publicFingerprint);
      }),
      { numRuns: 100 },
    );
    // Each run computes two rankings and four fingerprints: generous on two shared cores.
  }, 30_000);

  it("gives a seal made before the split the same parts from its stored snapshot, after a JSON round trip", () => {
    const snapshot = buildSnapshot({
      criteria: [{ id: 1, position: 1, weight: 2, scaleMin: 1, scaleMax: 10 }, { id: 2, position: 2, weight: 1, scaleMin: 1, scaleMax: 10 }],
      sheets: [
        { nominationId: "n-a", jurorId: 1, scores: { 1: 9, 2: 4 } },
        { nominationId: "n-b", jurorId: 2, scores: { 1: 3, 2: 8 } },
        { nominationId: "n-b", jurorId: 1, scores: { 1: 7, 2: 7 } },
      ],
      tieBreakChain: [],
      tieDecisions: [],
      awardedPlaces: 2,
      isNormalised: true,
    });
    const stored = JSON.parse(JSON.stringify(snapshot)) as unknown;
    expect(splitSealedSnapshot(stored)).toEqual(splitSealedSnapshot(snapshot));
  });
});

describe("the fingerprint in the browser", () => {
  it("is the server's for the same value, whatever the key order or spacing of the text it was parsed from", async () => {
    fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const canonical = toCanonicalValue(value);
        const respaced = JSON.parse(JSON.stringify(canonical, null, 2)) as unknown;
        expect(await fingerprintWithWebCrypto(respaced)).toBe(fingerprint(canonical));
      }),
      { numRuns: 100 },
    );
  });

  it("re-hashes the public part from the downloaded text to its fingerprint, and a one-character change to another", async () => {
    const { publicPart, publicFingerprint } = splitSealedSnapshot(
      buildSnapshot({ criteria: [{ id: 1, position: 1, weight: 1, scaleMin: 1, scaleMax: 10 }], sheets: [{ nominationId: "n-a", jurorId: 1, scores: { 1: 8 } }], tieBreakChain: [], tieDecisions: [], awardedPlaces: 1, isNormalised: false }),
    );
    const text = toCanonicalJson(publicPart);
    expect(await fingerprintWithWebCrypto(JSON.parse(text))).toBe(publicFingerprint);
    expect(await fingerprintWithWebCrypto(JSON.parse(text.replace("Because.", "Because!")))).not.toBe(publicFingerprint);
  });
});
