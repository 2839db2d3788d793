import type { EditionPhase } from "@/db/schema";
import { describeTimeLeft, formatDeadline } from "@/lib/domain/deadline";

/** The submission deadline and the time left, as the database clock computed them when the page was made. */
export function SubmissionDeadline({
  phase,
  submissionDeadline,
  secondsToDeadline,
  secondsToClose,
}: {
  phase: EditionPhase;
  submissionDeadline: Date;
  secondsToDeadline: number;
  secondsToClose: number;
}) {
  const deadline = <time dateTime={submissionDeadline.toISOString()}>{formatDeadline(submissionDeadline)}</time>;
  if (phase !== "nominations_open") {
    return <p className="text-sm text-slate-700">Nominations are closed (the deadline was {deadline}).</p>;
  }
  let status: React.ReactNode;
  if (secondsToDeadline > 0) status = <span className="text-slate-600">({describeTimeLeft(secondsToDeadline)})</span>;
  else if (secondsToClose > 0) status = <span className="font-semibold text-amber-800">(passed; late submissions accepted, {describeTimeLeft(secondsToClose)})</span>;
  else status = <span className="font-semibold text-red-800">(passed)</span>;
  return (
    <p className="text-sm text-slate-700">
      <span className="font-semibold">Submission deadline:</span> {deadline} {status}
    </p>
  );
}
