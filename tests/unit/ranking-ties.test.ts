import { describe, expect, it } from "vitest";
import { parseTieBreakChain, placeCandidates, type TieBreakToken, type TieCandidate } from "@/lib/domain/ranking-ties";

const CHAIN: TieBreakToken[] = ["median", "criterion:1", "top_marks"];

/** A candidate with its score and its median, criterion-1 mean and top-mark count, in the chain's order. */
const candidate = (nominationId: string, score: number, keys: number[] = [0, 0, 0]): TieCandidate => ({ nominationId, score, keys });

function summarise(result: ReturnType<typeof placeCandidates>) {
  return result.entries.map((e) => [e.nominationId, e.rank, e.place, e.decidedBy.by === "chain" ? e.decidedBy.step : e.decidedBy.by]);
}

describe("parseTieBreakChain", () => {
  it("keeps the known steps in order and sets apart unknown ones, criteria outside the rubric and repeats", () => {
    expect(parseTieBreakChain(["median", "criterion:2", "top_marks", "coin", "criterion:9", "median", "criterion:x"], [1, 2, 3])).toEqual({
      steps: ["median", "criterion:2", "top_marks"],
      invalid: ["coin", "criterion:9", "median", "criterion:x"],
    });
  });
});

describe("placeCandidates", () => {
  it("places by score when nothing is tied", () => {
    const result = placeCandidates([candidate("b", 6), candidate("a", 8)], CHAIN, []);
    expect(summarise(result)).toEqual([
      ["a", 1, 1, "score"],
      ["b", 2, 2, "score"],
    ]);
    expect(result.openTies).toEqual([]);
    expect(result.entries[0]!.tiedWith).toEqual([]);
  });

  it("breaks a tie by the median first", () => {
    const result = placeCandidates([candidate("a", 7, [6.5, 9, 0]), candidate("b", 7, [7, 1, 0]), candidate("c", 9)], CHAIN, []);
    expect(summarise(result)).toEqual([
      ["c", 1, 1, "score"],
      ["b", 2, 2, "median"],
      ["a", 2, 3, "median"],
    ]);
    expect(result.entries[1]!.tiedWith).toEqual(["a"]);
  });

  it("goes on to the criterion, then to the top marks, when the earlier steps are equal", () => {
    const byCriterion = placeCandidates([candidate("a", 7, [7, 6, 5]), candidate("b", 7, [7, 8, 0])], CHAIN, []);
    expect(summarise(byCriterion)).toEqual([
      ["b", 1, 1, "criterion:1"],
      ["a", 1, 2, "criterion:1"],
    ]);
    const byTopMarks = placeCandidates([candidate("a", 7, [7, 8, 1]), candidate("b", 7, [7, 8, 3])], CHAIN, []);
    expect(summarise(byTopMarks)).toEqual([
      ["b", 1, 1, "top_marks"],
      ["a", 1, 2, "top_marks"],
    ]);
  });

  it("compares each step with the tolerance, not exactly", () => {
    const result = placeCandidates([candidate("a", 7, [0.1 + 0.2, 5, 0]), candidate("b", 7, [0.3, 6, 0])], CHAIN, []);
    expect(summarise(result)).toEqual([
      ["b", 1, 1, "criterion:1"],
      ["a", 1, 2, "criterion:1"],
    ]);
  });

  it("separates a three-way tie step by step and says which step placed each dossier", () => {
    const result = placeCandidates(
      [candidate("a", 7, [6, 5, 0]), candidate("b", 7, [8, 0, 0]), candidate("c", 7, [6, 7, 0]), candidate("d", 5)],
      CHAIN,
      [],
    );
    expect(summarise(result)).toEqual([
      ["b", 1, 1, "median"],
      ["c", 1, 2, "criterion:1"],
      ["a", 1, 3, "criterion:1"],
      ["d", 4, 4, "score"],
    ]);
  });

  it("leaves what the chain cannot separate to the chair, sharing a place until decided", () => {
    const result = placeCandidates([candidate("b", 7), candidate("a", 7), candidate("c", 7, [9, 0, 0]), candidate("d", 3)], CHAIN, []);
    expect(summarise(result)).toEqual([
      ["c", 1, 1, "median"],
      ["a", 1, 2, "unresolved"],
      ["b", 1, 2, "unresolved"],
      ["d", 4, 4, "score"],
    ]);
    expect(result.openTies).toEqual([{ nominationIds: ["a", "b"], place: 2, score: 7, decisionId: null }]);
  });

  it("applies the chair's latest decision on exactly the dossiers still tied, with its reason", () => {
    const decisions = [
      { id: 1, orderedNominationIds: ["a", "b"], reason: "First thoughts" },
      { id: 3, orderedNominationIds: ["b", "a"], reason: "Stronger evaluation" },
      { id: 2, orderedNominationIds: ["a", "b", "c"], reason: "Not this tie" },
    ];
    const result = placeCandidates([candidate("a", 7), candidate("b", 7), candidate("c", 7, [9, 0, 0])], CHAIN, decisions);
    expect(summarise(result)).toEqual([
      ["c", 1, 1, "median"],
      ["b", 1, 2, "chair"],
      ["a", 1, 3, "chair"],
    ]);
    expect(result.entries[1]!.decidedBy).toEqual({ by: "chair", decisionId: 3, reason: "Stronger evaluation" });
    expect(result.openTies).toEqual([{ nominationIds: ["a", "b"], place: 2, score: 7, decisionId: 3 }]);
  });

  it("goes straight to the chair with an empty chain", () => {
    const result = placeCandidates([candidate("a", 7, []), candidate("b", 7, [])], [], [{ id: 1, orderedNominationIds: ["b", "a"], reason: "Vote" }]);
    expect(summarise(result)).toEqual([
      ["b", 1, 1, "chair"],
      ["a", 1, 2, "chair"],
    ]);
  });

  it("treats scores within the tolerance as tied", () => {
    const result = placeCandidates([candidate("a", 0.1 + 0.2), candidate("b", 0.3)], [], []);
    expect(result.entries.map((e) => [e.rank, e.place])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});
