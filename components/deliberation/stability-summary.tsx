import { useFormatter, useTranslations } from "next-intl";
import type { RankingBasis, TopPlace } from "@/lib/domain/ranking-result";
import type { SummaryStability } from "@/lib/results/ranking-summary";
import { useRankingWords } from "./ranking-words";
import type { DeliberationModel } from "./view-model";

function describeTop(top: readonly TopPlace[], model: DeliberationModel, nothing: string): string {
  if (top.length === 0) return nothing;
  return top.map((p) => `${p.place}. ${model.names.get(p.nominationId)?.countryName ?? "?"}`).join(", ");
}

function StabilityItem({ basis, report, model }: { basis: RankingBasis; report: SummaryStability; model: DeliberationModel }) {
  const t = useTranslations("deliberation.stability");
  const format = useFormatter();
  const words = useRankingWords();
  const label = t("label", { basis: words.basis(basis) });
  const nothing = t("nothingRanked");
  if (report.topPlaces === 0) return <li>{t("nothingYet", { label })}</li>;
  if (report.isStable) {
    return (
      <li>
        <span className="font-semibold">{t("stable", { label })}</span>{" "}
        {t("stableBody", { jurors: report.jurorsChecked, top: report.topPlaces, places: describeTop(report.top, model, nothing) })}
      </li>
    );
  }
  return (
    <li>
      <span className="font-semibold text-amber-900">{t("sensitive", { label })}</span>{" "}
      {t("sensitiveBody", { top: report.topPlaces, places: describeTop(report.top, model, nothing) })}
      <ul className="mt-1 list-disc pl-6">
        {report.changes.map((change) => (
          <li key={change.jurorId}>
            {change.jurorName}: {describeTop(change.topWithout, model, nothing)}
          </li>
        ))}
        {report.changeCount > report.changes.length && (
          <li>{t("moreJurors", { count: report.changeCount - report.changes.length, formatted: format.number(report.changeCount - report.changes.length) })}</li>
        )}
      </ul>
    </li>
  );
}

/** Whether the awarded places hold when any single juror is left out, in both rankings. */
export function StabilitySummary({ stability, model }: { stability: Record<RankingBasis, SummaryStability>; model: DeliberationModel }) {
  return (
    <ul className="space-y-3 text-sm">
      <StabilityItem basis={model.officialBasis} report={stability[model.officialBasis]} model={model} />
      {(["raw", "normalised"] as const)
        .filter((basis) => basis !== model.officialBasis)
        .map((basis) => (
          <StabilityItem key={basis} basis={basis} report={stability[basis]} model={model} />
        ))}
    </ul>
  );
}
