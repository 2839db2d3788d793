"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import {
  CRITERION_COMMENT_MAX,
  OVERALL_COMMENT_MAX,
  getCommentFieldName,
  getScoreFieldName,
  type RubricCriterion,
  type ScoreSheetFormValues,
} from "@/lib/validation/score-sheet";

type FormProps = {
  register: UseFormRegister<ScoreSheetFormValues>;
  errors: FieldErrors<ScoreSheetFormValues>;
};

function errorProps(id: string, message: string | undefined, hintId?: string) {
  const describedBy = [hintId, message ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": message ? true : undefined, "aria-describedby": describedBy || undefined };
}

function getScaleValues(criterion: RubricCriterion): number[] {
  return Array.from({ length: criterion.scaleMax - criterion.scaleMin + 1 }, (_, i) => criterion.scaleMin + i);
}

/** One criterion: its guidance, a labelled score select with the scale's integers, and a comment. */
export function CriterionScoreFields({
  criterion,
  hasWeights,
  register,
  errors,
}: FormProps & { criterion: RubricCriterion & { guidance: string; weight: number }; hasWeights: boolean }) {
  const t = useTranslations("scoreSheet");
  const scoreName = getScoreFieldName(criterion.id);
  const commentName = getCommentFieldName(criterion.id);
  const scoreId = `score-${criterion.id}`;
  const commentId = `comment-${criterion.id}`;
  const scoreError = errors[scoreName]?.message;
  const commentError = errors[commentName]?.message;
  const guidanceId = criterion.guidance ? `criterion-${criterion.id}-guidance` : undefined;
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 font-semibold text-slate-900">
        {criterion.position}. {criterion.title}
      </legend>
      {guidanceId && (
        <p id={guidanceId} className="text-sm text-slate-600">
          {criterion.guidance}
        </p>
      )}
      {hasWeights && <p className="text-xs text-slate-600">{t("weight", { weight: criterion.weight })}</p>}
      <Field id={scoreId} label={t("scoreLabel", { position: criterion.position, min: criterion.scaleMin, max: criterion.scaleMax })} errors={scoreError ? [scoreError] : undefined}>
        <select
          id={scoreId}
          className={`${INPUT_CLASS} sm:w-48`}
          {...errorProps(scoreId, scoreError, guidanceId)}
          {...register(scoreName)}
        >
          <option value="">{t("notScoredYet")}</option>
          {getScaleValues(criterion).map((value) => (
            <option key={value} value={String(value)}>
              {value}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={commentId}
        label={t(criterion.isCommentRequired ? "commentLabelRequired" : "commentLabelOptional", { position: criterion.position })}
        errors={commentError ? [commentError] : undefined}
      >
        <textarea
          id={commentId}
          rows={3}
          maxLength={CRITERION_COMMENT_MAX}
          className={INPUT_CLASS}
          {...errorProps(commentId, commentError)}
          {...register(commentName)}
        />
      </Field>
    </fieldset>
  );
}

export function OverallCommentField({ register, errors }: FormProps) {
  const t = useTranslations("scoreSheet");
  const message = errors.overallComment?.message;
  return (
    <Field id="overall-comment" label={t("overallCommentLabel")} errors={message ? [message] : undefined}>
      <textarea
        id="overall-comment"
        rows={4}
        maxLength={OVERALL_COMMENT_MAX}
        className={INPUT_CLASS}
        {...errorProps("overall-comment", message)}
        {...register("overallComment")}
      />
    </Field>
  );
}
