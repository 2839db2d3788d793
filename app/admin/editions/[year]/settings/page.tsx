import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CopyEditionForm } from "@/components/editions/copy-edition-form";
import { DeleteEditionButton } from "@/components/editions/delete-edition-button";
import { EditionSettingsForm } from "@/components/editions/edition-settings-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { sayTieBreakChain, type SayTieBreak } from "@/components/editions/tie-break-text";
import { getFieldLocks, toEditionFormValues } from "@/lib/editions/settings-form-values";
import { getEditionSettings, listPresidencyCountries } from "@/lib/editions/settings-queries";
import { copyEditionAction, deleteEditionAction, updateEditionAction } from "./actions";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("editionsAdmin.settings");
  return { title: t("metaTitle", { year }) };
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
  const t = await getTranslations("editionsAdmin");
  const phaseName = (phase: typeof full.phase) => t(`phase.${phase}`);
  const locks = getFieldLocks({ phase: full.phase, isFrozen: full.isFrozen }, (cause) =>
    cause.kind === "sealed" ? t("settings.lockSealed") : t("settings.lockPhase", { phase: phaseName(cause.phase), lastPhase: phaseName(cause.lastPhase) }),
  );
  const sayTieBreak: SayTieBreak = (word, values) => t(`tieBreak.${word}`, values);
  const criteria = t("settings.criteria", { count: full.criterionTitles.length });
  const resource = { edition: { id: full.id, phase: full.phase, isFrozen: full.isFrozen } };

  return (
    <div className="space-y-8">
      <PageHeader title={t("settings.title", { year: full.year })} description={`${full.theme} · ${phaseName(full.phase)}`}>
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href={`/admin/editions/${full.year}`} className="font-medium text-brand-700 hover:underline">
            {t("settings.back", { year: full.year })}
          </Link>
          <Link href={`/admin/editions/${full.year}/rubric`} className="font-medium text-brand-700 hover:underline">
            {t("settings.rubric", { criteria })}
          </Link>
        </div>
      </PageHeader>
      {Object.keys(locks).length > 0 && (
        <Notice>
          {t("settings.lockedNotice", { phase: phaseName(full.phase), chain: sayTieBreakChain(sayTieBreak, full.tieBreakChain) })}
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
        <h2 className="text-lg font-semibold">{t("settings.copyHeading")}</h2>
        <p className="text-sm text-slate-700">
          {t("settings.copyBody", { criteria })}
        </p>
        <CopyEditionForm editionId={full.id} year={full.year} action={copyEditionAction} />
      </Card>
      {can(user, "edition.delete", resource) && (
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">{t("settings.deleteHeading")}</h2>
          <p className="text-sm text-slate-700">{t("settings.deleteBody")}</p>
          <DeleteEditionButton editionId={full.id} year={full.year} version={full.version} action={deleteEditionAction} />
        </Card>
      )}
    </div>
  );
}
