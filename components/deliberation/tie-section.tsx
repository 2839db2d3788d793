import { formatScore } from "@/components/admin/format";
import { formatEditionMoment } from "@/lib/format/edition-time";
import type { listTieDecisions } from "@/lib/results/tie-decisions";
import { BASIS_LABELS, TIE_DECIDER_LABELS } from "@/lib/domain/ranking-labels";
import type { RankingSummary, SummaryTie } from "@/lib/results/ranking-summary";
import { TieDecisionForm, type TieDecisionFormProps } from "./tie-decision-form";
import type { DeliberationModel } from "./view-model";
import { describeTieBreakChain } from "@/lib/domain/tie-break-words";

type Decisions = Awaited<ReturnType<typeof listTieDecisions>>;

function describeDossiers(ids: readonly string[], model: DeliberationModel): string {
  return ids.map((id) => model.names.get(id)?.countryName ?? "a dossier no longer ranked").join(", ");
}

function OpenTieItem({ tie, model, editionId, action }: { tie: SummaryTie; model: DeliberationModel; editionId: number; action?: TieDecisionFormProps["action"] }) {
  // The options follow the order shown now: the chair's earlier decision if there is one.
  const options = tie.orderedNominationIds.map((id) => {
    const name = model.names.get(id);
    return { id, label: name ? `${name.countryName} — ${name.title}` : id };
  });
  return (
    <li className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <p className="font-semibold">
        Tie at place {tie.place}: {describeDossiers(tie.nominationIds, model)} ({formatScore(tie.score)})
      </p>
      <p className="text-sm">
        {tie.decidedBy?.by === "chair"
          ? `Decided by ${TIE_DECIDER_LABELS[model.deciderRoles.get(tie.decidedBy.decisionId) ?? "chair"]}: ${tie.decidedBy.reason}`
          : "The declared tie-breaks do not separate them: the chair decides."}
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
  const { openTies } = summary;
  const appliesTo = new Map(summary.tieDecisions.map((d) => [d.id, d.appliesTo]));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Tie-breaks declared for this edition, in order:{" "}
        {summary.tieBreakChain.length > 0 ? describeTieBreakChain(summary.tieBreakChain) : "none"}; then the chair decides.
      </p>
      {openTies.length === 0 ? (
        <p className="text-sm text-slate-700">No tie is left for the chair in the {BASIS_LABELS[model.officialBasis].toLowerCase()} ranking.</p>
      ) : (
        <ul className="space-y-3">
          {openTies.map((tie) => (
            <OpenTieItem key={tie.nominationIds.join(",")} tie={tie} model={model} editionId={editionId} action={action} />
          ))}
        </ul>
      )}
      {summary.openTieCount > openTies.length && (
        <p className="text-sm text-slate-700">
          The first {openTies.length} of {summary.openTieCount.toLocaleString("en-GB")} open ties are shown, best place first.
        </p>
      )}
      {decisions.length > 0 && (
        <div>
          <h3 className="font-semibold">Decisions on record</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {decisions.map((decision) => {
              const bases = appliesTo.get(decision.id) ?? [];
              return (
                <li key={decision.id} className="rounded-md border border-slate-200 bg-white p-3">
                  <p>
                    {describeDossiers(decision.orderedNominationIds, model)}, in that order: {decision.reason}
                  </p>
                  <p className="text-xs text-slate-600">
                    {decision.decidedByName ?? "Someone no longer registered"} for {TIE_DECIDER_LABELS[decision.deciderRole]}, {formatEditionMoment(decision.decidedAt, timeZone)} ·{" "}
                    {bases.length > 0
                      ? `applies to the ${bases.map((b) => BASIS_LABELS[b].toLowerCase()).join(" and ")} ranking`
                      : "no longer applies: these dossiers are not tied any more, or a later decision replaced it"}
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
