import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { PublishedAward } from "@/lib/results/public-queries";
import { formatPlace } from "@/lib/format/place";
import { CountryLabel } from "./country-label";

/** One awarded place with its prize and the jury's reasons, its title a link to the entry's page; the winner's card stands out. */
export function AwardCard({ award, headingLevel = 3 }: { award: PublishedAward; headingLevel?: 3 | 4 }) {
  const t = useTranslations("public.awardCard");
  const locale = useLocale();
  const isWinner = award.rank === 1;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article
      className={`rounded-lg border p-5 shadow-sm ${isWinner ? "border-gold bg-amber-50 ring-2 ring-gold/40" : "border-slate-200 bg-white"}`}
    >
      <p className={`text-sm font-semibold uppercase tracking-wide ${isWinner ? "text-amber-900" : "text-slate-600"}`}>
        {formatPlace(award.rank, locale)}
      </p>
      <Heading className={`mt-1 break-words font-bold text-slate-900 ${isWinner ? "text-2xl" : "text-xl"}`}>
        <Link href={`/practices/${award.id}`} className="underline-offset-2 hover:underline">
          {award.title}
        </Link>
      </Heading>
      <p className="mt-1 text-lg text-slate-800">
        <CountryLabel code={award.country.code} name={award.country.name} />
      </p>
      {award.summary && <p className="mt-3 break-words text-slate-700">{award.summary}</p>}
      <dl className="mt-4 space-y-3 text-sm">
        {award.prize && (
          <div>
            <dt className="font-semibold text-slate-800">{t("prize")}</dt>
            <dd className="text-slate-700">{award.prize}</dd>
          </div>
        )}
        {award.juryReason && (
          <div>
            <dt className="font-semibold text-slate-800">{t("juryReasons")}</dt>
            <dd className="whitespace-pre-line text-slate-700">{award.juryReason}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
