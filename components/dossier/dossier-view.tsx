import { useLocale, useTranslations } from "next-intl";
import { ANSWER_FIELDS, type AnswerField } from "@/lib/domain/dossier-completeness";
import { formatDateRange } from "@/lib/format/date-range";

/** What the dossier view reads: the entry form's content; the contact person only where the reader may see it. */
export interface DossierViewData extends Record<AnswerField, string> {
  countryName: string;
  organisation: string;
  startDate: string | null;
  isOngoing: boolean;
  endDate: string | null;
  links: string[];
  description: string;
  contact?: { name: string; email: string; phone: string };
}

function usePeriod(): (dossier: DossierViewData) => string | null {
  const t = useTranslations("dossierView");
  const locale = useLocale();
  return (dossier) => {
    if (!dossier.startDate) return null;
    if (dossier.isOngoing || !dossier.endDate) return t("ongoing", { start: formatDateRange(dossier.startDate, null, locale) });
    return formatDateRange(dossier.startDate, dossier.endDate, locale);
  };
}

function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link);
}

/**
 * The dossier as it is read, judged and printed: the same view for the jury, the coordinator's submitted
 * dossier and the printable page. Headings start at `headingLevel` so it fits under each page's own headings.
 */
export function DossierView({ dossier, headingLevel = 3 }: { dossier: DossierViewData; headingLevel?: 2 | 3 }) {
  const t = useTranslations("dossierView");
  const describePeriod = usePeriod();
  const NOT_GIVEN = <span className="text-slate-500">{t("notGiven")}</span>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const period = describePeriod(dossier);
  const links = dossier.links.filter(isWebLink);
  return (
    <div className="space-y-6 print:space-y-4 print:text-[11pt]">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-slate-700">{t("country")}</dt>
        <dd>{dossier.countryName}</dd>
        <dt className="font-semibold text-slate-700">{t("organisation")}</dt>
        <dd>{dossier.organisation || NOT_GIVEN}</dd>
        <dt className="font-semibold text-slate-700">{t("period")}</dt>
        <dd>{period ?? NOT_GIVEN}</dd>
        {dossier.contact && (
          <>
            <dt className="font-semibold text-slate-700">{t("contact")}</dt>
            <dd>
              {[dossier.contact.name, dossier.contact.email, dossier.contact.phone].filter(Boolean).join(" · ") || NOT_GIVEN}
            </dd>
          </>
        )}
        <dt className="font-semibold text-slate-700">{t("links")}</dt>
        <dd>
          {links.length === 0 ? (
            NOT_GIVEN
          ) : (
            <ul className="space-y-1">
              {links.map((link) => (
                <li key={link}>
                  <a href={link} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 hover:underline print:text-slate-900">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <section aria-labelledby="dossier-description" className="break-inside-avoid-page">
        <Heading id="dossier-description" className="font-semibold text-slate-900">
          {t("description")}
        </Heading>
        <p className="mt-1 whitespace-pre-line text-slate-800">{dossier.description || NOT_GIVEN}</p>
      </section>
      {ANSWER_FIELDS.map((field) => (
        <section key={field} aria-labelledby={`dossier-${field}`}>
          <Heading id={`dossier-${field}`} className="font-semibold text-slate-900">
            {t(`answers.${field}.label`)}
          </Heading>
          <p className="text-xs text-slate-600 italic">{t(`answers.${field}.question`)}</p>
          <p className="mt-1 whitespace-pre-line text-slate-800">{dossier[field].trim() || NOT_GIVEN}</p>
        </section>
      ))}
    </div>
  );
}
