import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatScore } from "@/components/admin/format";
import { formatEditionMoment } from "@/lib/format/edition-time";
import type { listTieDecisions } from "@/lib/results/tie-decisions";
import type { RankingSummary, SummaryTie } from "@/lib/results/ranking-summary";
import { TieDecisionForm, type TieDecisionFormProps } from "./tie-decision-form";
import { useRankingWords } from "./ranking-words";
import type { DeliberationModel } from "./view-model";

type Decisions = Awaited<ReturnType<typeof listTieDecisions>>;

function describeDossiers(ids: readonly string[], model: DeliberationModel, unranked: string): string {
  return ids.map((id) => model.names.get(id)?.countryName ?? unranked).join(", ");
}

function OpenTieItem({ tie, model, editionId, action }: { tie: SummaryTie; model: DeliberationModel; editionId: number; action?: TieDecisionFormProps["action"] }) {
  const t = useTranslations("deliberation.ties");
  const words = useRankingWords();
  // The options follow the order shown now: the chair's earlier decision if there is one.
  const options = tie.orderedNominationIds.map((id) => {
    const name = model.names.get(id);
    return { id, label: name ? `${name.countryName} — ${name.title}` : id };
  });
  return (
    <li className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <p className="font-semibold">
        {t("tieAt", { place: tie.place, dossiers: describeDossiers(tie.nominationIds, model, t("unranked")), score: formatScore(tie.score) })}
      </p>
      <p className="text-sm">
        {tie.decidedBy?.by === "chair"
          ? t("decidedBy", { decider: words.describeDecider(model.deciderRoles.get(tie.decidedBy.decisionId) ?? "chair"), reason: tie.decidedBy.reason })
          : t("chairDecides")}
      </p>
      {action && <TieDecisionForm editionId={editionId} place={tie.place} options={options} action={action} />}
    </li>
  );
}

/** Ties the chain left open in the official ranking (the summary's first), the form to decide them, and every decision on record. */
export function TieSection({
  summary,
  model,
  decisions,
  editionId,
  timeZone,
  action,
}: {
  summary: RankingSummary;
  model: DeliberationModel;
  decisions: Decisions;
  editionId: number;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
  action?: TieDecisionFormProps["action"];
}) {
  const t = useTranslations("deliberation.ties");
  const format = useFormatter();
  const locale = useLocale();
  const words = useRankingWords();
  const unranked = t("unranked");
  const { openTies } = summary;
  const appliesTo = new Map(summary.tieDecisions.map((d) => [d.id, d.appliesTo]));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {t("chain", { chain: summary.tieBreakChain.length > 0 ? words.describeChain(summary.tieBreakChain) : t("noChain") })}
      </p>
      {openTies.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noneLeft", { basis: words.basisInSentence(model.officialBasis) })}</p>
      ) : (
        <ul className="space-y-3">
          {openTies.map((tie) => (
            <OpenTieItem key={tie.nominationIds.join(",")} tie={tie} model={model} editionId={editionId} action={action} />
          ))}
        </ul>
      )}
      {summary.openTieCount > openTies.length && (
        <p className="text-sm text-slate-700">
          {t("firstShown", { shown: openTies.length, total: format.number(summary.openTieCount) })}
        </p>
      )}
      {decisions.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("onRecord")}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {decisions.map((decision) => {
              const bases = appliesTo.get(decision.id) ?? [];
              return (
                <li key={decision.id} className="rounded-md border border-slate-200 bg-white p-3">
                  <p>
                    {t("inThatOrder", { dossiers: describeDossiers(decision.orderedNominationIds, model, unranked), reason: decision.reason })}
                  </p>
                  <p className="text-xs text-slate-600">
                    {t("recordedBy", {
                      name: decision.decidedByName ?? t("unregistered"),
                      decider: words.describeDecider(decision.deciderRole),
                      time: formatEditionMoment(decision.decidedAt, timeZone, { locale }),
                    })}{" "}
                    ·{" "}
                    {bases.length > 0
                      ? t("appliesTo", { bases: bases.map((b) => words.basisInSentence(b)).join(t("and")) })
                      : t("noLongerApplies")}
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
