import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { SubmissionReceipt } from "@/components/coordinator/dossier-outcome";
import { KIND_LABELS } from "@/components/nomination-labels";
import { isCoordinator } from "@/components/coordinator/not-a-coordinator";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { getNominationForCoordinator } from "@/lib/nominations/queries";
import { toAccessResource } from "@/lib/nominations/submission-window";

export const metadata: Metadata = { title: "Submission receipt" };

export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/coordinator/nominations/${encodeURIComponent(id)}/receipt`);
  if (!isCoordinator(user)) forbidden();
  const dossier = await getNominationForCoordinator({ db: getDb(), id, user });
  if (!dossier || dossier.phase === "draft" || !can(user, "nomination.view", toAccessResource(dossier, dossier))) notFound();
  const dossierPath = `/coordinator/nominations/${dossier.id}`;
  const isSubmitted = dossier.state !== "draft" && dossier.reference && dossier.submittedAt;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Submission receipt" description={`${dossier.title} · ${dossier.countryName} · ${KIND_LABELS[dossier.kind]} · ${dossier.year}`} />
      {isSubmitted ? (
        <>
          <Notice tone="success">
            <p className="font-semibold">Submitted. Your reference is {dossier.reference}.</p>
            <p className="mt-1">A receipt has been sent by email to your country&apos;s coordinators.</p>
          </Notice>
          <SubmissionReceipt reference={dossier.reference!} submittedAt={dossier.submittedAt!} state={dossier.state} phase={dossier.phase} timeZone={dossier.timeZone} hasHeading={false} />
        </>
      ) : (
        <Notice tone="error">This dossier is a draft: it has not been submitted, so there is no receipt.</Notice>
      )}
      <p className="no-print flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href={dossierPath} className="font-medium text-brand-700 hover:underline">
          Back to the dossier
        </Link>
        <Link href={`${dossierPath}/print`} className="font-medium text-brand-700 hover:underline">
          Printable view
        </Link>
        <Link href="/coordinator" className="font-medium text-brand-700 hover:underline">
          My nominations
        </Link>
      </p>
    </div>
  );
}
