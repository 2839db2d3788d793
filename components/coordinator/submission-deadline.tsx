import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("coordinator");
  const locale = useLocale();
  const written = formatEditionMoment(submissionDeadline, timeZone, { locale });
  const toTime = (text: React.ReactNode) => <time dateTime={submissionDeadline.toISOString()}>{text}</time>;
  if (phase !== "nominations_open") {
    return <p className="text-sm text-slate-700">{t.rich("deadlineClosed", { deadline: written, time: toTime })}</p>;
  }
  let status: React.ReactNode;
  if (secondsToDeadline > 0) status = <span className="text-slate-600">({describeTimeLeft(secondsToDeadline, locale)})</span>;
  else if (secondsToClose > 0) status = <span className="font-semibold text-amber-800">{t("deadlineLate", { left: describeTimeLeft(secondsToClose, locale) })}</span>;
  else status = <span className="font-semibold text-red-800">{t("deadlinePassed")}</span>;
  return (
    <p className="text-sm text-slate-700">
      <span className="font-semibold">{t("deadlineLabel")}</span> {toTime(written)} {status}
    </p>
  );
}
