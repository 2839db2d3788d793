import type { Metadata } from "next";
import Link from "next/link";
import { RubricEditor } from "@/components/rubric/rubric-editor";
import { RubricTable } from "@/components/rubric/rubric-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getRubric } from "@/lib/editions/rubric-queries";
import { PHASE_LABELS } from "@/lib/domain/phases";
import { addCriterionAction, moveCriterionAction, removeCriterionAction, updateCriterionAction } from "./actions";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Rubric ${year} · Secretariat` };
}

const ACTIONS = { add: addCriterionAction, update: updateCriterionAction, remove: removeCriterionAction, move: moveCriterionAction };

export default async function AdminRubricPage({ params }: { params: Params }) {
  const { year: yearParam } = await params;
  const page = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/rubric`);
  const { db, edition } = page;
  const rubric = await getRubric({ db, editionId: edition.id, phase: edition.phase });

  return (
    <div className="space-y-6">
      <PageHeader title={`Rubric ${edition.year}`} description={edition.theme}>
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href={`/admin/editions/${edition.year}`} className="font-medium text-brand-700 hover:underline">
            Back to edition {edition.year}
          </Link>
          <Link href={`/admin/editions/${edition.year}/jury`} className="font-medium text-brand-700 hover:underline">
            Jury
          </Link>
        </div>
      </PageHeader>
      {rubric.isFrozen ? (
        <>
          <Notice>
            The rubric is frozen because jury scoring has started (the edition is in its {PHASE_LABELS[edition.phase]} phase). Jurors
            score on these criteria, so they can no longer change.
          </Notice>
          {rubric.criteria.length === 0 ? (
            <EmptyState title="This edition has no criteria" />
          ) : (
            <RubricTable criteria={rubric.criteria} />
          )}
        </>
      ) : (
        <>
          <Notice>
            Jurors score each dossier on these criteria, in this order, and read the guidance beside each score. The rubric
            freezes when jury scoring opens.
          </Notice>
          <RubricEditor editionId={edition.id} criteria={rubric.criteria} rubricVersion={rubric.version} actions={ACTIONS} />
        </>
      )}
    </div>
  );
}
