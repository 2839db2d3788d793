import type { Metadata } from "next";
import Link from "next/link";
import { EditionStatusCard } from "@/components/public/edition-status-card";
import { LatestResults } from "@/components/public/latest-results";
import { OpenCallCard } from "@/components/public/open-call-card";
import { EmptyState } from "@/components/ui/empty-state";
import { getCachedOpenCall, getCachedPublishedResults, listCachedPublicEditions, listCachedPublishedEditions } from "@/lib/results/public-cache";
import { getMetadataBase } from "@/lib/format/metadata-base";

const DESCRIPTION = "The European Crime Prevention Award: the current call for nominations, the latest winners and every past edition.";

export function generateMetadata(): Metadata {
  return {
    ...getMetadataBase(),
    title: { absolute: "European Crime Prevention Award · Palmarès" },
    description: DESCRIPTION,
    openGraph: { type: "website", siteName: "Palmarès", title: "European Crime Prevention Award", description: DESCRIPTION, url: "/" },
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

  return (
    <div className="space-y-10">
      <section aria-labelledby="award-heading" className="max-w-3xl">
        <h1 id="award-heading" className="text-3xl font-bold text-slate-900 sm:text-4xl">
          European Crime Prevention Award
        </h1>
        <p className="mt-3 text-lg text-slate-700">
          Each year the award recognises the best crime-prevention project in Europe. Every member state may nominate one
          project on the theme chosen by the country holding the presidency; an international jury assesses them on five
          criteria, and the winner and runners-up are announced at the Best Practice Conference.
        </p>
      </section>

      {publicEditions.length === 0 ? (
        <EmptyState title="No editions yet">
          The first edition has not been announced. The call for nominations and, later, the results will appear here.
        </EmptyState>
      ) : (
        <>
          {openCall && <OpenCallCard call={openCall} />}
          {inProgress && <EditionStatusCard edition={inProgress} />}
          {latest && <LatestResults results={latest} />}
          {publishedEditions.length > 0 && (
            <p>
              <Link href="/archive" className="font-semibold text-brand-700 underline">
                Browse the archive of past editions
              </Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
