import { useTranslations } from "next-intl";
import type { OwnScoreSheet, RubricRow } from "@/lib/scoring/queries";
import { SheetTotal } from "./sheet-total";

/** The juror's own scores, read-only: after submission, or once scoring has closed. */
export function SubmittedScores({ rubric, sheet }: { rubric: RubricRow[]; sheet: OwnScoreSheet }) {
  const t = useTranslations("scoreSheet.submitted");
  const byCriterion = new Map(sheet.scores.map((score) => [score.criterionId, score]));
  const scores = Object.fromEntries(sheet.scores.flatMap((score) => (score.value === null ? [] : [[score.criterionId, score.value]])));
  return (
    <div className="space-y-4">
      <SheetTotal criteria={rubric} scores={scores} />
      <ol className="space-y-3">
        {rubric.map((criterion) => {
          const score = byCriterion.get(criterion.id);
          return (
            <li key={criterion.id} className="rounded-md border border-slate-200 p-3">
              <p className="font-semibold text-slate-900">
                {criterion.position}. {criterion.title}
              </p>
              <p className="mt-1 text-sm">
                {t("score")}{" "}
                <span className="font-semibold">{score?.value ?? t("notScored")}</span>{" "}
                <span className="text-slate-600">{t("scale", { min: criterion.scaleMin, max: criterion.scaleMax })}</span>
              </p>
              {score?.comment && <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{score.comment}</p>}
            </li>
          );
        })}
      </ol>
      <div>
        <p className="font-semibold text-slate-900">{t("overall")}</p>
        <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{sheet.overallComment || t("none")}</p>
      </div>
    </div>
  );
}
