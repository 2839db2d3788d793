import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { AwardCard } from "@/components/public/award-card";
import { CountryLabel } from "@/components/public/country-label";
import { EntryList } from "@/components/public/entry-list";
import { ResultSealSection } from "@/components/public/result-seal-section";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCachedPublishedResults } from "@/lib/results/public-cache";
import { formatCountryName } from "@/lib/format/country-name";
import { formatDateRange } from "@/lib/format/date-range";
import { getMetadataBase } from "@/lib/format/metadata-base";
import { formatPlace } from "@/lib/format/place";
import { getPracticesHref } from "@/lib/validation/practice-filters";
import { type Locale, withLocaleParam } from "@/lib/i18n/locales";
import { parseYearParam } from "@/lib/validation/year";

type Props = { params: Promise<{ year: string }> };

// Metadata and page read the same results once per request, from the public cache that publication clears.
const loadResults = cache(async (yearParam: string) => {
  const year = parseYearParam(yearParam);
  return year === undefined ? undefined : getCachedPublishedResults(year);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const results = await loadResults((await params).year);
  const [t, locale] = await Promise.all([getTranslations("public.results"), getLocale()]);
  // An unpublished year says nothing, not even that the edition exists (its shared image is the generic one too).
  if (!results) return { title: t("notFoundTitle"), robots: { index: false } };
  const winner = results.awards[0];
  const { year, theme } = results;
  const title = t("title", { year });
  const description = winner
    ? t("metaWithWinner", { year, theme, country: formatCountryName(winner.country.code, winner.country.name, locale), title: winner.title })
    : t("metaWithoutWinner", { year, theme });
  const path = `/results/${results.year}`;
  return {
    ...getMetadataBase(),
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      siteName: t("ogSiteName"),
      title: t("ogTitle", { year }),
      description,
      url: path,
      publishedTime: results.publishedAt?.toISOString(),
    },
    twitter: { card: "summary_large_image", title: t("twitterTitle", { year }), description },
  };
}

/** Each awarded entry's place, keyed by the entry's id, so the list can mark it. */
function getPlaceLabels(awards: { rank: number; id: string }[], locale: Locale): Record<string, string> {
  return Object.fromEntries(awards.map((a) => [a.id, formatPlace(a.rank, locale)]));
}

/** The published results of one edition. Unpublished and unknown years are both simply not found. */
export default async function ResultsPage({ params }: Props) {
  // Before the reveal this is a 404: the query returns nothing unpublished, so the cache never holds it early.
  const results = await loadResults((await params).year);
  if (!results) notFound();
  const [winner, ...runnersUp] = results.awards;
  const [t, tPublic, locale] = await Promise.all([getTranslations("public.results"), getTranslations("public"), getLocale()]);

  return (
    <div className="space-y-10">
      <div>
        <PageHeader title={t("title", { year: results.year })} description={tPublic("themePlain", { theme: results.theme })} />
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-800">{t("presidency")}</dt>
          <dd className="text-slate-700">
            <CountryLabel code={results.presidency.code} name={results.presidency.name} />
          </dd>
          <dt className="font-semibold text-slate-800">{t("ceremony")}</dt>
          <dd className="text-slate-700">
            {formatDateRange(results.ceremony.startsOn, results.ceremony.endsOn, locale)}
            {results.ceremony.place && `, ${results.ceremony.place}`}
          </dd>
        </dl>
      </div>

      {results.juryStatement && (
        <section aria-labelledby="jury-statement-heading" className="space-y-2">
          <h2 id="jury-statement-heading" className="text-2xl font-bold text-slate-900">
            {t("juryStatement")}
          </h2>
          <p className="whitespace-pre-line break-words text-slate-800">{results.juryStatement}</p>
        </section>
      )}

      {winner && (
        <section aria-labelledby="winner-heading" className="space-y-3">
          <h2 id="winner-heading" className="text-2xl font-bold text-slate-900">
            {t("winner")}
          </h2>
          <AwardCard award={winner} />
        </section>
      )}

      {runnersUp.length > 0 && (
        <section aria-labelledby="runners-up-heading" className="space-y-3">
          <h2 id="runners-up-heading" className="text-2xl font-bold text-slate-900">
            {t("runnersUp")}
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            {runnersUp.map((award) => (
              <AwardCard key={award.rank} award={award} />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="entries-heading" className="space-y-3">
        <h2 id="entries-heading" className="text-2xl font-bold text-slate-900">
          {t("competingEntries")}
        </h2>
        {results.entries.length === 0 ? (
          <EmptyState title={t("noEntries")} />
        ) : (
          <EntryList entries={results.entries} places={getPlaceLabels(results.awards, locale)} />
        )}
      </section>

      {results.seal && <ResultSealSection year={results.year} seal={results.seal} />}

      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={withLocaleParam(getPracticesHref({ year: results.year }), locale)} className="font-semibold text-brand-700 underline">
          {t("everyEntry", { year: results.year })}
        </Link>
        <Link href={withLocaleParam("/archive", locale)} className="font-semibold text-brand-700 underline">
          {t("backToArchive")}
        </Link>
      </p>
    </div>
  );
}
