import type { Metadata } from "next";
import Link from "next/link";
import { CountryLabel } from "@/components/public/country-label";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listCachedPublishedEditions } from "@/lib/results/public-cache";
import { getMetadataBase } from "@/lib/format/metadata-base";
import type { ArchivedAward } from "@/lib/results/public-queries";
import { getPracticesHref } from "@/lib/validation/practice-filters";

const TEXT = {
  title: "Archive of results",
  intro: "Every published edition of the award, newest first.",
  description: "Every published edition of the European Crime Prevention Award: year, theme, winner and runners-up.",
  ogTitle: "European Crime Prevention Award: every edition's winner",
  catalogue: "Search every entry in the good practices",
  emptyTitle: "No published results yet",
  emptyBody: "Results appear here once they are announced at the ceremony.",
  results: (year: number) => `Results ${year}`,
  winner: "Winner",
  runnersUp: "Runners-up",
  noWinner: "No winner recorded",
  entries: (year: number) => `Good practices of ${year}`,
};

export function generateMetadata(): Metadata {
  return {
    ...getMetadataBase(),
    title: TEXT.title,
    description: TEXT.description,
    alternates: { canonical: "/archive" },
    openGraph: { type: "website", title: TEXT.ogTitle, description: TEXT.description, url: "/archive" },
  };
}

function AwardLink({ award }: { award: Pick<ArchivedAward, "id" | "country" | "title"> }) {
  return (
    <>
      <CountryLabel code={award.country.code} name={award.country.name} />,{" "}
      <Link href={`/practices/${award.id}`} className="text-brand-900 underline">
        “{award.title}”
      </Link>
    </>
  );
}

/** Every published edition, newest first, with its winner and runners-up. No login. */
export default async function ArchivePage() {
  // A result revealed at the ceremony appears here at once: publication clears the public cache.
  const editions = await listCachedPublishedEditions();
  return (
    <div>
      <PageHeader title={TEXT.title} description={TEXT.intro}>
        <Link href="/practices" className="font-semibold text-brand-700 underline">
          {TEXT.catalogue}
        </Link>
      </PageHeader>
      {editions.length === 0 ? (
        <EmptyState title={TEXT.emptyTitle}>{TEXT.emptyBody}</EmptyState>
      ) : (
        <ol className="space-y-3">
          {editions.map((edition) => (
            <li key={edition.year} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="flex flex-wrap items-baseline gap-x-3">
                <Link href={`/results/${edition.year}`} className="text-xl font-bold text-brand-900 underline-offset-2 hover:underline">
                  {TEXT.results(edition.year)}
                </Link>
                <span className="text-slate-700">{edition.theme}</span>
              </h2>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-slate-800 sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">{TEXT.winner}</dt>
                <dd>{edition.winner ? <AwardLink award={edition.winner} /> : TEXT.noWinner}</dd>
                {edition.runnersUp.length > 0 && (
                  <>
                    <dt className="font-semibold">{TEXT.runnersUp}</dt>
                    <dd>
                      <ul>
                        {edition.runnersUp.map((award) => (
                          <li key={award.rank}>
                            <AwardLink award={award} />
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
              </dl>
              <p className="mt-2 text-sm">
                <Link href={getPracticesHref({ year: edition.year })} className="font-medium text-brand-700 underline">
                  {TEXT.entries(edition.year)}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
