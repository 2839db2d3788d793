import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CountryLabel } from "@/components/public/country-label";
import { OutcomeBadge } from "@/components/public/outcome-badge";
import { PageHeader } from "@/components/ui/page-header";
import { formatCountryName } from "@/lib/format/country-name";
import { formatDateRange } from "@/lib/format/date-range";
import { getMetadataBase } from "@/lib/format/metadata-base";
import { formatPlace } from "@/lib/format/place";
import { getSummary } from "@/lib/format/summary";
import { type Locale, withLocaleParam } from "@/lib/i18n/locales";
import type { PracticeDetail } from "@/lib/practices/queries";
import { getCachedPublicPractice } from "@/lib/results/public-cache";
import { getPracticesHref, parsePracticeId } from "@/lib/validation/practice-filters";

type Props = { params: Promise<{ id: string }> };

// Metadata and page read the same entry once per request, from the public cache that publication clears.
const loadPractice = cache(async (idParam: string) => {
  const id = parsePracticeId(idParam);
  return id === undefined ? undefined : getCachedPublicPractice(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const practice = await loadPractice((await params).id);
  const [t, locale] = await Promise.all([getTranslations("practices.entry"), getLocale() as Promise<Locale>]);
  // An entry that is not public says nothing, not even that it exists.
  if (!practice) return { title: t("notFound"), robots: { index: false } };
  const path = `/practices/${practice.id}`;
  const country = formatCountryName(practice.country.code, practice.country.name, locale);
  const description = getSummary(practice.description, 30) || `${country}, ${practice.year}`;
  return {
    ...getMetadataBase(),
    title: `${practice.title} (${country}, ${practice.year})`,
    description,
    alternates: { canonical: path },
    openGraph: { type: "article", title: practice.title, description, url: path },
  };
}

type EntryTranslator = Awaited<ReturnType<typeof getTranslations<"practices.entry">>>;

function formatPeriod(practice: PracticeDetail, t: EntryTranslator, locale: Locale): string {
  if (!practice.startDate) return t("notGiven");
  if (practice.isOngoing || !practice.endDate) return t("ongoing", { start: formatDateRange(practice.startDate, null, locale) });
  return formatDateRange(practice.startDate, practice.endDate, locale);
}

/** One entry of a published edition. Anything else (unpublished, embargoed, a draft, unknown) is simply not found. */
export default async function PracticePage({ params }: Props) {
  const practice = await loadPractice((await params).id);
  if (!practice) notFound();
  const [t, locale] = await Promise.all([getTranslations("practices.entry"), getLocale() as Promise<Locale>]);
  return (
    <article className="space-y-8">
      <div>
        <p className="mb-2 flex flex-wrap items-center gap-3 text-sm font-semibold text-slate-600">
          <span>{t("edition", { year: practice.year })}</span>
          <OutcomeBadge outcome={practice.outcome} rank={practice.rank} />
        </p>
        <PageHeader title={practice.title} />
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-800">{t("country")}</dt>
          <dd className="text-slate-700">
            <CountryLabel code={practice.country.code} name={practice.country.name} />
          </dd>
          <dt className="font-semibold text-slate-800">{t("organisation")}</dt>
          <dd className="break-words text-slate-700">{practice.organisation || t("notGiven")}</dd>
          <dt className="font-semibold text-slate-800">{t("period")}</dt>
          <dd className="text-slate-700">{formatPeriod(practice, t, locale)}</dd>
          <dt className="font-semibold text-slate-800">{t("theme")}</dt>
          <dd className="text-slate-700">{practice.theme}</dd>
        </dl>
      </div>

      {practice.rank !== null && (
        <section aria-labelledby="award-heading" className="space-y-3 rounded-lg border border-gold bg-amber-50 p-5">
          <h2 id="award-heading" className="text-xl font-bold text-slate-900">
            {t("award", { place: formatPlace(practice.rank, locale) })}
          </h2>
          <dl className="space-y-3 text-sm">
            {practice.prize && (
              <div>
                <dt className="font-semibold text-slate-800">{t("prize")}</dt>
                <dd className="text-slate-700">{practice.prize}</dd>
              </div>
            )}
            {practice.juryReason && (
              <div>
                <dt className="font-semibold text-slate-800">{t("juryReason")}</dt>
                <dd className="whitespace-pre-line text-slate-700">{practice.juryReason}</dd>
              </div>
            )}
          </dl>
        </section>
      )}

      {practice.description && (
        <section aria-labelledby="description-heading" className="space-y-2">
          <h2 id="description-heading" className="text-xl font-bold text-slate-900">
            {t("description")}
          </h2>
          <p className="whitespace-pre-line break-words text-slate-800">{practice.description}</p>
        </section>
      )}

      {practice.links.length > 0 && (
        <section aria-labelledby="links-heading" className="space-y-2">
          <h2 id="links-heading" className="text-xl font-bold text-slate-900">
            {t("links")}
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {practice.links.map((link) => (
              <li key={link}>
                {/* Written by the country: never followed as the site's own endorsement. */}
                <a href={link} rel="nofollow noopener noreferrer" className="break-all text-brand-700 underline">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav aria-label={t("related")} className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={withLocaleParam(`/results/${practice.year}`, locale)} className="font-semibold text-brand-700 underline">
          {t("results", { year: practice.year })}
        </Link>
        <Link href={withLocaleParam(getPracticesHref({ year: practice.year }), locale)} className="font-semibold text-brand-700 underline">
          {t("sameYear", { year: practice.year })}
        </Link>
        <Link href={withLocaleParam("/practices", locale)} className="font-semibold text-brand-700 underline">
          {t("catalogue")}
        </Link>
      </nav>
    </article>
  );
}
