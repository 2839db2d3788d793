import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { LOCALES } from "@/lib/i18n/locales";
import { listEditionTemplates } from "@/lib/mail/template-queries";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations("mailTemplates"))("listMetaTitle", { year }) };
}

/** Every kind of message the edition sends, with the languages the secretariat has rewritten it in; each opens its editor. */
export default async function EditionMessagesPage({ params }: { params: Params }) {
  const { year: yearParam } = await params;
  const { db, edition } = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/messages`);
  const [templates, t, locale] = await Promise.all([listEditionTemplates({ db, editionId: edition.id }), getTranslations("mailTemplates"), getLocale()]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("listTitle", { year: edition.year })} description={t("listDescription")}>
        <Link href={`/admin/editions/${edition.year}`} className="text-sm font-medium text-brand-700 hover:underline">
          {t("backToEdition", { year: edition.year })}
        </Link>
      </PageHeader>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption", { year: edition.year })}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3">{t("columnMessage")}</th>
              <th scope="col" className="px-4 py-3">{t("columnSent")}</th>
              {LOCALES.map((language) => (
                <th key={language} scope="col" className="px-4 py-3">
                  {t("columnLanguage", { language: t(`languages.${language}`) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {templates.map((template) => (
              <tr key={template.kind} className="align-top">
                <th scope="row" className="px-4 py-3 font-medium">
                  <Link href={`/admin/editions/${edition.year}/messages/${template.kind}`} className="text-brand-700 hover:underline">
                    {t(`kinds.${template.kind}.title`)}
                  </Link>
                </th>
                <td className="px-4 py-3 text-slate-700">{t(`kinds.${template.kind}.sentWhen`)}</td>
                {template.versions.map((version) => (
                  <td key={version.locale} className="whitespace-nowrap px-4 py-3">
                    {version.isCustomised ? t("edited", { date: formatEditionMoment(version.updatedAt, edition.timeZone, { locale }) }) : t("builtIn")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
