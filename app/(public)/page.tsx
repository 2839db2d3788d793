import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EditionStatusCard } from "@/components/public/edition-status-card";
import { LatestResults } from "@/components/public/latest-results";
import { OpenCallCard } from "@/components/public/open-call-card";
import { EmptyState } from "@/components/ui/empty-state";
import { withLocaleParam } from "@/lib/i18n/locales";
import { getCachedOpenCall, getCachedPublishedResults, listCachedPublicEditions, listCachedPublishedEditions } from "@/lib/results/public-cache";
import { getMetadataBase } from "@/lib/format/metadata-base";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public");
  const description = t("home.metaDescription");
  return {
    ...getMetadataBase(),
    title: { absolute: t("home.metaTitle") },
    description,
    openGraph: { type: "website", siteName: "Palmarès", title: t("award"), description, url: "/" },
  };
}

const IN_PROGRESS_PHASES = ["eligibility", "jury_scoring", "deliberation"];

/** The public front page: what the award is, the open call, the latest results. No login. */
export default async function HomePage() {
  // From the public cache, which every publication and public change clears (lib/results/public-cache.ts).
  const [publicEditions, openCall, publishedEditions] = await Promise.all([listCachedPublicEditions(), getCachedOpenCall(), listCachedPublishedEditions()]);
  const latestYear = publishedEditions[0]?.year;
  const latest = latestYear === undefined ? undefined : await getCachedPublishedResults(latestYear);
  const inProgress = publicEditions.find((e) => IN_PROGRESS_PHASES.includes(e.phase));
  const [t, locale] = await Promise.all([getTranslations("public"), getLocale()]);

  return (
    <div className="space-y-10">
      <section aria-labelledby="award-heading" className="max-w-3xl">
        <h1 id="award-heading" className="text-3xl font-bold text-slate-900 sm:text-4xl">
          {t("award")}
        </h1>
        <p className="mt-3 text-lg text-slate-700">{t("home.intro")}</p>
      </section>

      {publicEditions.length === 0 ? (
        <EmptyState title={t("home.noEditionsTitle")}>{t("home.noEditionsBody")}</EmptyState>
      ) : (
        <>
          {openCall && <OpenCallCard call={openCall} />}
          {inProgress && <EditionStatusCard edition={inProgress} />}
          {latest && <LatestResults results={latest} />}
          {publishedEditions.length > 0 && (
            <p>
              <Link href={withLocaleParam("/archive", locale)} className="font-semibold text-brand-700 underline">
                {t("home.browseArchive")}
              </Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
