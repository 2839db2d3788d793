import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { listCoordinatorNominations } from "@/lib/nominations/queries";
import type { listCoordinatorEditions } from "@/lib/nominations/submission-window";
import { formatDeadline } from "@/lib/domain/deadline";
import { formatLocalDateTime } from "@/lib/domain/edition-time";
import { formatEditionDay } from "@/lib/format/edition-time";
import type { Locale } from "@/lib/i18n/locales";
import { StateBadge } from "./state-badge";
import { SubmissionDeadline } from "./submission-deadline";

type EditionWindow = Awaited<ReturnType<typeof listCoordinatorEditions>>[number];
type NominationItem = Awaited<ReturnType<typeof listCoordinatorNominations>>[number];

/** "Belgium", "Belgium and France", "Belgium, France and Italy" (in the interface language). */
function joinNames(names: string[], locale: Locale, fallback: string): string {
  if (names.length === 0) return fallback;
  // British English joins without the serial comma: "Belgium, France and Italy".
  return new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { style: "long", type: "conjunction" }).format(names);
}

/** The day submissions stopped (the deadline plus any grace period), in the edition's zone: "30 September 2024". */
function formatClosingDay(edition: EditionWindow, locale: Locale): string {
  const closedAt = new Date(edition.submissionDeadline.getTime() + edition.gracePeriodMinutes * 60_000);
  return formatEditionDay(formatLocalDateTime(closedAt, edition.timeZone).slice(0, 10), locale);
}

/** The empty edition: an invitation while it is open, a plain record of what happened once it has closed. */
function NoNominations({ edition, countryNames }: { edition: EditionWindow; countryNames: string[] }) {
  const t = useTranslations("coordinator");
  const locale = useLocale();
  if (edition.isAcceptingSubmissions) {
    return <EmptyState title={t("noNominationsTitle", { year: edition.year })}>{t("noNominationsBody")}</EmptyState>;
  }
  const countries = joinNames(countryNames, locale, t("yourCountry"));
  return (
    <EmptyState title={t("closedTitle", { day: formatClosingDay(edition, locale), countries })}>{t("closedBody", { year: edition.year })}</EmptyState>
  );
}

/** One edition in the coordinator's overview: its deadline, the country's dossiers and a way to start one. */
export function EditionNominations({
  edition,
  nominations,
  countryNames,
}: {
  edition: EditionWindow;
  nominations: NominationItem[];
  /** The names of the countries the user coordinates in this edition. */
  countryNames: string[];
}) {
  const t = useTranslations("coordinator");
  const tNomination = useTranslations("nomination");
  const locale = useLocale();
  const headingId = `edition-${edition.year}`;
  const showsCountry = new Set(nominations.map((n) => n.countryCode)).size > 1;
  const competingCount = nominations.filter((n) => n.kind === "competing").length;
  const additionalCount = nominations.length - competingCount;
  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h2 id={headingId} className="text-xl font-bold text-slate-900">
            {edition.year}: {edition.theme}
          </h2>
          <SubmissionDeadline {...edition} />
        </div>
        {edition.isAcceptingSubmissions && (
          <Link
            href={`/coordinator/nominations/new?edition=${edition.year}`}
            aria-describedby={headingId}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
          >
            {t("newNomination")}
          </Link>
        )}
      </div>
      {nominations.length === 0 ? (
        <NoNominations edition={edition} countryNames={countryNames} />
      ) : (
        <div className="overflow-x-auto">
          <p className="mb-2 text-sm text-slate-700">
            {competingCount === 0 ? t("noCompeting") : t("competingCount", { count: competingCount })} ·{" "}
            {t("additionalCount", { count: additionalCount })}
          </p>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("tableCaption", { year: edition.year })}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-semibold">{t("project")}</th>
                {showsCountry && <th scope="col" className="py-2 pr-4 font-semibold">{t("country")}</th>}
                <th scope="col" className="py-2 pr-4 font-semibold">{t("kind")}</th>
                <th scope="col" className="py-2 pr-4 font-semibold">{t("state")}</th>
                <th scope="col" className="py-2 font-semibold">{t("lastSaved")}</th>
              </tr>
            </thead>
            <tbody>
              {nominations.map((n) => (
                <tr key={n.id} className="border-b border-slate-100 last:border-0">
                  <td className="py-2 pr-4">
                    <Link href={`/coordinator/nominations/${n.id}`} className="font-medium text-brand-700 hover:underline">
                      {n.title}
                    </Link>
                    {n.reference && n.state !== "draft" && <span className="block text-xs text-slate-600">{n.reference}</span>}
                  </td>
                  {showsCountry && <td className="py-2 pr-4">{n.countryName}</td>}
                  <td className="py-2 pr-4">{tNomination(`kind.${n.kind}`)}</td>
                  <td className="py-2 pr-4">
                    <StateBadge state={n.state} phase={edition.phase} />
                  </td>
                  <td className="py-2 text-slate-700">
                    <time dateTime={n.updatedAt.toISOString()}>{formatDeadline(n.updatedAt, edition.timeZone, locale)}</time>
                    {n.updatedByName && <span className="block text-xs text-slate-600">{t("savedBy", { name: n.updatedByName })}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
