import type { Metadata } from "next";
import Link from "next/link";
import { CopyEditionForm } from "@/components/editions/copy-edition-form";
import { DeleteEditionButton } from "@/components/editions/delete-edition-button";
import { EditionSettingsForm } from "@/components/editions/edition-settings-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { PHASE_LABELS } from "@/lib/domain/phases";
import { describeTieBreakChain } from "@/lib/domain/tie-break-words";
import { getFieldLocks, toEditionFormValues } from "@/lib/editions/settings-form-values";
import { getEditionSettings, listPresidencyCountries } from "@/lib/editions/settings-queries";
import { copyEditionAction, deleteEditionAction, updateEditionAction } from "./actions";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Settings ${year} · Secretariat` };
}

export default async function EditionSettingsPage({ params }: { params: Params }) {
  const { year: yearParam } = await params;
  const page = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/settings`, "edition.edit");
  const { user, db, edition } = page;
  const [settings, countries] = await Promise.all([
    getEditionSettings({ db, editionId: edition.id }),
    listPresidencyCountries({ db, currentCode: edition.presidencyCountryCode }),
  ]);
  const full = settings!;
  const locks = getFieldLocks({ phase: full.phase, isFrozen: full.isFrozen });
  const resource = { edition: { id: full.id, phase: full.phase, isFrozen: full.isFrozen } };

  return (
    <div className="space-y-8">
      <PageHeader title={`Settings ${full.year}`} description={`${full.theme} · ${PHASE_LABELS[full.phase]}`}>
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href={`/admin/editions/${full.year}`} className="font-medium text-brand-700 hover:underline">
            Back to edition {full.year}
          </Link>
          <Link href={`/admin/editions/${full.year}/rubric`} className="font-medium text-brand-700 hover:underline">
            Rubric ({full.criterionTitles.length} {full.criterionTitles.length === 1 ? "criterion" : "criteria"})
          </Link>
        </div>
      </PageHeader>
      {Object.keys(locks).length > 0 && (
        <Notice>
          In the {PHASE_LABELS[full.phase]} phase some settings can no longer change; each says why. Ties are broken by{" "}
          {describeTieBreakChain(full.tieBreakChain)}.
        </Notice>
      )}
      <Card>
        <EditionSettingsForm
          key={full.version}
          mode="edit"
          target={{ editionId: full.id, version: full.version }}
          initial={toEditionFormValues(full)}
          countries={countries}
          criterionTitles={full.criterionTitles}
          locks={locks}
          onSave={updateEditionAction}
        />
      </Card>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Copy to next year</h2>
        <p className="text-sm text-slate-700">
          Makes a new draft edition with these settings, the prizes and the rubric ({full.criterionTitles.length}{" "}
          {full.criterionTitles.length === 1 ? "criterion" : "criteria"}) and the edited message texts, every date one year on. Nominations, the jury and the
          result stay here.
        </p>
        <CopyEditionForm editionId={full.id} year={full.year} action={copyEditionAction} />
      </Card>
      {can(user, "edition.delete", resource) && (
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Delete this draft</h2>
          <p className="text-sm text-slate-700">A draft edition can be deleted with its rubric, prizes, message texts, jury and the coordinator roles given for it alone (standing coordinators keep theirs); once it opens for nominations it stays on record.</p>
          <DeleteEditionButton editionId={full.id} year={full.year} version={full.version} action={deleteEditionAction} />
        </Card>
      )}
    </div>
  );
}
