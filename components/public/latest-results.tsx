import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { PublishedResults } from "@/lib/results/public-queries";
import { withLocaleParam } from "@/lib/i18n/locales";
import { AwardCard } from "./award-card";

/** The landing page's look at the newest published edition: the winner first, then the runners-up. */
export function LatestResults({ results }: { results: PublishedResults }) {
  const t = useTranslations("public");
  const locale = useLocale();
  const [winner, ...runnersUp] = results.awards;
  return (
    <section aria-labelledby="latest-results-heading" className="space-y-4">
      <div>
        <h2 id="latest-results-heading" className="text-2xl font-bold text-slate-900">
          {t("latest.heading", { year: results.year })}
        </h2>
        <p className="mt-1 text-slate-700">{t("themePlain", { theme: results.theme })}</p>
      </div>
      {winner && <AwardCard award={winner} />}
      {runnersUp.length > 0 && (
        <div className="grid gap-4 sm:grid-cols-2">
          {runnersUp.map((award) => (
            <AwardCard key={award.rank} award={award} />
          ))}
        </div>
      )}
      <p>
        <Link href={withLocaleParam(`/results/${results.year}`, locale)} className="font-semibold text-brand-700 underline">
          {t("latest.allResults", { year: results.year })}
        </Link>
      </p>
    </section>
  );
}
