import type { Metadata } from "next";
import Link from "next/link";
import { PracticeFiltersForm } from "@/components/public/practice-filters";
import { PracticeList } from "@/components/public/practice-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { getMetadataBase } from "@/lib/format/metadata-base";
import { listCachedPracticeFacets, listCachedPublicPractices } from "@/lib/results/public-cache";
import { getPracticesHref, parsePracticeFilters } from "@/lib/validation/practice-filters";

const TEXT = {
  title: "Good practices",
  description: "Every entry of every published edition of the award: the competing projects and the additional good practices.",
  metaDescription: "Search the crime-prevention projects sent to the European Crime Prevention Award, by words, year, country, theme and outcome.",
  results: "Results",
  pages: "Pages of good practices",
  count: (total: number) => (total === 1 ? "1 entry" : `${total} entries`),
  emptyTitle: "No entries match these filters",
  emptyFiltered: "Try fewer words, or",
  emptyClear: "clear all filters",
  emptyNone: "Entries appear here once an edition's results are announced at the ceremony.",
  pastEnd: "This page is past the last one.",
  firstPage: "Go to the first page",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata(): Metadata {
  return {
    ...getMetadataBase(),
    title: TEXT.title,
    description: TEXT.metaDescription,
    alternates: { canonical: "/practices" },
    openGraph: { type: "website", title: `European Crime Prevention Award: ${TEXT.title.toLowerCase()}`, description: TEXT.metaDescription, url: "/practices" },
  };
}

/** The catalogue of good practices across published editions, filtered by the URL. No login. */
export default async function PracticesPage({ searchParams }: Props) {
  const filters = parsePracticeFilters(await searchParams);
  const [practices, facets] = await Promise.all([listCachedPublicPractices(filters), listCachedPracticeFacets()]);
  const isFiltered = Boolean(filters.q || filters.year || filters.country || filters.theme || filters.outcome);
  return (
    <div className="space-y-6">
      <PageHeader title={TEXT.title} description={TEXT.description} />
      <PracticeFiltersForm filters={filters} facets={facets} />
      <section aria-labelledby="practice-results-heading" className="space-y-3">
        <h2 id="practice-results-heading" className="flex flex-wrap items-baseline gap-x-3 text-xl font-bold text-slate-900">
          {TEXT.results}
          <span className="text-base font-normal text-slate-700" role="status">
            {TEXT.count(practices.total)}
          </span>
        </h2>
        {practices.items.length > 0 ? (
          <PracticeList practices={practices.items} />
        ) : practices.total > 0 ? (
          <EmptyState title={TEXT.pastEnd}>
            <Link href={getPracticesHref({ ...filters, page: 1 })} className="font-medium text-brand-700 underline">
              {TEXT.firstPage}
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title={TEXT.emptyTitle}>
            {isFiltered ? (
              <>
                {TEXT.emptyFiltered}{" "}
                <Link href="/practices" className="font-medium text-brand-700 underline">
                  {TEXT.emptyClear}
                </Link>
                .
              </>
            ) : (
              TEXT.emptyNone
            )}
          </EmptyState>
        )}
        <PageLinks label={TEXT.pages} page={practices.page} pageCount={practices.pageCount} getHref={(page) => getPracticesHref({ ...filters, page })} />
      </section>
    </div>
  );
}
