import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getVisibleState } from "@/components/coordinator/labels";
import { isCoordinator } from "@/components/coordinator/not-a-coordinator";
import { DossierView } from "@/components/dossier/dossier-view";
import { PrintButton } from "@/components/dossier/print-button";
import { getDb } from "@/db/client";
import { can } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { getNominationForCoordinator } from "@/lib/nominations/queries";
import { toAccessResource } from "@/lib/nominations/submission-window";
import { formatDeadline } from "@/lib/domain/deadline";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("coordinator"))("printTitle") };
}

export default async function PrintDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/coordinator/nominations/${encodeURIComponent(id)}/print`);
  if (!isCoordinator(user)) forbidden();
  const dossier = await getNominationForCoordinator({ db: getDb(), id, user });
  if (!dossier || dossier.phase === "draft" || !can(user, "nomination.view", toAccessResource(dossier, dossier))) notFound();
  const [t, tNomination, locale] = await Promise.all([getTranslations("coordinator"), getTranslations("nomination"), getLocale()]);
  const state = tNomination(`state.${getVisibleState(dossier.state, dossier.phase)}`);

  return (
    <article className="mx-auto max-w-3xl space-y-6 rounded-lg border border-slate-200 bg-white p-8 print:max-w-none print:border-0 print:p-0">
      <div className="no-print flex flex-wrap items-center justify-between gap-4">
        <Link href={`/coordinator/nominations/${dossier.id}`} className="text-sm font-medium text-brand-700 hover:underline">
          {t("printBack")}
        </Link>
        <PrintButton />
      </div>
      <header className="space-y-1 border-b border-slate-300 pb-4">
        <p className="text-sm text-slate-600">
          {t("printAward", { year: dossier.year, theme: dossier.theme })}
        </p>
        <h1 className="text-2xl font-bold text-slate-900">{dossier.title}</h1>
        <p className="text-sm text-slate-700">
          {tNomination(`kind.${dossier.kind}`)} · {state}
          {dossier.reference && dossier.state !== "draft" ? t("printReference", { reference: dossier.reference }) : ""}
          {dossier.submittedAt ? t("printSubmitted", { when: formatDeadline(dossier.submittedAt, dossier.timeZone, locale) }) : t("printNotSubmitted")}
        </p>
      </header>
      <DossierView
        headingLevel={2}
        dossier={{ ...dossier, contact: { name: dossier.contactName, email: dossier.contactEmail, phone: dossier.contactPhone } }}
      />
    </article>
  );
}
