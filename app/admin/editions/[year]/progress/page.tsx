import type { Metadata } from "next";
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
import { PHASE_LABELS } from "@/lib/domain/phases";
import { closeJuryAction, sendRemindersAction } from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Jury progress ${year} · Secretariat` };
}

/** Where the jury stands: closed (when, why), not yet scoring, or nothing to say while it scores. */
function JuryStatus({ settings }: { settings: JurySettings }) {
  if (settings.juryClosedAt) {
    return (
      <Notice>
        The jury was closed on {formatEditionMoment(settings.juryClosedAt, settings.timeZone)}.
        {settings.juryCloseReason && <> It was closed before every sheet was submitted: {settings.juryCloseReason}</>}
      </Notice>
    );
  }
  if (isJuryClosed(settings)) return <Notice>The jury is closed: the edition is in {PHASE_LABELS[settings.phase]}.</Notice>;
  if (settings.phase !== "jury_scoring") {
    return <Notice>The jury is not scoring yet: assignments and progress appear once the edition moves to Jury scoring.</Notice>;
  }
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
  const canRemind = getJuryChangeBlock("reminders", settings) === null;
  const canClose = getJuryChangeBlock("close", settings) === null;

  return (
    <div className="space-y-8">
      <PageHeader title={`Jury progress ${edition.year}`} description={`Jury deadline: ${formatEditionMoment(settings.juryDeadline, settings.timeZone)}`}>
        <JuryPagesNav year={edition.year} current="progress" />
      </PageHeader>

      <JuryStatus settings={settings} />

      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">
          {totals.submitted} of {totals.assigned} assigned score sheets submitted
        </h2>
        <p className="text-sm text-slate-700">
          {totals.draft} in draft · {totals.notStarted} not started
        </p>
        {canRemind && jurorsBehind > 0 && <SendRemindersButton editionId={edition.id} jurorCount={jurorsBehind} action={sendRemindersAction} />}
        {canClose && totals.assigned > 0 && (
          <CloseJuryPanel editionId={edition.id} year={edition.year} version={settings.version} missingCount={missing} action={closeJuryAction} />
        )}
      </Card>

      <section aria-labelledby="jurors-heading" className="space-y-3">
        <h2 id="jurors-heading" className="text-lg font-semibold">
          Per juror
        </h2>
        {progress.jurorCount === 0 ? (
          <EmptyState title="No jurors yet">Add the jury&apos;s members to follow their progress here.</EmptyState>
        ) : (
          <ProgressTable
            caption="Score sheets per juror"
            nameHeader="Juror"
            totals={totals}
            rows={progress.jurors.map((j) => ({
              ...j,
              key: j.userId,
              detail: [j.countryName, j.isVoting ? null : "non-voting", j.isChair ? "chair" : null, j.excluded ? `${j.excluded} excluded` : null]
                .filter(Boolean)
                .join(" · "),
            }))}
          />
        )}
        <PageLinks
          label="Juror pages"
          page={pages.jurorPage}
          pageCount={pageCountOf(progress.jurorCount)}
          getHref={(jurorPage) => getProgressHref(path, { ...pages, jurorPage })}
        />
      </section>

      <section aria-labelledby="dossiers-heading" className="space-y-3">
        <h2 id="dossiers-heading" className="text-lg font-semibold">
          Per dossier
        </h2>
        {progress.dossierCount === 0 ? (
          <EmptyState title="No accepted dossiers yet">Competing dossiers appear here once the secretariat accepts them.</EmptyState>
        ) : (
          <ProgressTable
            caption="Score sheets per dossier"
            nameHeader="Dossier"
            totals={totals}
            rows={progress.dossiers.map((d) => ({ ...d, key: d.id, name: d.countryName, detail: d.excluded ? `${d.title} · ${d.excluded} excluded` : d.title }))}
          />
        )}
        <PageLinks
          label="Dossier pages"
          page={pages.page}
          pageCount={pageCountOf(progress.dossierCount)}
          getHref={(dossierPage) => getProgressHref(path, { ...pages, page: dossierPage })}
        />
      </section>
    </div>
  );
}
