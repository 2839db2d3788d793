import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AddConflictForm } from "@/components/assignments/add-conflict-form";
import { ConflictChoiceSearch } from "@/components/assignments/conflict-choice-search";
import { ConflictsTable } from "@/components/assignments/conflicts-table";
import { JuryPagesNav } from "@/components/assignments/jury-pages-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getJurySettings } from "@/lib/jury/assignment-matrix";
import { CONFLICT_PAGE_SIZE, countEditionConflicts, listConflictChoices, listEditionConflicts } from "@/lib/jury/conflict-queries";
import { parsePageNumber } from "@/lib/jury/progress";
import { getJuryChangeBlock } from "@/lib/domain/jury-changes";
import { getRequestServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";
import { translateText } from "@/lib/i18n/server-text";
import { addConflictAction } from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A search box's text from the URL, trimmed; undefined when empty. */
function textParam(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 200);
  return text || undefined;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("juryAdmin.conflicts");
  return { title: t("metaTitle", { year }) };
}

export default async function ConflictsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year: yearParam } = await params;
  const path = `/admin/editions/${encodeURIComponent(yearParam)}/conflicts`;
  const page = await requireAdminEditionPage(yearParam, path);
  const { db, edition } = page;
  const search = await searchParams;
  const conflictPage = parsePageNumber(search.page);
  const jurorSearch = textParam(search.juror);
  const dossierSearch = textParam(search.dossier);

  const [settings, conflicts, conflictCount, choices] = await Promise.all([
    getJurySettings({ db, editionId: edition.id }),
    listEditionConflicts({ db, editionId: edition.id, page: conflictPage }),
    countEditionConflicts({ db, editionId: edition.id }),
    listConflictChoices({ db, editionId: edition.id, jurorSearch, dossierSearch }),
  ]);
  const { jurors, dossiers } = choices;
  const getPageHref = (n: number) => {
    const query = new URLSearchParams();
    if (jurorSearch) query.set("juror", jurorSearch);
    if (dossierSearch) query.set("dossier", dossierSearch);
    if (n > 1) query.set("page", String(n));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  if (!settings) notFound();
  const [t, catalogue] = await Promise.all([getTranslations("juryAdmin.conflicts"), getRequestServerTextCatalogue()]);
  const reason = getJuryChangeBlock("conflicts", settings);
  const block = reason ? translateText(catalogue, reason) : null;

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title", { year: edition.year })}
        description={t("description")}
      >
        <JuryPagesNav year={edition.year} current="conflicts" />
      </PageHeader>

      <section aria-labelledby="conflicts-heading" className="space-y-3">
        <h2 id="conflicts-heading" className="text-lg font-semibold">
          {t("heading", { count: conflictCount })}
        </h2>
        {conflictCount === 0 ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        ) : (
          <ConflictsTable conflicts={conflicts} timeZone={edition.timeZone} />
        )}
        <PageLinks
          label={t("pages")}
          page={conflictPage}
          pageCount={Math.max(1, Math.ceil(conflictCount / CONFLICT_PAGE_SIZE))}
          getHref={getPageHref}
        />
      </section>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("addHeading")}</h2>
        {block ? (
          <Notice>{block}</Notice>
        ) : !jurorSearch && !dossierSearch && (jurors.length === 0 || dossiers.length === 0) ? (
          <p className="text-sm text-slate-600">{t("needs")}</p>
        ) : (
          <>
            <ConflictChoiceSearch
              path={path}
              jurorSearch={jurorSearch}
              dossierSearch={dossierSearch}
              jurorCount={choices.jurorCount}
              dossierCount={choices.dossierCount}
            />
            <AddConflictForm editionId={edition.id} jurors={jurors} dossiers={dossiers} action={addConflictAction} />
          </>
        )}
      </Card>
    </div>
  );
}
