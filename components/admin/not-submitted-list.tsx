import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { MemberStateRow } from "@/lib/nominations/admin-queries";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCountryName } from "@/lib/format/country-name";
import { formatEditionMoment } from "@/lib/format/edition-time";
import type { Locale } from "@/lib/i18n/locales";

/** Each of the two lists names at most this many member states, then says how many more (a network of thousands). */
export const NOT_SUBMITTED_SHOWN = 100;

/**
 * The member states with no submitted competing nomination: those with a draft ("draft in progress", last
 * saved when and by whom) apart from those that have started nothing.
 */
export function NotSubmittedList({
  rows,
  isClosed,
  getCountryHref,
  timeZone,
}: {
  rows: readonly MemberStateRow[];
  /** Once nominations have closed, the list reads as who did not submit. */
  isClosed: boolean;
  getCountryHref: (countryCode: string) => string;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
}) {
  const t = useTranslations("nominationsAdmin.notSubmitted");
  const locale = useLocale() as Locale;
  const drafts = rows.filter((row) => row.progress === "draft");
  const idle = rows.filter((row) => row.progress === "none");
  const title = isClosed ? t("closedTitle") : t("openTitle");
  return (
    <section aria-labelledby="not-submitted-heading" className="space-y-3">
      <h2 id="not-submitted-heading" className="text-lg font-semibold">
        {t("heading", { title, count: drafts.length + idle.length })}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {drafts.length + idle.length === 0 ? (
        <EmptyState title={t("allSubmittedTitle")}>{t("allSubmittedBody")}</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="font-semibold">{t("drafts", { count: drafts.length })}</h3>
            {drafts.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("noDrafts")}</p>
            ) : (
              <ul className="mt-2 space-y-2 text-sm">
                {drafts.slice(0, NOT_SUBMITTED_SHOWN).map((row) => (
                  <li key={row.countryCode}>
                    <Link href={getCountryHref(row.countryCode)} className="font-medium text-brand-700 hover:underline">
                      {formatCountryName(row.countryCode, row.countryName, locale)}
                    </Link>
                    <span className="block text-slate-600">
                      {row.updatedByName
                        ? t("lastSavedBy", { title: row.title ?? "", moment: formatEditionMoment(row.updatedAt, timeZone, { locale }), name: row.updatedByName })
                        : t("lastSaved", { title: row.title ?? "", moment: formatEditionMoment(row.updatedAt, timeZone, { locale }) })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {drafts.length > NOT_SUBMITTED_SHOWN && <p className="mt-2 text-sm text-slate-600">{t("more", { count: drafts.length - NOT_SUBMITTED_SHOWN })}</p>}
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="font-semibold">{t("idle", { count: idle.length })}</h3>
            {idle.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("noIdle")}</p>
            ) : (
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {idle.slice(0, NOT_SUBMITTED_SHOWN).map((row) => (
                  <li key={row.countryCode}>{formatCountryName(row.countryCode, row.countryName, locale)}</li>
                ))}
              </ul>
            )}
            {idle.length > NOT_SUBMITTED_SHOWN && <p className="mt-2 text-sm text-slate-600">{t("more", { count: idle.length - NOT_SUBMITTED_SHOWN })}</p>}
          </div>
        </div>
      )}
    </section>
  );
}
