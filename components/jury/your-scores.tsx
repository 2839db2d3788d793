import { useLocale, useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { OwnScoreSheet, RubricRow } from "@/lib/scoring/queries";
import { formatDeadline } from "@/lib/domain/deadline";
import { toScoreSheetFormValues } from "@/lib/validation/score-sheet";
import { ReopenSheetButton } from "./reopen-sheet-button";
import { ScoreSheetForm } from "./score-sheet-form";
import { SubmittedScores } from "./submitted-scores";

function toFormDefaults(rubric: RubricRow[], sheet: OwnScoreSheet | undefined): Record<string, string> {
  const byCriterion = new Map(sheet?.scores.map((score) => [score.criterionId, score]));
  return toScoreSheetFormValues({
    overallComment: sheet?.overallComment ?? "",
    scores: rubric.map((criterion) => ({
      criterionId: criterion.id,
      value: byCriterion.get(criterion.id)?.value ?? null,
      comment: byCriterion.get(criterion.id)?.comment ?? "",
    })),
  });
}

/**
 * The juror's own sheet for the dossier: the rubric form while scoring is open, the submitted scores with
 * "Edit again" until the deadline, and a read-only view once scoring has closed.
 */
export function YourScores({
  jurorId,
  nominationId,
  rubric,
  sheet,
  canScore,
  timeZone,
}: {
  jurorId: number;
  nominationId: string;
  rubric: RubricRow[];
  sheet: OwnScoreSheet | undefined;
  /** Scoring is open for this juror: jury phase, jury not closed, before the deadline by the database clock. */
  canScore: boolean;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
}) {
  const t = useTranslations("scoreSheet.yours");
  const locale = useLocale();
  const isSubmitted = sheet?.state === "submitted";
  return (
    <>
      <h2 className="mb-1 text-xl font-bold text-slate-900">{t(isSubmitted ? "titleSubmitted" : "title")}</h2>
      <p className="mb-4 text-sm text-slate-600">{t("onlyYou")}</p>
      {sheet?.isExcluded && (
        <div className="mb-4">
          <Notice tone="error">{t("excluded", { reason: sheet.exclusionReason ?? "" })}</Notice>
        </div>
      )}
      {isSubmitted && sheet ? (
        <div className="space-y-4">
          <Notice tone="success">
            {sheet.submittedAt ? t("submittedAt", { time: formatDeadline(sheet.submittedAt, timeZone, locale) }) : t("submitted")}
          </Notice>
          <SubmittedScores rubric={rubric} sheet={sheet} />
          {canScore && <ReopenSheetButton nominationId={nominationId} version={sheet.version} />}
        </div>
      ) : canScore ? (
        <ScoreSheetForm jurorId={jurorId} nominationId={nominationId} initialVersion={sheet?.version ?? 0} rubric={rubric} defaultValues={toFormDefaults(rubric, sheet)} timeZone={timeZone} />
      ) : (
        <div className="space-y-4">
          <Notice tone="error">{t(sheet ? "closedWithDraft" : "closed")}</Notice>
          {sheet && <SubmittedScores rubric={rubric} sheet={sheet} />}
        </div>
      )}
    </>
  );
}
