import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NoticeSection } from "@/components/public/notice-section";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateRange } from "@/lib/format/date-range";
import { type Locale, withLocaleParam } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.accessibility");
  return { title: t("title"), description: t("metaDescription"), alternates: { canonical: "/accessibility" } };
}

/** The day this statement was last reviewed; change it with the statement. */
const STATEMENT_DATE = "2026-12-02";

const LINK = "font-medium text-brand-700 underline hover:no-underline";

function externalLink(href: string) {
  return function ExternalLink(chunks: React.ReactNode) {
    return (
      <a href={href} className={LINK}>
        {chunks}
      </a>
    );
  };
}

const RICH = {
  strong: (chunks: React.ReactNode) => <strong>{chunks}</strong>,
  em: (chunks: React.ReactNode) => <em>{chunks}</em>,
};

const TESTED = ["testedKeyboard", "testedLighthouse"] as const;
const LIMITATIONS = ["limitCertificates", "limitAnnexes", "limitCeremony", "limitCharts", "limitLanguage"] as const;

/** The accessibility statement of the award's application, public, in the shape of the EU model statement. */
export default async function AccessibilityPage() {
  const [t, locale] = await Promise.all([getTranslations("legal.accessibility"), getLocale() as Promise<Locale>]);
  return (
    <article className="max-w-3xl space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <NoticeSection id="standard" title={t("standardTitle")}>
        <p>{t.rich("standard", { link: externalLink("https://www.w3.org/TR/WCAG22/") })}</p>
        <p>{t.rich("status", RICH)}</p>
        <p>{t("scope")}</p>
      </NoticeSection>
      <NoticeSection id="tested" title={t("testedTitle")}>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t.rich("testedAutomated", { ...RICH, link: externalLink("https://github.com/dequelabs/axe-core") })}</li>
          {TESTED.map((key) => (
            <li key={key}>{t.rich(key, RICH)}</li>
          ))}
        </ul>
        <p>{t("testedLimits")}</p>
      </NoticeSection>
      <NoticeSection id="limitations" title={t("limitationsTitle")}>
        <ul className="list-disc space-y-1 pl-5">
          {LIMITATIONS.map((key) => (
            <li key={key}>{t.rich(key, RICH)}</li>
          ))}
        </ul>
      </NoticeSection>
      <NoticeSection id="report" title={t("reportTitle")}>
        <p>{t.rich("report1", RICH)}</p>
        <p>{t("report2")}</p>
      </NoticeSection>
      <NoticeSection id="date" title={t("dateTitle")}>
        <p>
          {t.rich("date", {
            day: formatDateRange(STATEMENT_DATE, null, locale),
            time: (chunks) => <time dateTime={STATEMENT_DATE}>{chunks}</time>,
            link: (chunks) => (
              <Link href={withLocaleParam("/privacy", locale)} className={LINK}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </NoticeSection>
    </article>
  );
}
