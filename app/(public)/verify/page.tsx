import type { Metadata } from "next";
import { VerifySnapshot } from "@/components/public/verify-snapshot";
import { PageHeader } from "@/components/ui/page-header";
import { parseYearParam } from "@/lib/validation/year";

export const metadata: Metadata = {
  title: "Verify a sealed result",
  description: "Check in your browser that a published result is exactly the one that was sealed.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Anyone checks the public part of a sealed result here; `?year=2026` fetches the one published for that year. */
export default async function VerifyPage({ searchParams }: { searchParams: SearchParams }) {
  const { year: yearParam } = await searchParams;
  const year = typeof yearParam === "string" ? (parseYearParam(yearParam) ?? null) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Verify a sealed result"
        description="The result of each edition is sealed before it is announced. Its public part, published with the results, is checked here in your browser: what you paste stays on your computer, only its year is used to fetch the published fingerprint."
      />
      <VerifySnapshot year={year} />
      <section aria-labelledby="how-heading" className="max-w-3xl space-y-2 text-sm text-slate-700">
        <h2 id="how-heading" className="text-lg font-semibold text-slate-900">
          How the check works
        </h2>
        <p>
          Your browser reads the JSON, writes it in canonical form (keys sorted, no spaces, numbers to six decimals),
          computes its SHA-256 and compares it with the fingerprint published with the results of that year. The
          downloaded file is already in canonical form, so <code className="font-mono">sha256sum</code> on it gives the
          same fingerprint.
        </p>
        <p>
          The public part names the fingerprint of the private part (the individual jurors&apos; scores, which are never
          published) and of the whole seal, so a match vouches for both.
        </p>
      </section>
    </div>
  );
}
