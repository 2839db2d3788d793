import { z } from "zod";
import { msg } from "../i18n/server-text";
import { multiLineText, singleLineText } from "./text";

/** The most criteria a rubric may hold: enough for any award, few enough for a juror to score. */
export const MAX_CRITERIA = 10;
/** The widest scale offered; the default is 1–10. */
export const SCALE_LIMIT = 100;
/** numeric(6, 3) in the database: at most 999.999, three decimals. */
export const MAX_WEIGHT = 999.999;

/** A number typed into a form: blank means missing, anything else must read as a number. */
function numberInput(missing: string, notNumber: string) {
  return z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
    z.number({ error: (issue) => (issue.input === undefined ? missing : notNumber) }),
  );
}

/** A checkbox: true from a form's "on", a JSON true or "true"; anything else is false. */
export const checkboxInput = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const criterionShape = {
  title: singleLineText({ required: msg("Give the criterion a title."), max: 200, tooLong: msg("Keep the title under 200 characters.") }),
  guidance: multiLineText({ max: 2000, tooLong: msg("Keep the guidance under 2,000 characters.") }),
  weight: numberInput(msg("Enter a weight."), msg("The weight must be a number, e.g. 1 or 1.5."))
    .refine((w) => w > 0, msg("The weight must be greater than 0."))
    .refine((w) => w <= MAX_WEIGHT, msg("The weight must be at most 999.999."))
    .refine((w) => Math.round(w * 1000) / 1000 === w, msg("Use at most three decimals for the weight.")),
  scaleMin: numberInput(msg("Enter the lowest score."), msg("The lowest score must be a whole number."))
    .refine(Number.isInteger, msg("The lowest score must be a whole number."))
    .refine((n) => n >= 0 && n <= SCALE_LIMIT, msg("The lowest score must be between 0 and 100.")),
  scaleMax: numberInput(msg("Enter the highest score."), msg("The highest score must be a whole number."))
    .refine(Number.isInteger, msg("The highest score must be a whole number."))
    .refine((n) => n >= 1 && n <= SCALE_LIMIT, msg("The highest score must be between 1 and 100.")),
  isCommentRequired: checkboxInput,
};

/** Adds the rule across two fields, reported on the highest score so the form shows it there. */
function withScaleOrder<T extends z.ZodType<{ scaleMin: number; scaleMax: number }>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    if (value.scaleMin >= value.scaleMax) {
      ctx.addIssue({ code: "custom", path: ["scaleMax"], message: msg("The highest score must be above the lowest score.") });
    }
  });
}

/** The fields of one criterion, as the add and edit forms check them. */
export const criterionFieldsSchema = withScaleOrder(z.object(criterionShape));

/** Which rubric the admin saw: every write is refused when the rubric changed since (optimistic concurrency). */
const rubricTarget = {
  editionId: z.coerce.number().int().positive(),
  rubricVersion: z.string().regex(/^[0-9a-f]{64}$/, msg("Reload the page: the rubric's version is missing.")),
};

const criterionId = z.coerce.number().int().positive();

// The actions' schemas are flat, so every field error maps onto the form field of the same name.
export const addCriterionSchema = withScaleOrder(z.object({ ...rubricTarget, ...criterionShape }));
export const updateCriterionSchema = withScaleOrder(z.object({ ...rubricTarget, criterionId, ...criterionShape }));
export const removeCriterionSchema = z.object({ ...rubricTarget, criterionId });
export const moveCriterionSchema = z.object({ ...rubricTarget, criterionId, direction: z.enum(["up", "down"]) });

export type CriterionFieldsInput = z.input<typeof criterionFieldsSchema>;
export type CriterionFields = z.output<typeof criterionFieldsSchema>;
export type AddCriterionInput = z.input<typeof addCriterionSchema>;
export type UpdateCriterionInput = z.input<typeof updateCriterionSchema>;
export type RemoveCriterionInput = z.input<typeof removeCriterionSchema>;
export type MoveCriterionInput = z.input<typeof moveCriterionSchema>;
