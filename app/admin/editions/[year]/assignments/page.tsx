import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentMatrix } from "@/components/assignments/assignment-matrix";
import { AssignmentSettingsForm } from "@/components/assignments/assignment-settings-form";
import { GenerateAssignmentsButton } from "@/components/assignments/generate-assignments-button";
import { JuryPagesNav } from "@/components/assignments/jury-pages-nav";
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
import { getRequestServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";
import { translateText } from "@/lib/i18n/server-text";
import { addAssignmentAction, generateAssignmentsAction, removeAssignmentAction, updateAssignmentSettingsAction } from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("juryAdmin.assignments");
  return { title: t("metaTitle", { year }) };
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
  const [t, catalogue] = await Promise.all([getTranslations("juryAdmin"), getRequestServerTextCatalogue()]);
  const block = (change: "settings" | "assignments") => {
    const reason = getJuryChangeBlock(change, settings);
    return reason ? translateText(catalogue, reason) : null;
  };
  const settingsBlock = block("settings");
  const changeBlock = block("assignments");
  const modeText =
    settings.assignmentMode === "per_dossier"
      ? settings.jurorsPerDossier === null
        ? t("assignments.modeEveryEligible")
        : t("assignments.modePerDossier", { count: settings.jurorsPerDossier })
      : t("mode.all");

  return (
    <div className="space-y-8">
      <PageHeader title={t("assignments.title", { year: edition.year })} description={t("assignments.description")}>
        <JuryPagesNav year={edition.year} current="assignments" />
      </PageHeader>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">{t("assignments.settings")}</h2>
          {settingsBlock ? (
            <>
              <p className="text-sm">{t("assignments.mode", { mode: modeText })}</p>
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
          <h2 className="text-lg font-semibold">{t("assignments.generate")}</h2>
          <p className="text-sm text-slate-600">
            {t("assignments.generateIntro")}
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
          {t("assignments.matrixHeading")}
        </h2>
        {!changeBlock && (
          <p className="text-sm text-slate-600">
            {t("assignments.removalNote")}
          </p>
        )}
        <MatrixFilterForm path={path} query={query} />
        <p className="text-sm text-slate-600">
          {isFiltered ? t("assignments.dossiersMatching", { count: matrix.dossierCount }) : t("assignments.dossiers", { count: matrix.dossierCount })} ·{" "}
          {t("assignments.jurors", { count: matrix.jurorCount })} · {t("assignments.assignmentCount", { count: matrix.assignedCount })}
        </p>
        {matrix.jurorCount === 0 || matrix.dossierCount === 0 ? (
          <EmptyState title={matrix.jurorCount === 0 ? t("assignments.noJurors") : isFiltered ? t("assignments.noMatch") : t("assignments.noDossiers")}>
            {matrix.jurorCount === 0
              ? t("assignments.noJurorsBody")
              : isFiltered
                ? t("assignments.noMatchBody")
                : t("assignments.noDossiersBody")}
          </EmptyState>
        ) : matrix.jurors.length === 0 || matrix.dossiers.length === 0 ? (
          <EmptyState title={t("assignments.pastEnd")}>
            <Link href={getMatrixHref(path, { ...query, page: 1, jurorPage: 1 })} className="font-medium text-brand-700 hover:underline">
              {t("assignments.firstPage")}
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
            label={t("assignments.dossierPages")}
            page={query.page}
            pageCount={pageCountOf(matrix.dossierCount, MATRIX_DOSSIER_PAGE_SIZE)}
            getHref={(dossierPage) => getMatrixHref(path, { ...query, page: dossierPage })}
          />
          <PageLinks
            label={t("assignments.jurorPages")}
            page={query.jurorPage}
            pageCount={pageCountOf(matrix.jurorCount, MATRIX_JUROR_PAGE_SIZE)}
            getHref={(jurorPage) => getMatrixHref(path, { ...query, jurorPage })}
          />
        </div>
      </section>
    </div>
  );
}
