import { z } from "zod";
import { issueText, msg, text } from "../i18n/server-text";
import { multiLineText } from "./text";

export const CRITERION_COMMENT_MAX = 2000;
export const OVERALL_COMMENT_MAX = 5000;

/** The parts of a rubric criterion that the score form and its check need. */
export interface RubricCriterion {
  id: number;
  position: number;
  title: string;
  scaleMin: number;
  scaleMax: number;
  isCommentRequired?: boolean;
}

/** A draft may leave criteria unscored; a submission must score every one. */
export type ScoreSheetIntent = "draft" | "submit";

/** The form's raw values: selects and textareas send strings, tests and API callers may send numbers. */
export type ScoreSheetFormValues = Record<string, string | number | null | undefined>;

/** A checked score sheet, one entry per criterion of the rubric, in rubric order. */
export interface ScoreSheetValues {
  overallComment: string;
  scores: { criterionId: number; value: number | null; comment: string }[];
}

// Flat field names (no dots) so react-hook-form and z.flattenError address each field directly.
export function getScoreFieldName(criterionId: number): string {
  return `score_${criterionId}`;
}

export function getCommentFieldName(criterionId: number): string {
  return `comment_${criterionId}`;
}

function toOptionalNumber(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : Number(trimmed);
}

function toText(value: unknown): unknown {
  return value === undefined || value === null ? "" : value;
}

function createScoreField(criterion: RubricCriterion, intent: ScoreSheetIntent) {
  const values = { criterion: criterion.title, min: criterion.scaleMin, max: criterion.scaleMax };
  // Custom issues, so the criterion's title and scale ride along as values and the message can be translated.
  const outOfScale = issueText(text("{criterion}: the score must be a whole number from {min} to {max}.", values));
  const missing = issueText(text("{criterion}: choose a score from {min} to {max} before submitting.", values));
  const value = z.unknown().transform((input, ctx): number | undefined => {
    if (input === undefined) {
      if (intent === "submit") ctx.addIssue({ code: "custom", ...missing });
      return undefined;
    }
    const isInScale = typeof input === "number" && Number.isInteger(input) && input >= criterion.scaleMin && input <= criterion.scaleMax;
    if (!isInScale) ctx.addIssue({ code: "custom", ...outOfScale });
    return typeof input === "number" ? input : undefined;
  });
  return z.preprocess(toOptionalNumber, value);
}

function createCommentField(criterion: RubricCriterion, intent: ScoreSheetIntent) {
  const isRequired = intent === "submit" && criterion.isCommentRequired === true;
  const comment = multiLineText().superRefine((value, ctx) => {
    if (value.length > CRITERION_COMMENT_MAX) {
      ctx.addIssue({ code: "custom", ...issueText(text("{criterion}: keep the comment under {max} characters.", { criterion: criterion.title, max: CRITERION_COMMENT_MAX })) });
    } else if (isRequired && value === "") {
      ctx.addIssue({ code: "custom", ...issueText(text("{criterion}: a comment is required for this criterion.", { criterion: criterion.title })) });
    }
  });
  return z.preprocess(toText, comment);
}

/**
 * The score sheet's schema, built from the edition's rubric: one score and one comment field per criterion
 * plus an overall comment. Shared by the form (zodResolver) and the server, which rebuilds it from the
 * database's rubric so a browser cannot widen a scale.
 */
export function createScoreSheetSchema(
  criteria: readonly RubricCriterion[],
  intent: ScoreSheetIntent = "submit",
): z.ZodType<ScoreSheetValues, ScoreSheetFormValues> {
  const shape: Record<string, z.ZodType> = {
    // The message writes OVERALL_COMMENT_MAX out: a plain template, translated as it stands.
    overallComment: z.preprocess(
      toText,
      multiLineText({ max: OVERALL_COMMENT_MAX, tooLong: msg("Keep the overall comment under 5000 characters.") }),
    ),
  };
  for (const criterion of criteria) {
    shape[getScoreFieldName(criterion.id)] = createScoreField(criterion, intent);
    shape[getCommentFieldName(criterion.id)] = createCommentField(criterion, intent);
  }
  const schema = z.object(shape).transform(
    (raw): ScoreSheetValues => ({
      overallComment: raw.overallComment as string,
      scores: criteria.map((criterion) => ({
        criterionId: criterion.id,
        value: (raw[getScoreFieldName(criterion.id)] as number | undefined) ?? null,
        comment: raw[getCommentFieldName(criterion.id)] as string,
      })),
    }),
  );
  return schema as unknown as z.ZodType<ScoreSheetValues, ScoreSheetFormValues>;
}

/** Turns stored scores back into form values (the inverse of the schema's output). */
export function toScoreSheetFormValues(values: ScoreSheetValues): Record<string, string> {
  const form: Record<string, string> = { overallComment: values.overallComment };
  for (const score of values.scores) {
    form[getScoreFieldName(score.criterionId)] = score.value === null ? "" : String(score.value);
    form[getCommentFieldName(score.criterionId)] = score.comment;
  }
  return form;
}

/**
 * The scores a form holds now (criterion id → score), leaving out unscored and malformed ones, for the
 * running total; the schema, not this, decides what is saved.
 */
export function readFormScores(criteria: readonly Pick<RubricCriterion, "id">[], values: ScoreSheetFormValues): Record<number, number> {
  const scores: Record<number, number> = {};
  for (const criterion of criteria) {
    const value = toOptionalNumber(values[getScoreFieldName(criterion.id)]);
    if (typeof value === "number" && Number.isFinite(value)) scores[criterion.id] = value;
  }
  return scores;
}

/** The envelope of a save or submit request; the rubric-specific fields ride along and are checked later. */
export const saveScoreSheetRequestSchema = z.looseObject({
  nominationId: z.guid({ error: msg("This dossier link is not valid.") }),
  // 0 means "no sheet yet"; otherwise the version the juror's form was loaded with.
  version: z.coerce.number().int().min(0),
  intent: z.enum(["draft", "submit"]),
});

export const reopenScoreSheetRequestSchema = z.object({
  nominationId: z.guid({ error: msg("This dossier link is not valid.") }),
  version: z.coerce.number().int().min(1),
});
