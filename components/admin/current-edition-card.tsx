import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describeTimeLeft } from "@/lib/domain/deadline";
import type { CalendarMoment } from "@/lib/domain/next-deadline";
import { formatCalendarMoment } from "@/lib/format/edition-time";
import type { Phase } from "@/lib/domain/phases";
import type { Locale } from "@/lib/i18n/locales";
import { PhaseBadge } from "./phase-badge";

export interface CurrentEditionView {
  year: number;
  theme: string;
  phase: Phase;
  timeZone: string;
  now: Date;
}

/** The edition the secretariat is running: its phase and its next deadline with the time left, in its time zone. */
export function CurrentEditionCard({ edition, next, years, isChosen }: { edition: CurrentEditionView; next: CalendarMoment | null; years: readonly number[]; isChosen: boolean }) {
  const t = useTranslations("editionsAdmin.card");
  const locale = useLocale() as Locale;
  const secondsLeft = next ? Math.floor((next.at.getTime() - edition.now.getTime()) / 1000) : 0;
  return (
    <Card>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">
          <Link href={`/admin/editions/${edition.year}`} className="hover:underline">
            {t("edition", { year: edition.year })}
          </Link>{" "}
          <span className="font-normal text-slate-600">· {edition.theme}</span>
        </h2>
        <p className="text-sm">
          {t("phase")} <PhaseBadge phase={edition.phase} />
        </p>
      </div>
      <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
        <dt className="font-medium text-slate-700">{t("nextDeadline")}</dt>
        <dd data-testid="next-deadline">
          {next ? (
            <>
              {t(`step.${next.step}`)}: {formatCalendarMoment(next, edition.timeZone, locale)} <span className="text-slate-600">({describeTimeLeft(secondsLeft, locale)})</span>
            </>
          ) : (
            t("none")
          )}
        </dd>
        <dt className="font-medium text-slate-700">{t("timeZone")}</dt>
        <dd>{t("zoneShown", { zone: edition.timeZone })}</dd>
      </dl>
      {/* Editions overlap (next year's call opens while this year's jury deliberates): any one can be looked at. */}
      <form method="get" action="/admin" className="mt-4 flex flex-wrap items-end gap-2 text-sm">
        <label htmlFor="home-year" className="font-medium text-slate-700">
          {t("editionShown")}
        </label>
        <select id="home-year" name="year" defaultValue={edition.year} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
        {isChosen && (
          <Link href="/admin" className="self-center font-medium text-brand-700 hover:underline">
            {t("backToCurrent")}
          </Link>
        )}
      </form>
    </Card>
  );
}
