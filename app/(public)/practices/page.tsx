import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PracticeFiltersForm } from "@/components/public/practice-filters";
import { PracticeList } from "@/components/public/practice-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { getMetadataBase } from "@/lib/format/metadata-base";
import { type Locale, withLocaleParam } from "@/lib/i18n/locales";
import { listCachedPracticeFacets, listCachedPublicPractices } from "@/lib/results/public-cache";
import { getPracticesHref, parsePracticeFilters } from "@/lib/validation/practice-filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("practices");
  return {
    ...getMetadataBase(),
    title: t("title"),
    description: t("metaDescription"),
    alternates: { canonical: "/practices" },
    openGraph: { type: "website", title: t("ogTitle"), description: t("metaDescription"), url: "/practices" },
  };
}

/** The catalogue of good practices across published editions, filtered by the URL. No login. */
export default async function PracticesPage({ searchParams }: Props) {
  const filters = parsePracticeFilters(await searchParams);
  const [practices, facets, t, locale] = await Promise.all([
    listCachedPublicPractices(filters),
    listCachedPracticeFacets(),
    getTranslations("practices"),
    getLocale() as Promise<Locale>,
  ]);
  const isFiltered = Boolean(filters.q || filters.year || filters.country || filters.theme || filters.outcome);
  // Links keep the page's language in the URL, the key a shared cache keeps it under.
  const href = (page: number) => withLocaleParam(getPracticesHref({ ...filters, page }), locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <PracticeFiltersForm filters={filters} facets={facets} />
      <section aria-labelledby="practice-results-heading" className="space-y-3">
        <h2 id="practice-results-heading" className="flex flex-wrap items-baseline gap-x-3 text-xl font-bold text-slate-900">
          {t("results")}
          <span className="text-base font-normal text-slate-700" role="status">
            {t("count", { count: practices.total })}
          </span>
        </h2>
        {practices.items.length > 0 ? (
          <PracticeList practices={practices.items} />
        ) : practices.total > 0 ? (
          <EmptyState title={t("pastEnd")}>
            <Link href={href(1)} className="font-medium text-brand-700 underline">
              {t("firstPage")}
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title={t("emptyTitle")}>
            {isFiltered
              ? t.rich("emptyFiltered", {
                  link: (chunks) => (
                    <Link href={withLocaleParam("/practices", locale)} className="font-medium text-brand-700 underline">
                      {chunks}
                    </Link>
                  ),
                })
              : t("emptyNone")}
          </EmptyState>
        )}
        <PageLinks label={t("pages")} page={practices.page} pageCount={practices.pageCount} getHref={href} />
      </section>
    </div>
  );
}
