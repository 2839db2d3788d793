import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CountryLabel } from "@/components/public/country-label";
import { OutcomeBadge } from "@/components/public/outcome-badge";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateRange } from "@/lib/format/date-range";
import { getMetadataBase } from "@/lib/format/metadata-base";
import { formatPlace } from "@/lib/format/place";
import { getSummary } from "@/lib/format/summary";
import type { PracticeDetail } from "@/lib/practices/queries";
import { getCachedPublicPractice } from "@/lib/results/public-cache";
import { getPracticesHref, parsePracticeId } from "@/lib/validation/practice-filters";

const TEXT = {
  notFound: "Entry not found",
  edition: (year: number) => `European Crime Prevention Award ${year}`,
  country: "Country",
  organisation: "Responsible organisation",
  period: "Period",
  theme: "Theme",
  ongoing: (start: string) => `Since ${start}, still running`,
  notGiven: "Not given",
  description: "About the project",
  links: "Links",
  award: "The award",
  prize: "Prize",
  juryReason: "The jury's reasons",
  results: (year: number) => `All results of ${year}`,
  sameYear: (year: number) => `Every good practice of ${year}`,
  catalogue: "Back to the good practices",
};

type Props = { params: Promise<{ id: string }> };

// Metadata and page read the same entry once per request, from the public cache that publication clears.
const loadPractice = cache(async (idParam: string) => {
  const id = parsePracticeId(idParam);
  return id === undefined ? undefined : getCachedPublicPractice(id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const practice = await loadPractice((await params).id);
  // An entry that is not public says nothing, not even that it exists.
  if (!practice) return { title: TEXT.notFound, robots: { index: false } };
  const path = `/practices/${practice.id}`;
  const description = getSummary(practice.description, 30) || `${practice.country.name}, ${practice.year}`;
  return {
    ...getMetadataBase(),
    title: `${practice.title} (${practice.country.name}, ${practice.year})`,
    description,
    alternates: { canonical: path },
    openGraph: { type: "article", title: practice.title, description, url: path },
  };
}

function formatPeriod(practice: PracticeDetail): string {
  if (!practice.startDate) return TEXT.notGiven;
  if (practice.isOngoing || !practice.endDate) return TEXT.ongoing(formatDateRange(practice.startDate));
  return formatDateRange(practice.startDate, practice.endDate);
}

/** One entry of a published edition. Anything else (unpublished, embargoed, a draft, unknown) is simply not found. */
export default async function PracticePage({ params }: Props) {
  const practice = await loadPractice((await params).id);
  if (!practice) notFound();
  return (
    <article className="space-y-8">
      <div>
        <p className="mb-2 flex flex-wrap items-center gap-3 text-sm font-semibold text-slate-600">
          <span>{TEXT.edition(practice.year)}</span>
          <OutcomeBadge outcome={practice.outcome} rank={practice.rank} />
        </p>
        <PageHeader title={practice.title} />
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-800">{TEXT.country}</dt>
          <dd className="text-slate-700">
            <CountryLabel code={practice.country.code} name={practice.country.name} />
          </dd>
          <dt className="font-semibold text-slate-800">{TEXT.organisation}</dt>
          <dd className="break-words text-slate-700">{practice.organisation || TEXT.notGiven}</dd>
          <dt className="font-semibold text-slate-800">{TEXT.period}</dt>
          <dd className="text-slate-700">{formatPeriod(practice)}</dd>
          <dt className="font-semibold text-slate-800">{TEXT.theme}</dt>
          <dd className="text-slate-700">{practice.theme}</dd>
        </dl>
      </div>

      {practice.rank !== null && (
        <section aria-labelledby="award-heading" className="space-y-3 rounded-lg border border-gold bg-amber-50 p-5">
          <h2 id="award-heading" className="text-xl font-bold text-slate-900">
            {TEXT.award}: {formatPlace(practice.rank)}
          </h2>
          <dl className="space-y-3 text-sm">
            {practice.prize && (
              <div>
                <dt className="font-semibold text-slate-800">{TEXT.prize}</dt>
                <dd className="text-slate-700">{practice.prize}</dd>
              </div>
            )}
            {practice.juryReason && (
              <div>
                <dt className="font-semibold text-slate-800">{TEXT.juryReason}</dt>
                <dd className="whitespace-pre-line text-slate-700">{practice.juryReason}</dd>
              </div>
            )}
          </dl>
        </section>
      )}

      {practice.description && (
        <section aria-labelledby="description-heading" className="space-y-2">
          <h2 id="description-heading" className="text-xl font-bold text-slate-900">
            {TEXT.description}
          </h2>
          <p className="whitespace-pre-line break-words text-slate-800">{practice.description}</p>
        </section>
      )}

      {practice.links.length > 0 && (
        <section aria-labelledby="links-heading" className="space-y-2">
          <h2 id="links-heading" className="text-xl font-bold text-slate-900">
            {TEXT.links}
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

      <nav aria-label="Related pages" className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/results/${practice.year}`} className="font-semibold text-brand-700 underline">
          {TEXT.results(practice.year)}
        </Link>
        <Link href={getPracticesHref({ year: practice.year })} className="font-semibold text-brand-700 underline">
          {TEXT.sameYear(practice.year)}
        </Link>
        <Link href="/practices" className="font-semibold text-brand-700 underline">
          {TEXT.catalogue}
        </Link>
      </nav>
    </article>
  );
}
