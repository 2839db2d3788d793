import { useLocale, useTranslations } from "next-intl";
import { describeTimeLeft } from "@/lib/domain/deadline";
import { formatEditionMoment } from "@/lib/format/edition-time";

/** The jury deadline with the time left, both as the database clock computed them. */
export function JuryDeadline({ juryDeadline, secondsLeft, timeZone }: { juryDeadline: Date; secondsLeft: number; timeZone: string }) {
  const t = useTranslations("jury");
  const locale = useLocale();
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
