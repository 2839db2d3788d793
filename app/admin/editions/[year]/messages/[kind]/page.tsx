import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TemplateEditor } from "@/components/messages/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getTemplateForEditor } from "@/lib/mail/template-queries";
import { isMailTemplateKind } from "@/lib/mail/templates";
import { resetMailTemplateAction, saveMailTemplateAction } from "../actions";

type Params = Promise<{ year: string; kind: string }>;
type SearchParams = Promise<{ language?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year, kind } = await params;
  const t = await getTranslations("mailTemplates");
  const title = isMailTemplateKind(kind) ? t(`kinds.${kind}.title`) : t("body");
  return { title: t("editorMetaTitle", { title, year }) };
}

/**
 * The editor of one kind of message of an edition, one language at a time (a tab per language): its text, the
 * placeholders it knows, a live preview, reset. Each language is its own version, saved and reset on its own.
 */
export default async function EditionMessagePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ year: yearParam, kind }, { language }] = await Promise.all([params, searchParams]);
  const { db, edition } = await requireAdminEditionPage(
    yearParam,
    `/admin/editions/${encodeURIComponent(yearParam)}/messages/${encodeURIComponent(kind)}`,
  );
  if (!isMailTemplateKind(kind)) notFound();
  const chosen = isLocale(language) ? language : DEFAULT_LOCALE;
  const [template, t] = await Promise.all([getTemplateForEditor({ db, editionId: edition.id, kind }), getTranslations("mailTemplates")]);
  const version = template.versions.find((v) => v.locale === chosen)!;
  const languageName = t(`languages.${chosen}`);
  const placeholders = template.placeholders.map((name) => ({
    name,
    description: t(`placeholderNames.${name}`),
    isRequired: template.required.includes(name),
  }));

  return (
    <div className="space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href={`/admin/editions/${edition.year}/messages`} className="font-medium text-brand-700 hover:underline">
            {t("backToList", { year: edition.year })}
          </Link>
        </p>
        <PageHeader title={t(`kinds.${kind}.title`)} description={t(`kinds.${kind}.sentWhen`)} />
      </div>
      <nav aria-label={t("languageTabs")} className="border-b border-slate-200">
        <ul className="-mb-px flex gap-4">
          {template.versions.map((v) => (
            <li key={v.locale}>
              <Link
                href={`/admin/editions/${edition.year}/messages/${kind}?language=${v.locale}`}
                aria-current={v.locale === chosen ? "page" : undefined}
                className={`inline-block border-b-2 px-1 pb-2 text-sm font-medium ${v.locale === chosen ? "border-brand-700 text-brand-700" : "border-transparent text-slate-700 hover:text-slate-900"}`}
              >
                {t(`versionHeadings.${v.locale}`)}
                <span className="ml-1 text-xs font-normal text-slate-600">({v.isCustomised ? t("customisedState") : t("defaultState")})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="template-version-heading" className="space-y-4">
        <div>
          <h2 id="template-version-heading" className="text-lg font-semibold">
            {t(`versionHeadings.${chosen}`)}
          </h2>
          <p className="text-sm text-slate-700">{t("versionHint", { language: languageName, isDefault: chosen === DEFAULT_LOCALE ? "yes" : "no" })}</p>
        </div>
        <TemplateEditor
          // A new tab is a new form: its text, version and messages are the language's own.
          key={chosen}
          editionId={edition.id}
          kind={kind}
          locale={chosen}
          version={version.version}
          isCustomised={version.isCustomised}
          subject={version.subject}
          body={version.body}
          defaults={version.defaults}
          placeholders={placeholders}
          save={saveMailTemplateAction}
          reset={resetMailTemplateAction}
        />
      </section>
    </div>
  );
}
