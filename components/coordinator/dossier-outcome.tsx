import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { EditionPhase, EligibilityReason, NominationKind, NominationState } from "@/db/schema";
import { formatDeadline } from "@/lib/domain/deadline";
import { ELIGIBILITY_REASON_LABELS, getVisibleState } from "./labels";
import { StateBadge } from "./state-badge";

/** The proof of submission: the reference to quote and the time the database recorded. */
export function SubmissionReceipt({
  reference,
  submittedAt,
  state,
  phase,
  timeZone,
  hasHeading = true,
}: {
  reference: string;
  submittedAt: Date;
  state: NominationState;
  phase: EditionPhase;
  /** The edition's zone, in which the moment is written. */
  timeZone: string;
  /** False on the receipt page, whose own title already says "Submission receipt". */
  hasHeading?: boolean;
}) {
  return (
    <Card className="border-green-200">
      {hasHeading && <h2 className="mb-3 text-lg font-bold text-slate-900">Submission receipt</h2>}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-slate-700">Reference</dt>
        <dd className="font-mono text-slate-900">{reference}</dd>
        <dt className="font-semibold text-slate-700">Submitted</dt>
        <dd>
          <time dateTime={submittedAt.toISOString()}>{formatDeadline(submittedAt, timeZone)}</time>
        </dd>
        <dt className="font-semibold text-slate-700">State</dt>
        <dd>
          <StateBadge state={state} phase={phase} />
        </dd>
      </dl>
      <p className="mt-3 text-sm text-slate-600">The dossier is locked. Quote the reference when you write to the secretariat.</p>
    </Card>
  );
}

/** The secretariat's eligibility decision and its reason; never a score or a juror. */
export function EligibilityDecision({
  state,
  phase,
  kind,
  reason,
  note,
}: {
  state: NominationState;
  phase: EditionPhase;
  kind: NominationKind;
  reason: EligibilityReason | null;
  note: string | null;
}) {
  const visible = getVisibleState(state, phase);
  const noteText = note?.trim() ? <p className="mt-1">Note from the secretariat: {note}</p> : null;
  if (visible === "rejected") {
    return (
      <Notice tone="error">
        <p className="font-semibold">Rejected: {reason ? ELIGIBILITY_REASON_LABELS[reason] : "see the note below."}</p>
        {noteText}
      </Notice>
    );
  }
  const outcomes: Partial<Record<NominationState, string>> = {
    accepted:
      kind === "competing"
        ? "Accepted: the dossier is eligible and goes to the jury."
        : "Accepted: the project will appear in the edition's catalogue.",
    awarded: "Awarded: congratulations, the project is among the edition's prize winners.",
    participant: "The project took part in the competition.",
  };
  const outcome = outcomes[visible];
  if (!outcome) return null;
  return (
    <Notice tone="success">
      <p className="font-semibold">{outcome}</p>
      {noteText}
    </Notice>
  );
}
