import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/actions/result";
import { addJuryMemberSchema, votingCapSchema } from "@/lib/validation/jury-member";
import { addCriterionSchema, criterionFieldsSchema, moveCriterionSchema } from "@/lib/validation/rubric";
import { setPasswordSchema } from "@/lib/validation/set-password";
import type { z } from "zod";

/** Every field's messages for an input, or {} when it passes. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  return result.success ? {} : toFieldErrors(result.error);
}

const CRITERION = { title: "Innovative", guidance: "New methods.", weight: "1", scaleMin: "1", scaleMax: "10", isCommentRequired: false };
const VERSION = "a".repeat(64);

describe("criterion fields", () => {
  it("accepts the form's strings and turns them into numbers", () => {
    expect(criterionFieldsSchema.parse({ ...CRITERION, weight: "1.25", title: "  Innovative  " })).toEqual({
      title: "Innovative",
      guidance: "New methods.",
      weight: 1.25,
      scaleMin: 1,
      scaleMax: 10,
      isCommentRequired: false,
    });
  });

  it.each([
    [{ title: "   " }, "title", "Give the criterion a title."],
    [{ weight: "0" }, "weight", "The weight must be greater than 0."],
    [{ weight: "-2" }, "weight", "The weight must be greater than 0."],
    [{ weight: "" }, "weight", "Enter a weight."],
    [{ weight: "heavy" }, "weight", "The weight must be a number, e.g. 1 or 1.5."],
    [{ weight: "1000" }, "weight", "The weight must be at most 999.999."],
    [{ weight: "1.2345" }, "weight", "Use at most three decimals for the weight."],
    [{ scaleMin: "1.5" }, "scaleMin", "The lowest score must be a whole number."],
    [{ scaleMax: "9.5" }, "scaleMax", "The highest score must be a whole number."],
    [{ scaleMin: "" }, "scaleMin", "Enter the lowest score."],
    [{ scaleMin: "-1" }, "scaleMin", "The lowest score must be between 0 and 100."],
    [{ scaleMax: "101" }, "scaleMax", "The highest score must be between 1 and 100."],
    [{ scaleMin: "10", scaleMax: "10" }, "scaleMax", "The highest score must be above the lowest score."],
    [{ scaleMin: "7", scaleMax: "3" }, "scaleMax", "The highest score must be above the lowest score."],
  ])("refuses %o with a message on %s", (change, field, message) => {
    expect(errorsOf(criterionFieldsSchema, { ...CRITERION, ...change })[field]).toEqual([message]);
  });

  it("reports every wrong field at once", () => {
    const errors = errorsOf(criterionFieldsSchema, { ...CRITERION, title: "", weight: "0", scaleMin: "x" });
    expect(Object.keys(errors).sort()).toEqual(["scaleMin", "title", "weight"]);
  });

  it("reads a form checkbox as a boolean", () => {
    expect(criterionFieldsSchema.parse({ ...CRITERION, isCommentRequired: "on" }).isCommentRequired).toBe(true);
    expect(criterionFieldsSchema.parse({ ...CRITERION, isCommentRequired: undefined }).isCommentRequired).toBe(false);
    expect(criterionFieldsSchema.parse({ ...CRITERION, isCommentRequired: "false" }).isCommentRequired).toBe(false);
  });
});

describe("rubric actions", () => {
  it("needs the rubric version the form was drawn from, flat beside the fields", () => {
    expect(addCriterionSchema.parse({ ...CRITERION, editionId: "3", rubricVersion: VERSION })).toMatchObject({ editionId: 3, weight: 1 });
    expect(errorsOf(addCriterionSchema, { ...CRITERION, editionId: 3 })).toHaveProperty("rubricVersion");
    expect(errorsOf(addCriterionSchema, { ...CRITERION, editionId: 3, rubricVersion: VERSION, weight: "0" })).toEqual({
      weight: ["The weight must be greater than 0."],
    });
  });

  it("moves only up or down", () => {
    const move = { editionId: 1, rubricVersion: VERSION, criterionId: 2 };
    expect(moveCriterionSchema.safeParse({ ...move, direction: "up" }).success).toBe(true);
    expect(moveCriterionSchema.safeParse({ ...move, direction: "sideways" }).success).toBe(false);
  });
});

describe("jury member", () => {
  const MEMBER = { editionId: 1, email: " Ada@Example.ORG ", name: "Ada", countryCode: "pt", role: "expert", isChair: false };

  it("normalises the email and the country code", () => {
    expect(addJuryMemberSchema.parse(MEMBER)).toMatchObject({ email: "ada@example.org", countryCode: "PT", role: "expert" });
  });

  it("requires a valid email, a country and a role; the name may be empty for an existing account", () => {
    expect(errorsOf(addJuryMemberSchema, { ...MEMBER, name: "" })).toEqual({});
    expect(errorsOf(addJuryMemberSchema, { ...MEMBER, email: "ada" })).toEqual({ email: ["Enter a valid email address, e.g. name@example.org."] });
    expect(errorsOf(addJuryMemberSchema, { ...MEMBER, countryCode: "" })).toEqual({ countryCode: ["Choose the juror's country."] });
    expect(errorsOf(addJuryMemberSchema, { ...MEMBER, role: "" })).toEqual({ role: ["Choose voting member or non-voting expert."] });
  });

  it.each([["0"], ["21"], ["2.5"], [""], ["eight"]])("refuses a voting cap of %j", (value) => {
    expect(errorsOf(votingCapSchema, { editionId: 1, maxVotingJurors: value })).toEqual({
      maxVotingJurors: ["The cap must be a whole number from 1 to 20."],
    });
  });

  it("accepts a voting cap from 1 to 20", () => {
    expect(votingCapSchema.parse({ editionId: 1, maxVotingJurors: "1" }).maxVotingJurors).toBe(1);
    expect(votingCapSchema.parse({ editionId: 1, maxVotingJurors: "20" }).maxVotingJurors).toBe(20);
  });
});

describe("set password", () => {
  const VALUES = { token: "t".repeat(43), password: "twelve chars", confirmPassword: "twelve chars" };

  it("accepts twelve characters confirmed", () => {
    expect(setPasswordSchema.safeParse(VALUES).success).toBe(true);
  });

  it("refuses a short password and a confirmation that differs", () => {
    expect(errorsOf(setPasswordSchema, { ...VALUES, password: "eleven char", confirmPassword: "eleven char" })).toEqual({
      password: ["Use at least 12 characters."],
    });
    expect(errorsOf(setPasswordSchema, { ...VALUES, confirmPassword: "twelve chars!" })).toEqual({
      confirmPassword: ["The two passwords do not match."],
    });
  });
});
