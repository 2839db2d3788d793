import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  createScoreSheetSchema,
  getCommentFieldName,
  getScoreFieldName,
  saveScoreSheetRequestSchema,
  toScoreSheetFormValues,
  type RubricCriterion,
} from "@/lib/validation/score-sheet";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { validation as frValidation } from "@/messages/server/fr";

const RUBRIC: RubricCriterion[] = [
  { id: 11, position: 1, title: "Prevention", scaleMin: 1, scaleMax: 10 },
  { id: 12, position: 2, title: "Evaluation", scaleMin: 0, scaleMax: 5, isCommentRequired: true },
  { id: 13, position: 3, title: "Innovation", scaleMin: 1, scaleMax: 10 },
];

function complete(overrides: Record<string, string | number> = {}) {
  return {
    overallComment: "  Fine work.  ",
    [getScoreFieldName(11)]: "7",
    [getCommentFieldName(11)]: "",
    [getScoreFieldName(12)]: 3,
    [getCommentFieldName(12)]: "Evaluated externally.",
    [getScoreFieldName(13)]: "10",
    ...overrides,
  };
}

function fieldErrorsOf(result: { success: boolean; error?: z.ZodError }) {
  return result.error ? (z.flattenError(result.error).fieldErrors as Record<string, string[]>) : {};
}

describe("createScoreSheetSchema", () => {
  it("turns a complete submission into one entry per criterion, in rubric order, with text trimmed", () => {
    const result = createScoreSheetSchema(RUBRIC, "submit").parse(complete());
    expect(result).toEqual({
      overallComment: "Fine work.",
      scores: [
        { criterionId: 11, value: 7, comment: "" },
        { criterionId: 12, value: 3, comment: "Evaluated externally." },
        { criterionId: 13, value: 10, comment: "" },
      ],
    });
  });

  it("refuses a submission with an unscored criterion, naming that criterion only", () => {
    const result = createScoreSheetSchema(RUBRIC, "submit").safeParse(complete({ [getScoreFieldName(13)]: "" }));
    expect(fieldErrorsOf(result)).toEqual({ [getScoreFieldName(13)]: ["Innovation: choose a score from 1 to 10 before submitting."] });
  });

  it("says each field's error in French with the criterion's title and scale, as a French juror reads it", () => {
    const result = createScoreSheetSchema(RUBRIC, "submit").safeParse(complete({ [getScoreFieldName(11)]: "11", [getScoreFieldName(13)]: "", [getCommentFieldName(12)]: "" }));
    expect(toFieldErrors(result.error!, frValidation)).toEqual({
      [getScoreFieldName(11)]: ["Prevention : la note doit être un nombre entier de 1 à 10."],
      [getCommentFieldName(12)]: ["Evaluation : un commentaire est obligatoire pour ce critère."],
      [getScoreFieldName(13)]: ["Innovation : choisissez une note de 1 à 10 avant de soumettre."],
    });
  });

  it("reports every missing criterion at once", () => {
    const result = createScoreSheetSchema(RUBRIC, "submit").safeParse({ overallComment: "" });
    expect(Object.keys(fieldErrorsOf(result)).sort()).toEqual(
      [getScoreFieldName(11), getScoreFieldName(12), getScoreFieldName(13), getCommentFieldName(12)].sort(),
    );
  });

  it("accepts a draft with unscored criteria as null values", () => {
    const result = createScoreSheetSchema(RUBRIC, "draft").parse({ [getScoreFieldName(12)]: "0" });
    expect(result.scores.map((s) => s.value)).toEqual([null, 0, null]);
    expect(result.overallComment).toBe("");
  });

  it.each([
    ["above the scale", "11"],
    ["below the scale", "0"],
    ["a fraction", "6.5"],
    ["not a number", "seven"],
  ])("refuses a score %s with the criterion's own message, in drafts too", (_case, value) => {
    for (const intent of ["draft", "submit"] as const) {
      const result = createScoreSheetSchema(RUBRIC, intent).safeParse(complete({ [getScoreFieldName(11)]: value }));
      expect(fieldErrorsOf(result)[getScoreFieldName(11)]).toEqual(["Prevention: the score must be a whole number from 1 to 10."]);
    }
  });

  it("uses each criterion's own scale", () => {
    const schema = createScoreSheetSchema(RUBRIC, "submit");
    expect(schema.safeParse(complete({ [getScoreFieldName(12)]: "0" })).success).toBe(true);
    expect(fieldErrorsOf(schema.safeParse(complete({ [getScoreFieldName(12)]: "6" })))[getScoreFieldName(12)]).toEqual([
      "Evaluation: the score must be a whole number from 0 to 5.",
    ]);
  });

  it("requires a comment only where the rubric says so, and only on submission", () => {
    const values = complete({ [getCommentFieldName(12)]: "   " });
    expect(fieldErrorsOf(createScoreSheetSchema(RUBRIC, "submit").safeParse(values))).toEqual({
      [getCommentFieldName(12)]: ["Evaluation: a comment is required for this criterion."],
    });
    expect(createScoreSheetSchema(RUBRIC, "draft").safeParse(values).success).toBe(true);
  });

  it("limits comment lengths", () => {
    const result = createScoreSheetSchema(RUBRIC, "draft").safeParse({
      overallComment: "x".repeat(5001),
      [getCommentFieldName(11)]: "y".repeat(2001),
    });
    expect(Object.keys(fieldErrorsOf(result)).sort()).toEqual(["overallComment", getCommentFieldName(11)].sort());
  });

  it("accepts every integer within any scale and refuses every integer outside it", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: -50, max: 50 }), (min, width, value) => {
        const criterion = { id: 1, position: 1, title: "C", scaleMin: min, scaleMax: min + width };
        const result = createScoreSheetSchema([criterion], "submit").safeParse({ [getScoreFieldName(1)]: String(value) });
        expect(result.success).toBe(value >= min && value <= min + width);
      }),
    );
  });

  it("round-trips stored values through the form representation", () => {
    const parsed = createScoreSheetSchema(RUBRIC, "submit").parse(complete());
    expect(createScoreSheetSchema(RUBRIC, "submit").parse(toScoreSheetFormValues(parsed))).toEqual(parsed);
  });
});

describe("saveScoreSheetRequestSchema", () => {
  it("keeps the rubric fields for the server's own check and refuses a bad envelope", () => {
    const nominationId = "6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
    const parsed = saveScoreSheetRequestSchema.parse({ nominationId, version: "2", intent: "submit", score_11: "7" });
    expect(parsed).toMatchObject({ nominationId, version: 2, intent: "submit", score_11: "7" });
    expect(saveScoreSheetRequestSchema.safeParse({ nominationId: "x", version: 1, intent: "submit" }).success).toBe(false);
    expect(saveScoreSheetRequestSchema.safeParse({ nominationId, version: -1, intent: "submit" }).success).toBe(false);
    expect(saveScoreSheetRequestSchema.safeParse({ nominationId, version: 1, intent: "publish" }).success).toBe(false);
  });
});
