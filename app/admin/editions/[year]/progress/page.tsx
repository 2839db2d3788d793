import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { JuryPagesNav } from "@/components/assignments/jury-pages-nav";
import { CloseJuryPanel } from "@/components/jury-progress/close-jury-panel";
import { ProgressTable } from "@/components/jury-progress/progress-table";
import { SendRemindersButton } from "@/components/jury-progress/send-reminders-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageLinks } from "@/components/ui/page-links";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getJurySettings, type JurySettings } from "@/lib/jury/assignment-matrix";
import { getJuryProgress, parsePageNumber, PROGRESS_PAGE_SIZE } from "@/lib/jury/progress";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { getJuryChangeBlock, isJuryClosed } from "@/lib/domain/jury-changes";
import { formatCountryName } from "@/lib/format/country-name";
import type { Locale } from "@/lib/i18n/locales";
import { closeJuryAction, sendRemindersAction } from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("juryAdmin.progress");
  return { title: t("metaTitle", { year }) };
}

/** Where the jury stands: closed (when, why), not yet scoring, or nothing to say while it scores. */
async function JuryStatus({ settings }: { settings: JurySettings }) {
  const [t, phases, locale] = await Promise.all([getTranslations("juryAdmin.progress"), getTranslations("editionsAdmin.phase"), getLocale() as Promise<Locale>]);
  if (settings.juryClosedAt) {
    return (
      <Notice>
        {t("closedOn", { moment: formatEditionMoment(settings.juryClosedAt, settings.timeZone, { locale }) })}
        {settings.juryCloseReason && <> {t("closedEarly", { reason: settings.juryCloseReason })}</>}
      </Notice>
    );
  }
  if (isJuryClosed(settings)) return <Notice>{t("closedPhase", { phase: phases(settings.phase) })}</Notice>;
  if (settings.phase !== "jury_scoring") return <Notice>{t("notScoring")}</Notice>;
  return null;
}

/** The page's link with the two tables' page numbers (only those past the first). */
function getProgressHref(path: string, pages: { page: number; jurorPage: number }) {
  const search = new URLSearchParams();
  if (pages.page > 1) search.set("page", String(pages.page));
  if (pages.jurorPage > 1) search.set("jurorPage", String(pages.jurorPage));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

const pageCountOf = (rows: number) => Math.max(1, Math.ceil(rows / PROGRESS_PAGE_SIZE));

export default async function JuryProgressPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year: yearParam } = await params;
  const path = `/admin/editions/${encodeURIComponent(yearParam)}/progress`;
  const page = await requireAdminEditionPage(yearParam, path);
  const { db, edition } = page;
  const search = await searchParams;
  const pages = { page: parsePageNumber(search.page), jurorPage: parsePageNumber(search.jurorPage) };

  const [settings, progress] = await Promise.all([
    getJurySettings({ db, editionId: edition.id }),
    getJuryProgress({ db, editionId: edition.id, dossierPage: pages.page, jurorPage: pages.jurorPage }),
  ]);
  if (!settings) notFound();
  const { totals, jurorsBehind } = progress;
  const missing = totals.assigned - totals.submitted;
  const [t, locale] = await Promise.all([getTranslations("juryAdmin.progress"), getLocale() as Promise<Locale>]);
  const canRemind = getJuryChangeBlock("reminders", settings) === null;
  const canClose = getJuryChangeBlock("close", settings) === null;

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title", { year: edition.year })}
        description={t("deadline", { moment: formatEditionMoment(settings.juryDeadline, settings.timeZone, { locale }) })}
      >
        <JuryPagesNav year={edition.year} current="progress" />
      </PageHeader>

      <JuryStatus settings={settings} />

      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">
          {t("submitted", { submitted: totals.submitted, assigned: totals.assigned })}
        </h2>
        <p className="text-sm text-slate-700">
          {t("drafts", { draft: totals.draft, notStarted: totals.notStarted })}
        </p>
        {canRemind && jurorsBehind > 0 && <SendRemindersButton editionId={edition.id} jurorCount={jurorsBehind} action={sendRemindersAction} />}
        {canClose && totals.assigned > 0 && (
          <CloseJuryPanel editionId={edition.id} year={edition.year} version={settings.version} missingCount={missing} action={closeJuryAction} />
        )}
      </Card>

      <section aria-labelledby="jurors-heading" className="space-y-3">
        <h2 id="jurors-heading" className="text-lg font-semibold">
          {t("perJuror")}
        </h2>
        {progress.jurorCount === 0 ? (
          <EmptyState title={t("noJurors")}>{t("noJurorsBody")}</EmptyState>
        ) : (
          <ProgressTable
            caption={t("jurorCaption")}
            nameHeader={t("juror")}
            totals={totals}
            rows={progress.jurors.map((j) => ({
              ...j,
              key: j.userId,
              detail: [
                j.countryName && j.countryCode ? formatCountryName(j.countryCode, j.countryName, locale) : j.countryName,
                j.isVoting ? null : t("nonVoting"),
                j.isChair ? t("chair") : null,
                j.excluded ? t("excluded", { count: j.excluded }) : null,
              ]
                .filter(Boolean)
                .join(" · "),
            }))}
          />
        )}
        <PageLinks
          label={t("jurorPages")}
          page={pages.jurorPage}
          pageCount={pageCountOf(progress.jurorCount)}
          getHref={(jurorPage) => getProgressHref(path, { ...pages, jurorPage })}
        />
      </section>

      <section aria-labelledby="dossiers-heading" className="space-y-3">
        <h2 id="dossiers-heading" className="text-lg font-semibold">
          {t("perDossier")}
        </h2>
        {progress.dossierCount === 0 ? (
          <EmptyState title={t("noDossiers")}>{t("noDossiersBody")}</EmptyState>
        ) : (
          <ProgressTable
            caption={t("dossierCaption")}
            nameHeader={t("dossier")}
            totals={totals}
            rows={progress.dossiers.map((d) => ({
              ...d,
              key: d.id,
              name: formatCountryName(d.countryCode, d.countryName, locale),
              detail: d.excluded ? `${d.title} · ${t("excluded", { count: d.excluded })}` : d.title,
            }))}
          />
        )}
        <PageLinks
          label={t("dossierPages")}
          page={pages.page}
          pageCount={pageCountOf(progress.dossierCount)}
          getHref={(dossierPage) => getProgressHref(path, { ...pages, page: dossierPage })}
        />
      </section>
    </div>
  );
}
