import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { RubricEditor } from "@/components/rubric/rubric-editor";
import { RubricTable } from "@/components/rubric/rubric-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getRubric } from "@/lib/editions/rubric-queries";
import { addCriterionAction, moveCriterionAction, removeCriterionAction, updateCriterionAction } from "./actions";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("rubricAdmin.page");
  return { title: t("metaTitle", { year }) };
}

const ACTIONS = { add: addCriterionAction, update: updateCriterionAction, remove: removeCriterionAction, move: moveCriterionAction };

export default async function AdminRubricPage({ params }: { params: Params }) {
  const { year: yearParam } = await params;
  const page = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/rubric`);
  const { db, edition } = page;
  const [t, phases] = await Promise.all([getTranslations("rubricAdmin.page"), getTranslations("editionsAdmin.phase")]);
  const rubric = await getRubric({ db, editionId: edition.id, phase: edition.phase });

  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { year: edition.year })} description={edition.theme}>
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href={`/admin/editions/${edition.year}`} className="font-medium text-brand-700 hover:underline">
            {t("back", { year: edition.year })}
          </Link>
          <Link href={`/admin/editions/${edition.year}/jury`} className="font-medium text-brand-700 hover:underline">
            {t("jury")}
          </Link>
        </div>
      </PageHeader>
      {rubric.isFrozen ? (
        <>
          <Notice>
            {t("frozen", { phase: phases(edition.phase) })}
          </Notice>
          {rubric.criteria.length === 0 ? (
            <EmptyState title={t("noCriteria")} />
          ) : (
            <RubricTable criteria={rubric.criteria} />
          )}
        </>
      ) : (
        <>
          <Notice>
            {t("intro")}
          </Notice>
          <RubricEditor editionId={edition.id} criteria={rubric.criteria} rubricVersion={rubric.version} actions={ACTIONS} />
        </>
      )}
    </div>
  );
}
