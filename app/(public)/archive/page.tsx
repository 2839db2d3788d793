import type { Metadata } from "next";
import Link from "next/link";
import { CountryLabel } from "@/components/public/country-label";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listCachedPublishedEditions } from "@/lib/results/public-cache";
import { getMetadataBase } from "@/lib/format/metadata-base";

const DESCRIPTION = "Every published edition of the European Crime Prevention Award: year, theme and winner.";

export function generateMetadata(): Metadata {
  return {
    ...getMetadataBase(),
    title: "Archive of results",
    description: DESCRIPTION,
    alternates: { canonical: "/archive" },
    openGraph: { type: "website", title: "European Crime Prevention Award: every edition's winner", description: DESCRIPTION, url: "/archive" },
  };
}

/** Every published edition, newest first. No login. */
export default async function ArchivePage() {
  // A result revealed at the ceremony appears here at once: publication clears the public cache.
  const editions = await listCachedPublishedEditions();
  return (
    <div>
      <PageHeader title="Archive of results" description="Every published edition of the award, newest first." />
      {editions.length === 0 ? (
        <EmptyState title="No published results yet">Results appear here once they are announced at the ceremony.</EmptyState>
      ) : (
        <ol className="space-y-3">
          {editions.map((edition) => (
            <li key={edition.year}>
              <Link
                href={`/results/${edition.year}`}
                className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="flex flex-wrap items-baseline gap-x-3">
                  <span className="text-xl font-bold text-brand-900">{edition.year}</span>
                  <span className="text-slate-700">{edition.theme}</span>
                </span>
                <span className="mt-1 block text-sm text-slate-800">
                  {edition.winner ? (
                    <>
                      <span className="font-semibold">Winner:</span>{" "}
                      <CountryLabel code={edition.winner.country.code} name={edition.winner.country.name} />, “
                      {edition.winner.title}”
                    </>
                  ) : (
                    "No winner recorded"
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
