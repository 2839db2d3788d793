import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentMatrix } from "@/components/assignments/assignment-matrix";
import { AssignmentSettingsForm } from "@/components/assignments/assignment-settings-form";
import { GenerateAssignmentsButton } from "@/components/assignments/generate-assignments-button";
import { JuryPagesNav } from "@/components/assignments/jury-pages-nav";
import { ASSIGNMENT_MODE_LABELS } from "@/components/assignments/labels";
import { Card } from "@/components/ui/card";
import { MatrixFilterForm } from "@/components/assignments/matrix-filter-form";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getAssignmentMatrix, getJurySettings, MATRIX_DOSSIER_PAGE_SIZE, MATRIX_JUROR_PAGE_SIZE } from "@/lib/jury/assignment-matrix";
import { getJuryChangeBlock } from "@/lib/domain/jury-changes";
import { getMatrixHref, parseMatrixQuery } from "@/lib/validation/assignment-matrix-query";
import { addAssignmentAction, generateAssignmentsAction, removeAssignmentAction, updateAssignmentSettingsAction } from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Assignments ${year} · Secretariat` };
}

const pageCountOf = (rows: number, size: number) => Math.max(1, Math.ceil(rows / size));

export default async function AssignmentsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year: yearParam } = await params;
  const path = `/admin/editions/${encodeURIComponent(yearParam)}/assignments`;
  const page = await requireAdminEditionPage(yearParam, path);
  const { db, edition } = page;
  const query = parseMatrixQuery(await searchParams);
  const isFiltered = Boolean(query.search || query.isUnassignedOnly);

  const [settings, matrix] = await Promise.all([getJurySettings({ db, editionId: edition.id }), getAssignmentMatrix({ db, editionId: edition.id, query })]);
  if (!settings) notFound();
  const settingsBlock = getJuryChangeBlock("settings", settings);
  const changeBlock = getJuryChangeBlock("assignments", settings);
  const modeText =
    settings.assignmentMode === "per_dossier"
      ? `${settings.jurorsPerDossier ?? "every eligible"} jurors per dossier, spread evenly`
      : ASSIGNMENT_MODE_LABELS.all;

  return (
    <div className="space-y-8">
      <PageHeader title={`Assignments ${edition.year}`} description="Who scores which dossier, and the conflicts of interest that rule pairs out.">
        <JuryPagesNav year={edition.year} current="assignments" />
      </PageHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Settings</h2>
          {settingsBlock ? (
            <>
              <p className="text-sm">Mode: {modeText}.</p>
              <Notice>{settingsBlock}</Notice>
            </>
          ) : (
            <AssignmentSettingsForm
              editionId={edition.id}
              version={settings.version}
              mode={settings.assignmentMode}
              jurorsPerDossier={settings.jurorsPerDossier}
              action={updateAssignmentSettingsAction}
            />
          )}
        </Card>
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Generate</h2>
          <p className="text-sm text-slate-600">
            Assignments are generated when the edition moves to Jury scoring. Generating again applies changed settings or a
            new juror; manual assignments and every score sheet are kept.
          </p>
          {changeBlock ? (
            <Notice>{changeBlock}</Notice>
          ) : (
            <GenerateAssignmentsButton editionId={edition.id} year={edition.year} action={generateAssignmentsAction} />
          )}
        </Card>
      </div>

      <section aria-labelledby="matrix-heading" className="space-y-3">
        <h2 id="matrix-heading" className="text-lg font-semibold">
          Who scores which dossier
        </h2>
        {!changeBlock && (
          <p className="text-sm text-slate-600">
            Removing an assignment never deletes a score sheet: a sheet already written is kept, excluded from the ranking, and
            the exclusion is recorded in the audit log.
          </p>
        )}
        <MatrixFilterForm path={path} query={query} />
        <p className="text-sm text-slate-600">
          {matrix.dossierCount} {matrix.dossierCount === 1 ? "dossier" : "dossiers"}
          {isFiltered ? (matrix.dossierCount === 1 ? " matches" : " match") : ""} · {matrix.jurorCount} {matrix.jurorCount === 1 ? "juror" : "jurors"} · {matrix.assignedCount} assignments
        </p>
        {matrix.jurorCount === 0 || matrix.dossierCount === 0 ? (
          <EmptyState title={matrix.jurorCount === 0 ? "No jurors yet" : isFiltered ? "No dossier matches these filters" : "No accepted dossiers yet"}>
            {matrix.jurorCount === 0
              ? "Add the jury's members first; the matrix appears once there are jurors and accepted competing dossiers."
              : isFiltered
                ? "Clear the filters to see every dossier."
                : "Competing dossiers appear here once the secretariat accepts them."}
          </EmptyState>
        ) : matrix.jurors.length === 0 || matrix.dossiers.length === 0 ? (
          <EmptyState title="This page is past the end">
            <Link href={getMatrixHref(path, { ...query, page: 1, jurorPage: 1 })} className="font-medium text-brand-700 hover:underline">
              Go to the first page
            </Link>
          </EmptyState>
        ) : (
          <AssignmentMatrix
            matrix={matrix}
            editionId={edition.id}
            assign={changeBlock ? undefined : addAssignmentAction}
            remove={changeBlock ? undefined : removeAssignmentAction}
          />
        )}
        <div className="flex flex-wrap gap-6">
          <PageLinks
            label="Dossier pages"
            page={query.page}
            pageCount={pageCountOf(matrix.dossierCount, MATRIX_DOSSIER_PAGE_SIZE)}
            getHref={(dossierPage) => getMatrixHref(path, { ...query, page: dossierPage })}
          />
          <PageLinks
            label="Juror pages"
            page={query.jurorPage}
            pageCount={pageCountOf(matrix.jurorCount, MATRIX_JUROR_PAGE_SIZE)}
            getHref={(jurorPage) => getMatrixHref(path, { ...query, jurorPage })}
          />
        </div>
      </section>
    </div>
  );
}
