import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CountryLabel } from "@/components/public/country-label";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { withLocaleParam } from "@/lib/i18n/locales";
import { listCachedPublishedEditions } from "@/lib/results/public-cache";
import { getMetadataBase } from "@/lib/format/metadata-base";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.archive");
  const description = t("metaDescription");
  return {
    ...getMetadataBase(),
    title: t("title"),
    description,
    alternates: { canonical: "/archive" },
    openGraph: { type: "website", title: t("ogTitle"), description, url: "/archive" },
  };
}

/** Every published edition, newest first. No login. */
export default async function ArchivePage() {
  // A result revealed at the ceremony appears here at once: publication clears the public cache.
  const editions = await listCachedPublishedEditions();
  const [t, locale] = await Promise.all([getTranslations("public.archive"), getLocale()]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      {editions.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ol className="space-y-3">
          {editions.map((edition) => (
            <li key={edition.year}>
              <Link
                href={withLocaleParam(`/results/${edition.year}`, locale)}
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="flex flex-wrap items-baseline gap-x-3">
                  <span className="text-xl font-bold text-brand-900">{edition.year}</span>
                  <span className="text-slate-700">{edition.theme}</span>
                </span>
                <span className="mt-1 block text-sm text-slate-800">
                  {edition.winner ? (
                    <>
                      <span className="font-semibold">{t("winner")}</span>{" "}
                      <CountryLabel code={edition.winner.country.code} name={edition.winner.country.name} />, “
                      {edition.winner.title}”
                    </>
                  ) : (
                    t("noWinner")
                  )}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
