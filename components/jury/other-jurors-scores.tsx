import { useTranslations } from "next-intl";
import type { ScoreVisibility } from "@/db/schema";
import type { OtherSheet } from "@/lib/scoring/other-sheets";
import type { RubricRow } from "@/lib/scoring/queries";

/**
 * What the juror may see of the other jurors' scores: nothing until the jury is closed, then what the
 * edition's setting allows (the rows come from listOtherSheetsForJuror, which applies every rule).
 */
export function OtherJurorsScores({
  isJuryClosed,
  scoreVisibility,
  rubric,
  sheets,
}: {
  isJuryClosed: boolean;
  scoreVisibility: ScoreVisibility;
  rubric: RubricRow[];
  sheets: OtherSheet[];
}) {
  const t = useTranslations("scoreSheet.others");
  if (!isJuryClosed) {
    return <p className="text-sm text-slate-600">{t("hidden")}</p>;
  }
  if (scoreVisibility === "own_only") {
    return <p className="text-sm text-slate-600">{t("ownOnly")}</p>;
  }
  if (sheets.length === 0) {
    return <p className="text-sm text-slate-600">{t("none")}</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm text-slate-600">
          {t(scoreVisibility === "named" ? "captionNamed" : "captionAnonymous")}
        </caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">{t("juror")}</th>
            {rubric.map((criterion) => (
              <th key={criterion.id} scope="col" className="py-2 pr-4 font-semibold">
                {t("criterion", { position: criterion.position })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheets.map((sheet) => {
            const byCriterion = new Map(sheet.scores.map((score) => [score.criterionId, score.value]));
            return (
              <tr key={sheet.label} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {sheet.name ?? t("jurorLetter", { letter: sheet.letter })}
                </th>
                {rubric.map((criterion) => (
                  <td key={criterion.id} className="py-2 pr-4 tabular-nums">
                    {byCriterion.get(criterion.id) ?? "–"}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
