import { describe, expect, it } from "vitest";
import type { RankingSheet, RubricCriterion } from "@/lib/domain/ranking";
import { computeRanking, getOfficialList, type RankingInput } from "@/lib/domain/ranking-result";

const RUBRIC: RubricCriterion[] = [
  { id: 11, position: 1, weight: 1, scaleMin: 1, scaleMax: 10 },
  { id: 12, position: 2, weight: 1, scaleMin: 1, scaleMax: 10 },
];

const sheet = (nominationId: string, jurorId: number, first: number, second = first): RankingSheet => ({
  nominationId,
  jurorId,
  scores: { 11: first, 12: second },
});

function makeInput(sheets: RankingSheet[], overrides: Partial<RankingInput> = {}): RankingInput {
  return { criteria: RUBRIC, sheets, tieBreakChain: ["median", "criterion:1", "top_marks"], tieDecisions: [], awardedPlaces: 3, isNormalised: false, ...overrides };
}

const order = (list: { entries: { nominationId: string }[] }) => list.entries.map((e) => e.nominationId);

describe("computeRanking", () => {
  it("shows the raw and the normalised ranking side by side and follows the edition's choice", () => {
    // The lenient juror 1 scored only a and c; the strict juror 2 only b and c: raw favours a, normalised ties a and b.
    const sheets = [sheet("a", 1, 9), sheet("c", 1, 8), sheet("b", 2, 4), sheet("c", 2, 2)];
    const raw = computeRanking(makeInput(sheets));
    expect(order(raw.raw)).toEqual(["a", "c", "b"]);
    expect(raw.officialBasis).toBe("raw");
    expect(getOfficialList(raw)).toBe(raw.raw);
    expect(raw.normalised.entries.map((e) => [e.nominationId, e.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
    ]);
    const normalised = computeRanking(makeInput(sheets, { isNormalised: true }));
    expect(normalised.officialBasis).toBe("normalised");
    expect(getOfficialList(normalised)).toBe(normalised.normalised);
  });

  it("reports each dossier's statistics, criteria, top marks and sheets", () => {
    const result = computeRanking(makeInput([sheet("a", 1, 10, 6), sheet("a", 2, 10, 10), sheet("a", 3, 4, 2)]));
    const [dossier] = result.dossiers;
    expect(dossier!.raw).toEqual({ mean: 7, median: 8, standardDeviation: Math.sqrt(26 / 3), min: 3, max: 10, sheetCount: 3 });
    expect(dossier!.criteria).toEqual([
      { criterionId: 11, position: 1, mean: 8, min: 4, max: 10 },
      { criterionId: 12, position: 2, mean: 6, min: 2, max: 10 },
    ]);
    expect(dossier!.topMarks).toBe(3);
    expect(dossier!.sheets.map((s) => [s.jurorId, s.score])).toEqual([
      [1, 8],
      [2, 10],
      [3, 3],
    ]);
  });

  it("flags a spread of 2 or more on a 1–10 scale, and the same share of another scale", () => {
    const result = computeRanking(makeInput([sheet("a", 1, 9), sheet("a", 2, 5), sheet("b", 1, 7), sheet("b", 2, 5)]));
    expect(result.spreadThreshold).toBeCloseTo(2, 12);
    expect(result.dossiers.map((d) => [d.nominationId, d.raw.standardDeviation, d.isSpreadFlagged])).toEqual([
      ["a", 2, true],
      ["b", 1, false],
    ]);
    const small: RubricCriterion[] = RUBRIC.map((c) => ({ ...c, scaleMin: 0, scaleMax: 4 }));
    const onSmall = computeRanking(makeInput([sheet("a", 1, 4), sheet("a", 2, 2)], { criteria: small }));
    expect(onSmall.scale).toEqual({ min: 0, max: 4 });
    expect(onSmall.spreadThreshold).toBeCloseTo(8 / 9, 12);
    expect(onSmall.dossiers[0]!.isSpreadFlagged).toBe(true);
  });

  it("breaks a tie by the median, then the chosen criterion, then the top marks", () => {
    // a and b both average 7; a's median is higher.
    const byMedian = computeRanking(makeInput([sheet("a", 1, 8), sheet("a", 2, 8), sheet("a", 3, 5), sheet("b", 1, 7), sheet("b", 2, 7), sheet("b", 3, 7)]));
    expect(byMedian.raw.entries.map((e) => [e.nominationId, e.place, e.decidedBy])).toEqual([
      ["a", 1, { by: "chain", step: "median" }],
      ["b", 2, { by: "chain", step: "median" }],
    ]);
    // Equal medians; b scores higher on criterion 2, a on criterion 1.
    const sheets = [sheet("a", 1, 8, 6), sheet("b", 1, 6, 8)];
    expect(order(computeRanking(makeInput(sheets)).raw)).toEqual(["a", "b"]);
    expect(order(computeRanking(makeInput(sheets, { tieBreakChain: ["criterion:2"] })).raw)).toEqual(["b", "a"]);
    // Both average 8 with equal medians; c has a 10 where d has none.
    const topMarks = computeRanking(makeInput([sheet("c", 1, 6, 10), sheet("d", 1, 7, 9)], { tieBreakChain: ["median", "top_marks"] }));
    expect(topMarks.raw.entries.map((e) => [e.nominationId, e.rank, e.place, e.decidedBy])).toEqual([
      ["c", 1, 1, { by: "chain", step: "top_marks" }],
      ["d", 1, 2, { by: "chain", step: "top_marks" }],
    ]);
  });

  it("records where the chair's decisions apply and reports steps it cannot use", () => {
    const sheets = [sheet("a", 1, 7), sheet("b", 1, 7)];
    const result = computeRanking(
      makeInput(sheets, {
        tieBreakChain: ["median", "criterion:7", "coin"],
        tieDecisions: [
          { id: 5, orderedNominationIds: ["b", "a"], reason: "Better evaluated" },
          { id: 4, orderedNominationIds: ["a", "c"], reason: "An old tie" },
        ],
      }),
    );
    expect(result.tieBreakChain).toEqual(["median"]);
    expect(result.invalidTieBreakSteps).toEqual(["criterion:7", "coin"]);
    expect(order(result.raw)).toEqual(["b", "a"]);
    expect(result.raw.entries[0]!.decidedBy).toEqual({ by: "chair", decisionId: 5, reason: "Better evaluated" });
    expect(result.tieDecisions).toEqual([
      { id: 4, orderedNominationIds: ["a", "c"], reason: "An old tie", appliesTo: [] },
      { id: 5, orderedNominationIds: ["b", "a"], reason: "Better evaluated", appliesTo: ["raw", "normalised"] },
    ]);
  });

  it("shows which jurors fall back to raw scores", () => {
    const result = computeRanking(makeInput([sheet("a", 1, 9), sheet("b", 1, 5), sheet("a", 2, 6)]));
    expect(result.jurors.map((j) => [j.jurorId, j.fallback])).toEqual([
      [1, null],
      [2, "too_few_sheets"],
    ]);
  });

  it("returns empty rankings for no sheets", () => {
    const result = computeRanking(makeInput([]));
    expect(result.raw.entries).toEqual([]);
    expect(result.stability.raw).toEqual({ topPlaces: 0, top: [], jurorsChecked: 0, isStable: true, changes: [] });
  });
});

describe("stability of the top places", () => {
  it("is stable when every juror agrees on the order", () => {
    const sheets = [1, 2, 3].flatMap((juror) => [sheet("a", juror, 9), sheet("b", juror, 7), sheet("c", juror, 5), sheet("d", juror, 3)]);
    const { stability } = computeRanking(makeInput(sheets));
    expect(stability.raw).toMatchObject({ topPlaces: 3, jurorsChecked: 3, isStable: true, changes: [] });
    expect(stability.raw.top.map((p) => p.nominationId)).toEqual(["a", "b", "c"]);
  });

  it("names the juror whose absence changes the top places", () => {
    // Juror 3 alone puts c above b: without juror 3, b takes second place; without juror 1 or 2, c keeps it.
    const sheets = [
      ...[1, 2].flatMap((juror) => [sheet("a", juror, 9), sheet("b", juror, 7), sheet("c", juror, 6)]),
      sheet("a", 3, 9),
      sheet("b", 3, 4),
      sheet("c", 3, 8),
    ];
    const result = computeRanking(makeInput(sheets, { awardedPlaces: 2 }));
    expect(result.raw.entries.map((e) => e.nominationId)).toEqual(["a", "c", "b"]);
    expect(result.stability.raw.isStable).toBe(false);
    expect(result.stability.raw.changes).toEqual([{ jurorId: 3, topWithout: [{ nominationId: "a", place: 1 }, { nominationId: "b", place: 2 }] }]);
  });

  it("checks fewer places when fewer dossiers were scored", () => {
    const { stability } = computeRanking(makeInput([sheet("a", 1, 9), sheet("a", 2, 8)], { awardedPlaces: 3 }));
    expect(stability.raw).toMatchObject({ topPlaces: 1, isStable: true });
  });
});
