import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SubmissionReceipt } from "@/components/coordinator/dossier-outcome";
import { isCoordinator } from "@/components/coordinator/not-a-coordinator";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { formatCountryName } from "@/lib/format/country-name";
import { getNominationForCoordinator } from "@/lib/nominations/queries";
import { toAccessResource } from "@/lib/nominations/submission-window";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("receipt"))("title") };
}

export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/coordinator/nominations/${encodeURIComponent(id)}/receipt`);
  if (!isCoordinator(user)) forbidden();
  const dossier = await getNominationForCoordinator({ db: getDb(), id, user });
  if (!dossier || dossier.phase === "draft" || !can(user, "nomination.view", toAccessResource(dossier, dossier))) notFound();
  const dossierPath = `/coordinator/nominations/${dossier.id}`;
  const isSubmitted = dossier.state !== "draft" && dossier.reference && dossier.submittedAt;
  const [t, tNomination, locale] = await Promise.all([getTranslations("receipt"), getTranslations("nomination"), getLocale()]);
  const country = formatCountryName(dossier.countryCode, dossier.countryName, locale);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} description={`${dossier.title} · ${country} · ${tNomination(`kind.${dossier.kind}`)} · ${dossier.year}`} />
      {isSubmitted ? (
        <>
          <Notice tone="success">
            <p className="font-semibold">{t("submitted", { reference: dossier.reference! })}</p>
            <p className="mt-1">{t("mailed")}</p>
          </Notice>
          <SubmissionReceipt reference={dossier.reference!} submittedAt={dossier.submittedAt!} state={dossier.state} phase={dossier.phase} timeZone={dossier.timeZone} hasHeading={false} />
        </>
      ) : (
        <Notice tone="error">{t("draft")}</Notice>
      )}
      <p className="no-print flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href={dossierPath} className="font-medium text-brand-700 hover:underline">
          {t("backToDossier")}
        </Link>
        <Link href={`${dossierPath}/print`} className="font-medium text-brand-700 hover:underline">
          {t("printable")}
        </Link>
        <Link href="/coordinator" className="font-medium text-brand-700 hover:underline">
          {t("myNominations")}
        </Link>
      </p>
    </div>
  );
}
