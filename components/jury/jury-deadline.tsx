import { useLocale, useTranslations } from "next-intl";
import { describeTimeLeft } from "@/lib/domain/deadline";
import { formatEditionMoment } from "@/lib/format/edition-time";

/**
 * The jury deadline with the time left, both as the database clock computed them; once the secretariat has
 * closed the jury, when it closed instead, since nothing is left to count down to.
 */
export function JuryDeadline({
  juryDeadline,
  juryClosedAt,
  secondsLeft,
  timeZone,
}: {
  juryDeadline: Date;
  juryClosedAt: Date | null;
  secondsLeft: number;
  timeZone: string;
}) {
  const t = useTranslations("jury");
  const locale = useLocale();
  if (juryClosedAt) {
    return (
      <p className="text-sm text-slate-700">
        <span className="font-semibold">{t("closedOnLabel")}</span>{" "}
        <time dateTime={juryClosedAt.toISOString()}>{formatEditionMoment(juryClosedAt, timeZone, { locale })}</time>.
      </p>
    );
  }
  const isPast = !(secondsLeft > 0);
  return (
    <p className="text-sm text-slate-700">
      <span className="font-semibold">{t("deadlineLabel")}</span>{" "}
      <time dateTime={juryDeadline.toISOString()}>{formatEditionMoment(juryDeadline, timeZone, { locale })}</time>{" "}
      <span className={isPast ? "font-semibold text-red-800" : "text-slate-600"}>
        ({isPast ? t("passed") : describeTimeLeft(secondsLeft, locale)})
      </span>
    </p>
  );
}
