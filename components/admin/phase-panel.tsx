import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { PhaseBlockers } from "@/lib/domain/phase-blockers";
import { PHASE_LABELS, canAdvance, getNextPhase, type Phase, type PhaseContext } from "@/lib/domain/phases";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { AdvancePhaseButton, type AdvancePhaseButtonProps } from "./advance-phase-button";
import { formatDate } from "./format";
import { PhaseStepper } from "./phase-stepper";

export interface PhasePanelEdition {
  id: number;
  year: number;
  phase: Phase;
  version: number;
  submissionDeadline: Date;
  gracePeriodMinutes: number;
  juryDeadline: Date;
  ceremonyStartsOn: string;
  ceremonyPlace: string;
  publishedAt: Date | null;
  /** The edition's zone, in which its moments are shown and labelled. */
  timeZone: string;
}

/** The edition's phase, its dates, and the one step forward the rules allow now. */
export function PhasePanel({
  edition,
  context,
  advance,
  blockers,
}: {
  edition: PhasePanelEdition;
  context: PhaseContext;
  advance: AdvancePhaseButtonProps["action"];
  /** What refuses the next move and what to check first (listPhaseBlockers), listed before the button. */
  blockers?: PhaseBlockers;
}) {
  const next = getNextPhase(edition.phase);
  const check = next ? canAdvance(edition.phase, next, context) : null;
  // The button shows the phase rules' own warning; the list shows the other cautions.
  const cautions = blockers?.cautions.filter((c) => !(check?.isAllowed && c === check.warning)) ?? [];
  const isBlocked = check !== null && (!check.isAllowed || (blockers?.blockers.length ?? 0) > 0);
  return (
    <Card className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Phase: {PHASE_LABELS[edition.phase]}</h2>
        {edition.publishedAt && <p className="text-sm text-slate-600">Published {formatEditionMoment(edition.publishedAt, edition.timeZone)}</p>}
      </div>
      <PhaseStepper phase={edition.phase} />
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="font-semibold text-slate-700">Submission deadline</dt>
          <dd>
            {formatEditionMoment(edition.submissionDeadline, edition.timeZone)}
            {edition.gracePeriodMinutes > 0 && ` (+${edition.gracePeriodMinutes} min grace)`}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">Jury deadline</dt>
          <dd>{formatEditionMoment(edition.juryDeadline, edition.timeZone)}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">Ceremony</dt>
          <dd>
            {formatDate(edition.ceremonyStartsOn)}
            {edition.ceremonyPlace && `, ${edition.ceremonyPlace}`}
          </dd>
        </div>
      </dl>
      {next && check && (
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <h3 className="font-semibold">Next step: {PHASE_LABELS[next]}</h3>
          {blockers && blockers.blockers.length > 0 && (
            <div className="space-y-1" data-testid="phase-blockers">
              <p className="text-sm font-semibold text-red-800">What blocks this move:</p>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                {blockers.blockers.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          )}
          {cautions.length > 0 && (
            <div className="space-y-1" data-testid="phase-cautions">
              <p className="text-sm font-semibold text-slate-800">Check before you move:</p>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
                {cautions.map((caution) => (
                  <li key={caution}>{caution}</li>
                ))}
              </ul>
            </div>
          )}
          {check.isAllowed && !isBlocked ? (
            <AdvancePhaseButton
              editionId={edition.id}
              year={edition.year}
              from={edition.phase}
              to={next}
              version={edition.version}
              warning={check.warning}
              action={advance}
            />
          ) : (
            <>
              {!blockers && !check.isAllowed && <Notice>{check.reason}</Notice>}
              <Button type="button" disabled>
                {next === "published" ? "Publish results" : `Move to ${PHASE_LABELS[next]}`}
              </Button>
            </>
          )}
        </div>
      )}
    </Card>
  );
}
