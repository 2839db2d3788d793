import { useTranslations } from "next-intl";
import { formatScore } from "@/components/admin/format";
import { getWeightedScore, type RankingCriterion } from "@/lib/domain/ranking";

/**
 * The juror's total for the dossier: the weighted mean the ranking counts for this sheet (the ranking's own
 * getWeightedScore), or how many criteria are still to score.
 */
export function SheetTotal({ criteria, scores }: { criteria: readonly RankingCriterion[]; scores: Readonly<Record<number, number>> }) {
  const t = useTranslations("scoreSheet.total");
  const total = getWeightedScore(scores, criteria);
  const scoredCount = criteria.filter((criterion) => scores[criterion.id] !== undefined).length;
  const isWeighted = new Set(criteria.map((criterion) => criterion.weight)).size > 1;
  return (
    <p data-testid="sheet-total" className="text-sm text-slate-900">
      <span className="font-semibold">{t("label")}</span>{" "}
      {total === undefined ? (
        <span className="text-slate-600">{t("pending", { scored: scoredCount, total: criteria.length })}</span>
      ) : (
        <>
          <span className="font-semibold tabular-nums">{formatScore(total)}</span>{" "}
          <span className="text-slate-600">{t(isWeighted ? "weighted" : "mean")}</span>
        </>
      )}
    </p>
  );
}
