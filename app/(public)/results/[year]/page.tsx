import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AwardCard } from "@/components/public/award-card";
import { CountryLabel } from "@/components/public/country-label";
import { EntryList } from "@/components/public/entry-list";
import { ResultSealSection } from "@/components/public/result-seal-section";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCachedPublishedResults } from "@/lib/results/public-cache";
import { formatDateRange } from "@/lib/format/date-range";
import { getMetadataBase } from "@/lib/format/metadata-base";
import { formatPlace } from "@/lib/format/place";
import { getPracticesHref } from "@/lib/validation/practice-filters";
import { parseYearParam } from "@/lib/validation/year";

type Props = { params: Promise<{ year: string }> };

// Metadata and page read the same results once per request, from the public cache that publication clears.
const loadResults = cache(async (yearParam: string) => {
  const year = parseYearParam(yearParam);
  return year === undefined ? undefined : getCachedPublishedResults(year);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const results = await loadResults((await params).year);
  // An unpublished year says nothing, not even that the edition exists (its shared image is the generic one too).
  if (!results) return { title: "Results not found", robots: { index: false } };
  const winner = results.awards[0];
  const title = `Results ${results.year}`;
  const description = winner
    ? `${results.year} European Crime Prevention Award on ${results.theme}: won by ${winner.country.name}, “${winner.title}”.`
    : `${results.year} European Crime Prevention Award on ${results.theme}.`;
  const path = `/results/${results.year}`;
  return {
    ...getMetadataBase(),
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      siteName: "Palmarès · European Crime Prevention Award",
      title: `European Crime Prevention Award ${results.year}: the results`,
      description,
      url: path,
      publishedTime: results.publishedAt?.toISOString(),
    },
    twitter: { card: "summary_large_image", title: `European Crime Prevention Award ${results.year}`, description },
  };
}

/** Each awarded entry's place, keyed by the entry's id, so the list can mark it. */
function getPlaceLabels(awards: { rank: number; id: string }[]): Record<string, string> {
  return Object.fromEntries(awards.map((a) => [a.id, formatPlace(a.rank)]));
}

/** The published results of one edition. Unpublished and unknown years are both simply not found. */
export default async function ResultsPage({ params }: Props) {
  // Before the reveal this is a 404: the query returns nothing unpublished, so the cache never holds it early.
  const results = await loadResults((await params).year);
  if (!results) notFound();
  const [winner, ...runnersUp] = results.awards;

  return (
    <div className="space-y-10">
      <div>
        <PageHeader title={`Results ${results.year}`} description={`Theme: ${results.theme}`} />
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-800">Presidency</dt>
          <dd className="text-slate-700">
            <CountryLabel code={results.presidency.code} name={results.presidency.name} />
          </dd>
          <dt className="font-semibold text-slate-800">Ceremony</dt>
          <dd className="text-slate-700">
            {formatDateRange(results.ceremony.startsOn, results.ceremony.endsOn)}
            {results.ceremony.place && `, ${results.ceremony.place}`}
          </dd>
        </dl>
      </div>

      {results.juryStatement && (
        <section aria-labelledby="jury-statement-heading" className="space-y-2">
          <h2 id="jury-statement-heading" className="text-2xl font-bold text-slate-900">
            The jury&apos;s statement
          </h2>
          <p className="whitespace-pre-line break-words text-slate-800">{results.juryStatement}</p>
        </section>
      )}

      {winner && (
        <section aria-labelledby="winner-heading" className="space-y-3">
          <h2 id="winner-heading" className="text-2xl font-bold text-slate-900">
            Winner
          </h2>
          <AwardCard award={winner} />
        </section>
      )}

      {runnersUp.length > 0 && (
        <section aria-labelledby="runners-up-heading" className="space-y-3">
          <h2 id="runners-up-heading" className="text-2xl font-bold text-slate-900">
            Runners-up
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
          Competing entries
        </h2>
        {results.entries.length === 0 ? (
          <EmptyState title="No competing entries listed" />
        ) : (
          <EntryList entries={results.entries} places={getPlaceLabels(results.awards)} />
        )}
      </section>

      {results.seal && <ResultSealSection year={results.year} seal={results.seal} />}

      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={getPracticesHref({ year: results.year })} className="font-semibold text-brand-700 underline">
          Every entry and good practice of {results.year}
        </Link>
        <Link href="/archive" className="font-semibold text-brand-700 underline">
          Back to the archive
        </Link>
      </p>
    </div>
  );
}
