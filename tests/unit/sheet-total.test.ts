import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getWeightedScore, rankNominations, type RankingCriterion } from "@/lib/domain/ranking";
import { getScoreFieldName, readFormScores, toScoreSheetFormValues } from "@/lib/validation/score-sheet";

const WEIGHTED: RankingCriterion[] = [
  { id: 11, weight: 2 },
  { id: 12, weight: 1 },
  { id: 13, weight: 0.5 },
];

describe("readFormScores", () => {
  it("reads the selects' strings as numbers, leaving out unscored criteria", () => {
    const values = { [getScoreFieldName(11)]: "9", [getScoreFieldName(12)]: "", overallComment: "7", comment_13: "3" };
    expect(readFormScores(WEIGHTED, values)).toEqual({ 11: 9 });
  });

  it("leaves out what is not a number and criteria outside the rubric", () => {
    const values = { [getScoreFieldName(11)]: "abc", [getScoreFieldName(12)]: 4, [getScoreFieldName(99)]: "10" };
    expect(readFormScores(WEIGHTED, values)).toEqual({ 12: 4 });
  });
});

describe("the score sheet's total", () => {
  it("is undefined until every criterion is scored", () => {
    expect(getWeightedScore({ 11: 9, 12: 6 }, WEIGHTED)).toBeUndefined();
    expect(getWeightedScore({}, WEIGHTED)).toBeUndefined();
  });

  it("is the weighted mean, not the plain one", () => {
    // (9×2 + 6×1 + 2×0.5) / 3.5 = 25 / 3.5, where the plain mean would be 17 / 3.
    expect(getWeightedScore({ 11: 9, 12: 6, 13: 2 }, WEIGHTED)).toBeCloseTo(25 / 3.5, 12);
  });

  it("equals, to the last bit, the score the ranking counts for the same sheet", () => {
    const criteria = fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 50 }), weight: fc.double({ min: 0.1, max: 5, noNaN: true }) }), {
      minLength: 1,
      maxLength: 6,
      selector: (c) => c.id,
    });
    fc.assert(
      fc.property(criteria, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }), (rubric, values) => {
        const scores = rubric.map((criterion, index) => ({ criterionId: criterion.id, value: values[index]!, comment: "" }));
        // The path the form takes: stored scores → form strings → the total shown.
        const formValues = toScoreSheetFormValues({ overallComment: "", scores });
        const shown = getWeightedScore(readFormScores(rubric, formValues), rubric);
        const [ranked] = rankNominations([{ nominationId: "n", jurorId: 1, scores: Object.fromEntries(scores.map((s) => [s.criterionId, s.value])) }], rubric);
        expect(shown).toBe(ranked!.mean);
      }),
    );
  });
});
