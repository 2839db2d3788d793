import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddConflictForm } from "@/components/assignments/add-conflict-form";
import { ConflictsTable } from "@/components/assignments/conflicts-table";
import { JuryPagesNav } from "@/components/assignments/jury-pages-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getJurySettings, listEditionJurors } from "@/lib/jury/assignment-matrix";
import { CONFLICT_PAGE_SIZE, countEditionConflicts, listConflictableDossiers, listEditionConflicts } from "@/lib/jury/conflict-queries";
import { parsePageNumber } from "@/lib/jury/progress";
import { getJuryChangeBlock } from "@/lib/domain/jury-changes";
import { addConflictAction } from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Conflicts of interest ${year} · Secretariat` };
}

export default async function ConflictsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year: yearParam } = await params;
  const path = `/admin/editions/${encodeURIComponent(yearParam)}/conflicts`;
  const page = await requireAdminEditionPage(yearParam, path);
  const { db, edition } = page;
  const conflictPage = parsePageNumber((await searchParams).page);

  const [settings, conflicts, conflictCount, jurors, dossiers] = await Promise.all([
    getJurySettings({ db, editionId: edition.id }),
    listEditionConflicts({ db, editionId: edition.id, page: conflictPage }),
    countEditionConflicts({ db, editionId: edition.id }),
    listEditionJurors({ db, editionId: edition.id }),
    listConflictableDossiers({ db, editionId: edition.id }),
  ]);
  if (!settings) notFound();
  const block = getJuryChangeBlock("conflicts", settings);

  return (
    <div className="space-y-8">
      <PageHeader
        title={`Conflicts of interest ${edition.year}`}
        description="A juror never scores their own country's dossier, nor one they or the secretariat declared a conflict on."
      >
        <JuryPagesNav year={edition.year} current="conflicts" />
      </PageHeader>

      <section aria-labelledby="conflicts-heading" className="space-y-3">
        <h2 id="conflicts-heading" className="text-lg font-semibold">
          Every conflict ({conflictCount})
        </h2>
        {conflictCount === 0 ? (
          <EmptyState title="No conflicts recorded">
            Own-country conflicts are recorded when the edition moves to Jury scoring; jurors and the secretariat can add others.
          </EmptyState>
        ) : (
          <ConflictsTable conflicts={conflicts} timeZone={edition.timeZone} />
        )}
        <PageLinks
          label="Conflict pages"
          page={conflictPage}
          pageCount={Math.max(1, Math.ceil(conflictCount / CONFLICT_PAGE_SIZE))}
          getHref={(n) => (n > 1 ? `${path}?page=${n}` : path)}
        />
      </section>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Add a conflict</h2>
        {block ? (
          <Notice>{block}</Notice>
        ) : jurors.length === 0 || dossiers.length === 0 ? (
          <p className="text-sm text-slate-600">A conflict needs a juror of this edition and a submitted or accepted competing dossier.</p>
        ) : (
          <AddConflictForm
            editionId={edition.id}
            jurors={jurors.map((j) => ({ userId: j.userId, name: j.name, countryName: j.countryName }))}
            dossiers={dossiers}
            action={addConflictAction}
          />
        )}
      </Card>
    </div>
  );
}
