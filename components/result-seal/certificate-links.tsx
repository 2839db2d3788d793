import { useLocale, useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { getCertificatePlace } from "@/lib/pdf/certificate";

export interface CertifiedAward {
  rank: number;
  countryName: string;
  title: string;
}

const LINK = "font-medium text-brand-700 hover:underline";

/**
 * One download link per awarded place, in the page's language, and one in each other language (a ceremony abroad
 * prints its certificates in the hall's language); the links work once the result is frozen.
 */
export function CertificateLinks({ year, awards }: { year: number; awards: readonly CertifiedAward[] }) {
  const t = useTranslations("certificate");
  const locale = useLocale() as Locale;
  const href = (rank: number, language: Locale) => `/admin/editions/${year}/certificates/${rank}?lang=${language}`;
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
      {awards.map((award) => {
        const place = getCertificatePlace(award.rank, locale);
        return (
          <li key={award.rank} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
            <span>
              <span className="font-semibold">{place}</span> · {award.countryName} — {award.title}
            </span>
            {/* Plain links, not next/link: the route answers with a file to save, not a page. */}
            <span className="flex flex-wrap gap-4">
              <a href={href(award.rank, locale)} download className={LINK}>
                {t("link", { place })}
              </a>
              {LOCALES.filter((other) => other !== locale).map((other) => (
                <a key={other} href={href(award.rank, other)} download hrefLang={other} className={LINK}>
                  {t("linkIn", { place, language: other })}
                </a>
              ))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
