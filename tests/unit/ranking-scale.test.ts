import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIE_TOLERANCE, isSameScore } from "@/lib/domain/ranking";
import { buildRankingLists, type WorkCounter } from "@/lib/domain/ranking-lists";
import { getCutScore, getStability, getTopPlaces } from "@/lib/domain/ranking-stability";
import type { RankingInput } from "@/lib/domain/ranking-lists";
import { referenceBuildRankingLists, referenceGetStability } from "../support/ranking-reference";
import { makeRandomInput } from "../support/random-ranking";

/*
 * Issue 10: the Map-grouped ranking and the incremental stability against the implementation they replaced
 * (tests/support/ranking-reference.ts), on large random inputs; and a count of the work, never a timing.
 */

describe("ranking at scale", () => {
  const cases = [
    { dossiers: 300, jurors: 40, sheetsPerDossier: 4, criteria: 3, seed: 1 },
    { dossiers: 200, jurors: 40, sheetsPerDossier: 4, criteria: 2, seed: 2, scaleMax: 3 },
    { dossiers: 120, jurors: 25, sheetsPerDossier: 1, criteria: 1, seed: 3, scaleMax: 2 },
    { dossiers: 150, jurors: 30, sheetsPerDossier: 4, criteria: 4, seed: 4, isNormalised: false },
  ];

  it.each(cases)("equals the reference lists and stability exactly (seed $seed)", { timeout: 30_000 }, (options) => {
    const input = makeRandomInput(options);
    const lists = buildRankingLists(input);
    const reference = referenceBuildRankingLists(input);
    expect(lists).toEqual(reference);
    expect(getStability(input, lists)).toEqual(referenceGetStability(input, reference));
  });

  it.each([
    { dossiers: 40, jurors: 300, sheetsPerDossier: 2, criteria: 2, seed: 11 },
    { dossiers: 30, jurors: 70, sheetsPerDossier: 3, criteria: 1, seed: 12, scaleMax: 2 },
    { dossiers: 25, jurors: 12, sheetsPerDossier: 2, criteria: 1, seed: 13, scaleMax: 2 },
  ])("equals the reference where jurors fall back to raw scores (seed $seed)", (options) => {
    // Many jurors with one sheet, or with equal scores: dossiers mix normalised and raw scores.
    const input = { ...makeRandomInput(options), awardedPlaces: 4 };
    const lists = buildRankingLists(input);
    const reference = referenceBuildRankingLists(input);
    expect(lists).toEqual(reference);
    expect(getStability(input, lists)).toEqual(referenceGetStability(input, reference));
  });

  it.each([
    { name: "fractional weights", weight: (w: number) => w / 4 + 0.1, value: (v: number) => v },
    { name: "fractional scores", weight: (w: number) => w, value: (v: number, i: number) => (i % 3 === 0 ? v / 3 + 0.1 : v) },
    { name: "totals too far apart to count", weight: (w: number, c: number) => (c === 0 ? w * 100_000 : w), value: (v: number) => v },
  ])("equals the reference with $name, where no integer shortcut applies", ({ weight, value }) => {
    const base = makeRandomInput({ dossiers: 150, jurors: 30, sheetsPerDossier: 4, criteria: 3, seed: 6 });
    const criteria = base.criteria.map((c, index) => ({ ...c, weight: weight(c.weight, index) }));
    const sheets = base.sheets.map((s, i) => ({ ...s, scores: Object.fromEntries(Object.entries(s.scores).map(([id, v]) => [id, value(v, i)])) }));
    const input = { ...base, criteria, sheets, awardedPlaces: 4 };
    const lists = buildRankingLists(input);
    const reference = referenceBuildRankingLists(input);
    expect(lists).toEqual(reference);
    expect(getStability(input, lists)).toEqual(referenceGetStability(input, reference));
  });

  it("equals the reference when leaving out the only normalised juror leaves no pooled mean", () => {
    const base = makeRandomInput({ dossiers: 12, jurors: 1, sheetsPerDossier: 1, criteria: 2, seed: 14 });
    // Juror 1 scored every dossier; jurors 100 + d scored one each and fall back to raw scores.
    const sheets = [...base.sheets.map((s) => ({ ...s, isExcluded: false })), ...base.sheets.map((s, d) => ({ ...s, jurorId: 100 + d, isExcluded: false, scores: { ...s.scores, 1: 1 + ((d * 7) % 10) } }))];
    const input: RankingInput = { ...base, sheets, awardedPlaces: 3 };
    const lists = buildRankingLists(input);
    expect(lists.pooled).not.toBeNull();
    expect(getStability(input, lists)).toEqual(referenceGetStability(input, referenceBuildRankingLists(input)));
  });

  it.each([
    { dossiers: 600, jurors: 40, sheetsPerDossier: 6, criteria: 5, seed: 21 },
    { dossiers: 500, jurors: 30, sheetsPerDossier: 6, criteria: 2, seed: 22, scaleMax: 4 },
  ])("equals the reference lists, and leaving each juror out and ranking again, on large inputs (seed $seed)", (options) => {
    const input = { ...makeRandomInput(options), awardedPlaces: 5 };
    const lists = buildRankingLists(input);
    expect(lists).toEqual(referenceBuildRankingLists(input));
    // The reference stability rebuilds everything per juror (too slow here): the same, with the fast lists.
    const stability = getStability(input, lists);
    for (const basis of ["raw", "normalised"] as const) {
      const top = getTopPlaces(lists[basis], stability[basis].topPlaces);
      const changes = lists.jurors.flatMap(({ jurorId }) => {
        const without = buildRankingLists({ ...input, sheets: input.sheets.filter((s) => s.jurorId !== jurorId) });
        const topWithout = getTopPlaces(without[basis], stability[basis].topPlaces);
        return JSON.stringify(topWithout) === JSON.stringify(top) ? [] : [{ jurorId, topWithout }];
      });
      expect(stability[basis]).toEqual({ topPlaces: Math.min(5, lists.dossiers.length), top, jurorsChecked: lists.jurors.length, isStable: changes.length === 0, changes });
    }
  }, 60_000);

  it("keeps the reference's stability when the top places are many and ties are frequent", () => {
    const input = { ...makeRandomInput({ dossiers: 150, jurors: 20, sheetsPerDossier: 4, criteria: 1, seed: 5, scaleMax: 3 }), awardedPlaces: 10 };
    const lists = buildRankingLists(input);
    expect(getStability(input, lists)).toEqual(referenceGetStability(input, referenceBuildRankingLists(input)));
  });

  it("does work that grows like S log S, not like D × S", () => {
    const count = (dossiers: number) => {
      const input = makeRandomInput({ dossiers, jurors: 50, sheetsPerDossier: 10, criteria: 2, seed: 7 });
      const counter: WorkCounter = { visits: 0 };
      buildRankingLists(input, counter);
      return counter.visits;
    };
    const small = count(1000);
    const large = count(2000);
    // Doubling D (and so S) doubles the visits, plus the log factor of the sort; D × S would quadruple them.
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.4);
  });

  it("visits each sheet a bounded number of times per juror left out", () => {
    const count = (dossiers: number) => {
      const input = makeRandomInput({ dossiers, jurors: 20, sheetsPerDossier: 5, criteria: 2, seed: 8 });
      const counter: WorkCounter = { visits: 0 };
      getStability(input, buildRankingLists(input), counter);
      return counter.visits;
    };
    const ratio = count(400) / count(200);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.4);
  });
});

describe("getCutScore", () => {
  /** The definition: sort best first, then extend the last place over every score tied with the one before. */
  function cutBySort(scores: number[], count: number): number {
    const sorted = [...scores].sort((a, b) => b - a);
    let last = Math.min(count, sorted.length) - 1;
    while (last + 1 < sorted.length && isSameScore(sorted[last]!, sorted[last + 1]!)) last += 1;
    return sorted[last]!;
  }

  it("equals sorting every score, with tie runs, close scores and dossiers left with no sheet", () => {
    // Few distinct values tie often; steps of a fraction of the tolerance make runs that chain past it.
    const score = fc.oneof(
      fc.integer({ min: 0, max: 6 }).map((n) => n / 2),
      fc.integer({ min: 0, max: 8 }).map((n) => 3 + n * TIE_TOLERANCE * 0.4),
      fc.double({ min: 0, max: 10, noNaN: true }),
      fc.constant(-Infinity),
    );
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 40 }), (scores, count) => {
        expect(getCutScore(scores, count)).toBe(cutBySort(scores, count));
      }),
      { numRuns: 2000 },
    );
  });
});
