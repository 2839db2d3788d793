import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CountryLabel } from "@/components/public/country-label";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { withLocaleParam, type Locale } from "@/lib/i18n/locales";
import { listCachedPublishedEditions } from "@/lib/results/public-cache";
import { getMetadataBase } from "@/lib/format/metadata-base";
import type { ArchivedAward } from "@/lib/results/public-queries";
import { getPracticesHref } from "@/lib/validation/practice-filters";

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

function AwardLink({ award, locale }: { award: Pick<ArchivedAward, "id" | "country" | "title">; locale: Locale }) {
  return (
    <>
      <CountryLabel code={award.country.code} name={award.country.name} />,{" "}
      <Link href={withLocaleParam(`/practices/${award.id}`, locale)} className="text-brand-900 underline">
        “{award.title}”
      </Link>
    </>
  );
}

/** Every published edition, newest first, with its winner and runners-up. No login. */
export default async function ArchivePage() {
  // A result revealed at the ceremony appears here at once: publication clears the public cache.
  const editions = await listCachedPublishedEditions();
  const [t, locale] = await Promise.all([getTranslations("public.archive"), getLocale() as Promise<Locale>]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")}>
        <Link href={withLocaleParam("/practices", locale)} className="font-semibold text-brand-700 underline">
          {t("catalogue")}
        </Link>
      </PageHeader>
      {editions.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ol className="space-y-3">
          {editions.map((edition) => (
            <li key={edition.year} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="flex flex-wrap items-baseline gap-x-3">
                <Link href={withLocaleParam(`/results/${edition.year}`, locale)} className="text-xl font-bold text-brand-900 underline-offset-2 hover:underline">
                  {t("results", { year: edition.year })}
                </Link>
                <span className="text-slate-700">{edition.theme}</span>
              </h2>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-slate-800 sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">{t("winner")}</dt>
                <dd>{edition.winner ? <AwardLink award={edition.winner} locale={locale} /> : t("noWinner")}</dd>
                {edition.runnersUp.length > 0 && (
                  <>
                    <dt className="font-semibold">{t("runnersUp")}</dt>
                    <dd>
                      <ul>
                        {edition.runnersUp.map((award) => (
                          <li key={award.rank}>
                            <AwardLink award={award} locale={locale} />
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
              </dl>
              <p className="mt-2 text-sm">
                <Link href={withLocaleParam(getPracticesHref({ year: edition.year }), locale)} className="font-medium text-brand-700 underline">
                  {t("entries", { year: edition.year })}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
