import { useLocale, useTranslations } from "next-intl";
import { buildEditionTimeline, type TimelineEntry, type TimelineInput } from "@/lib/domain/edition-timeline";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateRange } from "@/lib/format/date-range";
import { describeDistance, formatEditionMoment } from "@/lib/format/edition-time";

/** The edition's dates in order, in its labelled zone, with the time left to the next one. */
export function EditionTimeline({ edition, now }: { edition: TimelineInput; now: Date }) {
  const t = useTranslations("editionsAdmin");
  const locale = useLocale() as Locale;
  const entries = buildEditionTimeline(edition, now);
  const next = entries.find((e) => e.isNext);
  // The entries' words by their key, so the domain's calendar stays free of any language.
  const labelOf = (e: TimelineEntry): string => {
    switch (e.key) {
      case "national-call-opens":
        return t("timeline.nationalCallOpens");
      case "national-call-closes":
        return t("timeline.nationalCallCloses");
      case "submission-deadline":
        return edition.gracePeriodMinutes > 0 ? t("timeline.submissionDeadlineGrace", { minutes: edition.gracePeriodMinutes }) : t("timeline.submissionDeadline");
      case "eligibility-deadline":
        return t("timeline.eligibilityDeadline");
      case "jury-deadline":
        return t("timeline.juryDeadline");
      case "jury-meeting":
        return t("timeline.juryMeeting");
      case "ceremony":
        return edition.ceremonyPlace ? t("timeline.ceremonyAt", { place: edition.ceremonyPlace }) : t("timeline.ceremony");
      default:
        return e.label;
    }
  };
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {t("timeline.heading")}
        </h2>
        <p className="text-sm text-slate-600">{t("timeline.zone", { zone: edition.timeZone })}</p>
      </div>
      {next ? (
        <p className="text-sm text-slate-800" data-testid="timeline-next">
          {t.rich("timeline.next", {
            label: labelOf(next),
            distance: describeDistance(next.at, now, locale),
            b: (chunks) => <span className="font-semibold">{chunks}</span>,
          })}
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("timeline.allPassed")}</p>
      )}
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
        {entries.map((e) => (
          <li key={e.key} className={`flex flex-wrap justify-between gap-2 px-4 py-2 ${e.isNext ? "bg-brand-50" : ""}`} aria-current={e.isNext ? "step" : undefined}>
            <span>
              <span className={`font-medium ${e.isPast ? "text-slate-500" : "text-slate-900"}`}>{labelOf(e)}</span>{" "}
              <span className="text-xs text-slate-600">({t(`phase.${e.phase}`)})</span>
            </span>
            <span className={e.isPast ? "text-slate-500" : "text-slate-800"}>
              {e.moment
                ? formatEditionMoment(e.moment, edition.timeZone, { locale })
                : formatDateRange(e.day!, e.key === "ceremony" ? edition.ceremonyEndsOn : null, locale)}
              {e.isPast ? ` · ${t("timeline.passed")}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
