import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AnnexPanel } from "@/components/coordinator/annex-panel";
import { DossierForm } from "@/components/coordinator/dossier-form";
import { EligibilityDecision, SubmissionReceipt } from "@/components/coordinator/dossier-outcome";
import { isCoordinator } from "@/components/coordinator/not-a-coordinator";
import { StateBadge } from "@/components/coordinator/state-badge";
import { SubmissionDeadline } from "@/components/coordinator/submission-deadline";
import { WithdrawButton } from "@/components/coordinator/withdraw-button";
import { DossierView } from "@/components/dossier/dossier-view";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { formatCountryName } from "@/lib/format/country-name";
import { getNominationForCoordinator } from "@/lib/nominations/queries";
import { toAccessResource } from "@/lib/nominations/submission-window";
import { toDossierFormValues } from "@/lib/validation/nomination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("coordinator"))("nominationTitle") };
}

export default async function NominationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/coordinator/nominations/${encodeURIComponent(id)}`);
  if (!isCoordinator(user)) forbidden();
  // The data layer only finds the user's own countries' dossiers: anything else is not found.
  const dossier = await getNominationForCoordinator({ db: getDb(), id, user });
  const resource = dossier && toAccessResource(dossier, dossier);
  if (!dossier || !resource || dossier.phase === "draft" || !can(user, "nomination.view", resource)) notFound();
  const isEditable = can(user, "nomination.edit", resource) && dossier.isAcceptingSubmissions;
  // Withdrawing needs what submitting needs, as if the dossier were still a draft.
  const canWithdraw =
    dossier.state === "submitted" &&
    dossier.isAcceptingSubmissions &&
    can(user, "nomination.submit", toAccessResource(dossier, { ...dossier, state: "draft" }));
  const [t, tNomination, locale] = await Promise.all([getTranslations("coordinator"), getTranslations("nomination"), getLocale()]);
  const limits = { descriptionWordLimit: dossier.descriptionWordLimit, answerWordLimit: dossier.answerWordLimit };

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href="/coordinator" className="font-medium text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        </p>
        <PageHeader
          title={dossier.title}
          description={`${formatCountryName(dossier.countryCode, dossier.countryName, locale)} · ${tNomination(`kind.${dossier.kind}`)} · ${dossier.year}: ${dossier.theme}`}
        >
          <StateBadge state={dossier.state} phase={dossier.phase} />
        </PageHeader>
        {dossier.state === "draft" && <SubmissionDeadline {...dossier} />}
        <p className="mt-2 text-sm">
          <Link href={`/coordinator/nominations/${dossier.id}/print`} className="font-medium text-brand-700 hover:underline">
            {t("printable")}
          </Link>
        </p>
      </div>
      {isEditable ? (
        <Card>
          <DossierForm
            id={dossier.id}
            kindLabel={tNomination(`kind.${dossier.kind}`)}
            limits={limits}
            timeZone={dossier.timeZone}
            initial={{
              values: toDossierFormValues(dossier),
              version: dossier.version,
              savedAt: dossier.updatedAt,
              savedBy: dossier.updatedByName,
            }}
            // Annexes come before the Submit button, so nothing is left to add once the dossier is sent.
            annexes={<AnnexPanel nominationId={dossier.id} canEdit timeZone={dossier.timeZone} />}
          />
        </Card>
      ) : (
        <>
          {dossier.state === "draft" && (
            <Notice tone="error">{t("draftEnded")}</Notice>
          )}
          {dossier.reference && dossier.submittedAt && dossier.state !== "draft" && (
            <SubmissionReceipt reference={dossier.reference} submittedAt={dossier.submittedAt} state={dossier.state} phase={dossier.phase} timeZone={dossier.timeZone} />
          )}
          {canWithdraw && <WithdrawButton id={dossier.id} />}
          <EligibilityDecision
            state={dossier.state}
            phase={dossier.phase}
            kind={dossier.kind}
            reason={dossier.eligibilityReason}
            note={dossier.eligibilityNote}
          />
          <Card>
            <h2 className="mb-4 text-lg font-bold text-slate-900">{t("dossierHeading")}</h2>
            <DossierView
              dossier={{ ...dossier, contact: { name: dossier.contactName, email: dossier.contactEmail, phone: dossier.contactPhone } }}
            />
          </Card>
          <AnnexPanel nominationId={dossier.id} canEdit={false} timeZone={dossier.timeZone} />
        </>
      )}
    </div>
  );
}
