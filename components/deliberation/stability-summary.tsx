import { BASIS_LABELS } from "@/lib/domain/ranking-labels";
import type { RankingBasis, TopPlace } from "@/lib/domain/ranking-result";
import type { SummaryStability } from "@/lib/results/ranking-summary";
import type { DeliberationModel } from "./view-model";

function describeTop(top: readonly TopPlace[], model: DeliberationModel): string {
  if (top.length === 0) return "nothing ranked";
  return top.map((p) => `${p.place}. ${model.names.get(p.nominationId)?.countryName ?? "?"}`).join(", ");
}

function StabilityItem({ basis, report, model }: { basis: RankingBasis; report: SummaryStability; model: DeliberationModel }) {
  const label = `${BASIS_LABELS[basis]} ranking`;
  if (report.topPlaces === 0) return <li>{label}: nothing is ranked yet.</li>;
  if (report.isStable) {
    return (
      <li>
        <span className="font-semibold">{label}: stable.</span> Leaving out any one of the {report.jurorsChecked} jurors keeps the
        top {report.topPlaces} ({describeTop(report.top, model)}).
      </li>
    );
  }
  return (
    <li>
      <span className="font-semibold text-amber-900">{label}: sensitive to single jurors.</span> The top {report.topPlaces} (
      {describeTop(report.top, model)}) change without:
      <ul className="mt-1 list-disc pl-6">
        {report.changes.map((change) => (
          <li key={change.jurorId}>
            {change.jurorName}: {describeTop(change.topWithout, model)}
          </li>
        ))}
        {report.changeCount > report.changes.length && (
          <li>and {(report.changeCount - report.changes.length).toLocaleString("en-GB")} more jurors.</li>
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
