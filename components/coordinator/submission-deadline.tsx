import type { EditionPhase } from "@/db/schema";
import { describeTimeLeft } from "@/lib/domain/deadline";
import { formatEditionMoment } from "@/lib/format/edition-time";

/** The submission deadline and the time left, as the database clock computed them when the page was made. */
export function SubmissionDeadline({
  phase,
  submissionDeadline,
  secondsToDeadline,
  secondsToClose,
  timeZone,
}: {
  phase: EditionPhase;
  submissionDeadline: Date;
  secondsToDeadline: number;
  secondsToClose: number;
  /** The edition's zone, in which the deadline is written. */
  timeZone: string;
}) {
  const deadline = <time dateTime={submissionDeadline.toISOString()}>{formatEditionMoment(submissionDeadline, timeZone)}</time>;
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
