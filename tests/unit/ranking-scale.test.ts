import { describe, expect, it } from "vitest";
import { buildRankingLists, type WorkCounter } from "@/lib/domain/ranking-lists";
import { getStability } from "@/lib/domain/ranking-stability";
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

  it.each(cases)("equals the reference lists and stability exactly (seed $seed)", (options) => {
    const input = makeRandomInput(options);
    const lists = buildRankingLists(input);
    const reference = referenceBuildRankingLists(input);
    expect(lists).toEqual(reference);
    expect(getStability(input, lists)).toEqual(referenceGetStability(input, reference));
  });

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
