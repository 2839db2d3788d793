import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIE_TOLERANCE, type RankingSheet, type RubricCriterion } from "@/lib/domain/ranking";
import { computeRanking, type RankingInput } from "@/lib/domain/ranking-result";

/*
 * Property tests: the ranking against a plain reference implementation on random data, and its invariants.
 * The reference below is written the obvious way (loops, no sorting tricks) and shares no code with lib/.
 */

const NOMINATIONS = ["n-a", "n-b", "n-c", "n-d", "n-e", "n-f"];
const CLOSE = 1e-9;

function referenceSheetScore(sheet: RankingSheet, criteria: readonly RubricCriterion[]): number {
  let total = 0;
  let weights = 0;
  for (const c of criteria) {
    total += sheet.scores[c.id]! * c.weight;
    weights += c.weight;
  }
  return total / weights;
}

function mean(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

function populationSd(values: number[]): number {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) * (v - m))));
}

/** Raw and normalised dossier means, straight from the definitions in DOMAIN.md and ranking-normalisation.ts. */
function referenceMeans(input: RankingInput) {
  const sheets = input.sheets.filter((s) => !s.isExcluded).map((s) => ({ ...s, score: referenceSheetScore(s, input.criteria) }));
  const jurorScores = new Map<number, number[]>();
  for (const s of sheets) jurorScores.set(s.jurorId, [...(jurorScores.get(s.jurorId) ?? []), s.score]);
  const isNormalised = (jurorId: number) => jurorScores.get(jurorId)!.length >= 2 && populationSd(jurorScores.get(jurorId)!) > TIE_TOLERANCE;
  const pool = sheets.filter((s) => isNormalised(s.jurorId)).map((s) => s.score);
  const raw = new Map<string, number[]>();
  const normalised = new Map<string, number[]>();
  for (const s of sheets) {
    const own = jurorScores.get(s.jurorId)!;
    const value = isNormalised(s.jurorId) ? mean(pool) + ((s.score - mean(own)) / populationSd(own)) * populationSd(pool) : s.score;
    raw.set(s.nominationId, [...(raw.get(s.nominationId) ?? []), s.score]);
    normalised.set(s.nominationId, [...(normalised.get(s.nominationId) ?? []), value]);
  }
  const means = (byId: Map<string, number[]>) => new Map([...byId].map(([id, values]) => [id, mean(values)]));
  return { raw: means(raw), normalised: means(normalised), counts: new Map([...raw].map(([id, values]) => [id, values.length])) };
}

const rubricArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 4 })
  .chain((ids) => fc.tuple(...ids.map((id, index) => fc.integer({ min: 1, max: 4 }).map((weight): RubricCriterion => ({ id, position: index + 1, weight, scaleMin: 1, scaleMax: 10 })))));

function sheetsArbitrary(rubric: RubricCriterion[], options: { maxLength?: number; isExcluded?: boolean } = {}) {
  return fc
    .uniqueArray(
      fc.record({
        nominationId: fc.constantFrom(...NOMINATIONS),
        jurorId: fc.integer({ min: 1, max: 6 }),
        values: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: rubric.length, maxLength: rubric.length }),
      }),
      { selector: (s) => `${s.nominationId}/${s.jurorId}`, maxLength: options.maxLength ?? 30 },
    )
    .map((raw) =>
      raw.map((s): RankingSheet => ({
        nominationId: s.nominationId,
        jurorId: s.jurorId,
        scores: Object.fromEntries(rubric.map((c, i) => [c.id, s.values[i]!])),
        ...(options.isExcluded ? { isExcluded: true } : {}),
      })),
    );
}

const CHAIN_TOKENS = ["median", "criterion:1", "criterion:2", "top_marks"];

const inputArbitrary = rubricArbitrary.chain((criteria) =>
  fc.record({
    criteria: fc.constant(criteria),
    sheets: sheetsArbitrary(criteria),
    tieBreakChain: fc.subarray(CHAIN_TOKENS),
    tieDecisions: fc.uniqueArray(
      fc.record({ id: fc.integer({ min: 1, max: 50 }), orderedNominationIds: fc.shuffledSubarray(NOMINATIONS, { minLength: 2, maxLength: 3 }), reason: fc.constant("chair") }),
      { maxLength: 3, selector: (d) => d.id },
    ),
    awardedPlaces: fc.integer({ min: 1, max: 3 }),
    isNormalised: fc.boolean(),
  }),
);

describe("the ranking against a reference implementation", () => {
  it("gives every dossier the reference's raw and normalised mean, best first", () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = computeRanking(input);
        const reference = referenceMeans(input);
        for (const basis of ["raw", "normalised"] as const) {
          const entries = result[basis].entries;
          expect(entries.map((e) => e.nominationId).sort()).toEqual([...reference[basis].keys()].sort());
          entries.forEach((entry, index) => {
            expect(Math.abs(entry.score - reference[basis].get(entry.nominationId)!)).toBeLessThan(CLOSE);
            // The rank is one more than the number of dossiers with a clearly higher mean.
            const higher = [...reference[basis].values()].filter((other) => other > reference[basis].get(entry.nominationId)! + CLOSE).length;
            expect(entry.rank).toBe(higher + 1);
            if (index > 0) expect(entries[index - 1]!.place).toBeLessThanOrEqual(entry.place);
          });
        }
        for (const dossier of result.dossiers) expect(dossier.raw.sheetCount).toBe(reference.counts.get(dossier.nominationId));
      }),
      { numRuns: 300 },
    );
  });
});

describe("invariants", () => {
  it("permuting the sheets, the criteria or the chair's decisions changes nothing", () => {
    const scenario = inputArbitrary.chain((input) =>
      fc.record({
        input: fc.constant(input),
        sheets: fc.shuffledSubarray([...input.sheets], { minLength: input.sheets.length }),
        criteria: fc.shuffledSubarray([...input.criteria], { minLength: input.criteria.length }),
        tieDecisions: fc.shuffledSubarray([...input.tieDecisions], { minLength: input.tieDecisions.length }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ input, sheets, criteria, tieDecisions }) => {
        expect(computeRanking({ ...input, sheets, criteria, tieDecisions })).toEqual(computeRanking(input));
      }),
      { numRuns: 200 },
    );
  });

  it("excluded sheets never influence a result, wherever they are mixed in", () => {
    const scenario = inputArbitrary.chain((input) =>
      fc.record({
        input: fc.constant(input),
        excluded: sheetsArbitrary([...input.criteria], { maxLength: 10, isExcluded: true }),
        seed: fc.integer(),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ input, excluded, seed }) => {
        const mixed = [...input.sheets, ...excluded].sort((a, b) => ((a.jurorId * 31 + seed) % 7) - ((b.jurorId * 31 + seed) % 7));
        expect(computeRanking({ ...input, sheets: mixed })).toEqual(computeRanking(input));
      }),
      { numRuns: 200 },
    );
  });

  /*
   * A juror who gives the same score c to every dossier has no spread, so (see ranking-normalisation.ts) they fall
   * back to their raw scores and change neither the other jurors' z-scores nor the pooled mean and spread. So each
   * dossier they scored moves exactly to (n × before + c) / (n + 1), with n its earlier sheet count, and the others
   * do not move. When they scored every dossier and every dossier had the same count, that map is the same
   * increasing map for all: no dossier's rank changes.
   */
  it("a juror who gives everyone the same score moves each dossier they scored to (n × before + c) / (n + 1) and nothing else", () => {
    const scenario = inputArbitrary.chain((input) =>
      fc.record({
        input: fc.constant(input),
        scored: fc.subarray(NOMINATIONS, { minLength: 1 }),
        value: fc.integer({ min: 1, max: 10 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ input, scored, value }) => {
        const constantJuror = scored.map((nominationId) => ({ nominationId, jurorId: 99, scores: Object.fromEntries(input.criteria.map((c) => [c.id, value])) }));
        const before = computeRanking(input);
        const after = computeRanking({ ...input, sheets: [...input.sheets, ...constantJuror] });
        const beforeById = new Map(before.dossiers.map((d) => [d.nominationId, d.normalised]));
        for (const dossier of after.dossiers) {
          const earlier = beforeById.get(dossier.nominationId);
          const expected = !scored.includes(dossier.nominationId)
            ? earlier!.mean
            : earlier
              ? (earlier.sheetCount * earlier.mean + value) / (earlier.sheetCount + 1)
              : value;
          expect(Math.abs(dossier.normalised.mean - expected)).toBeLessThan(CLOSE);
        }
        expect(after.jurors.find((j) => j.jurorId === 99)!.fallback).toBe(scored.length === 1 ? "too_few_sheets" : "no_spread");
      }),
      { numRuns: 300 },
    );
  });

  it("a juror who gives everyone the same score changes no normalised rank when every dossier had as many sheets", () => {
    // Every juror scores every dossier in play, so the counts are equal.
    const scenario = rubricArbitrary.chain((criteria) =>
      fc.record({
        criteria: fc.constant(criteria),
        nominations: fc.subarray(NOMINATIONS, { minLength: 2 }),
        jurorCount: fc.integer({ min: 1, max: 5 }),
        value: fc.integer({ min: 1, max: 10 }),
        scores: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 6 * 5 * 4, maxLength: 6 * 5 * 4 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ criteria, nominations, jurorCount, value, scores }) => {
        let next = 0;
        const sheets: RankingSheet[] = nominations.flatMap((nominationId) =>
          Array.from({ length: jurorCount }, (_, juror) => ({ nominationId, jurorId: juror + 1, scores: Object.fromEntries(criteria.map((c) => [c.id, scores[next++]!])) })),
        );
        const input: RankingInput = { criteria, sheets, tieBreakChain: [], tieDecisions: [], awardedPlaces: 3, isNormalised: true };
        const constantJuror = nominations.map((nominationId) => ({ nominationId, jurorId: 99, scores: Object.fromEntries(criteria.map((c) => [c.id, value])) }));
        const ranks = (sheetsIn: RankingSheet[]) =>
          Object.fromEntries(computeRanking({ ...input, sheets: sheetsIn }).normalised.entries.map((e) => [e.nominationId, e.rank]));
        expect(ranks([...sheets, ...constantJuror])).toEqual(ranks(sheets));
      }),
      { numRuns: 300 },
    );
  });

  it("a juror's leniency or strictness changes no normalised rank when every juror is normalised", () => {
    const scenario = inputArbitrary.chain((input) =>
      fc.record({ input: fc.constant(input), jurorId: fc.integer({ min: 1, max: 6 }), scale: fc.integer({ min: 1, max: 4 }), shift: fc.integer({ min: -20, max: 20 }) }),
    );
    fc.assert(
      fc.property(scenario, ({ input, jurorId, scale, shift }) => {
        const before = computeRanking(input);
        fc.pre(before.jurors.every((j) => j.fallback === null));
        // Scores outside the scale are fine here: normalisation is pure arithmetic on them.
        const sheets = input.sheets.map((s) =>
          s.jurorId !== jurorId ? s : { ...s, scores: Object.fromEntries(Object.entries(s.scores).map(([id, v]) => [id, v * scale + shift])) },
        );
        const after = computeRanking({ ...input, sheets });
        const ranks = (result: typeof before) => Object.fromEntries(result.normalised.entries.map((e) => [e.nominationId, e.rank]));
        expect(ranks(after)).toEqual(ranks(before));
      }),
      { numRuns: 200 },
    );
  });
});
