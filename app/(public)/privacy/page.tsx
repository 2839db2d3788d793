import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NoticeSection } from "@/components/public/notice-section";
import { PageHeader } from "@/components/ui/page-header";
import { type Locale, withLocaleParam } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.privacy");
  return { title: t("title"), description: t("metaDescription"), alternates: { canonical: "/privacy" } };
}

const RICH = {
  strong: (chunks: React.ReactNode) => <strong>{chunks}</strong>,
  em: (chunks: React.ReactNode) => <em>{chunks}</em>,
};

const COLLECTED = ["collectedAccounts", "collectedDossiers", "collectedJury", "collectedSecurity", "collectedAudit", "collectedMessages"] as const;
const WHO = ["whoSecretariat", "whoCoordinator", "whoJuror", "whoPublic"] as const;

/** The privacy notice of the award's application, public. The controller is a placeholder the network fills in. */
export default async function PrivacyPage() {
  const [t, tLegal, locale] = await Promise.all([getTranslations("legal.privacy"), getTranslations("legal"), getLocale() as Promise<Locale>]);
  return (
    <article className="max-w-3xl space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <NoticeSection id="controller" title={t("controllerTitle")}>
        <p>{t.rich("controller", RICH)}</p>
      </NoticeSection>
      <NoticeSection id="collected" title={t("collectedTitle")}>
        <ul className="list-disc space-y-1 pl-5">
          {COLLECTED.map((key) => (
            <li key={key}>{t.rich(key, RICH)}</li>
          ))}
        </ul>
      </NoticeSection>
      <NoticeSection id="why" title={t("whyTitle")}>
        <p>{t("why")}</p>
      </NoticeSection>
      <NoticeSection id="who" title={t("whoTitle")}>
        <ul className="list-disc space-y-1 pl-5">
          {WHO.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </NoticeSection>
      <NoticeSection id="retention" title={t("retentionTitle")}>
        <p>{t("retention")}</p>
      </NoticeSection>
      <NoticeSection id="erasure" title={t("erasureTitle")}>
        <p>{t("erasure")}</p>
      </NoticeSection>
      <NoticeSection id="contact" title={t("contactTitle")}>
        <p>{t.rich("contact", RICH)}</p>
      </NoticeSection>
      <p className="text-sm text-slate-600">
        <Link href={withLocaleParam("/", locale)} className="font-medium text-brand-700 hover:underline">
          {tLegal("backToAward")}
        </Link>
      </p>
    </article>
  );
}
