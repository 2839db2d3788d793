import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AnnexViewer } from "@/components/dossier/annex-viewer";
import { DossierView } from "@/components/dossier/dossier-view";
import { PrintButton } from "@/components/dossier/print-button";
import { DeclareConflictForm } from "@/components/jury/declare-conflict-form";
import { JuryDeadline } from "@/components/jury/jury-deadline";
import { NextDossierLink } from "@/components/jury/next-dossier-link";
import { OtherJurorsScores } from "@/components/jury/other-jurors-scores";
import { SheetStatus } from "@/components/jury/sheet-status";
import { YourScores } from "@/components/jury/your-scores";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can, type AccessResource } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { listOtherSheetsForJuror } from "@/lib/scoring/other-sheets";
import { getDossierForJuror, getNextUnfinishedDossierForJuror } from "@/lib/jury/dossiers";
import { listAnnexes } from "@/lib/nominations/annex-queries";
import { getOwnScoreSheet, listRubric } from "@/lib/scoring/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jury.dossier"))("metaTitle") };
}

export default async function JuryDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/jury/nominations/${id}`);
  if (!z.guid().safeParse(id).success) notFound();
  const db = getDb();
  // The juror access rule lives in this query: unassigned, own country, conflicts, other editions and ineligible dossiers are not found.
  const dossier = await getDossierForJuror({ db, nominationId: id, user });
  if (!dossier) notFound();
  // Each of these is one statement (the others' sheets none while the jury is open), whatever the number of dossiers.
  const [rubric, sheet, next, otherSheets, annexes] = await Promise.all([
    listRubric({ db, editionId: dossier.editionId }),
    getOwnScoreSheet({ db, nominationId: dossier.id, user }),
    dossier.edition.isScoringOpen ? getNextUnfinishedDossierForJuror({ db, user, current: dossier }) : undefined,
    listOtherSheetsForJuror({ db, user, nominationId: dossier.id, visibility: dossier.edition }),
    // The policy's "annex.read" rule: the same assigned, non-conflicted juror this page is for.
    listAnnexes({ db, user, nominationId: dossier.id }),
  ]);
  const resource: AccessResource = {
    edition: { id: dossier.editionId, phase: dossier.edition.phase },
    nomination: { countryCode: dossier.countryCode, kind: dossier.kind, state: dossier.state },
    // getDossierForJuror found it, so it is assigned to this juror and they hold no conflict on it.
    assignedJurorIds: [user.id],
  };
  const canScore = dossier.edition.isScoringOpen && can(user, "sheet.score", resource);
  // Offered before scoring, withdrawn once the sheet is submitted ("Edit again" brings it back with the draft).
  const canDeclareConflict = !dossier.edition.isJuryClosed && sheet?.state !== "submitted" && can(user, "conflict.declare", resource);
  const t = await getTranslations("jury.dossier");
  const headingId = "dossier-heading";
  const sheetId = "score-sheet";

  return (
    <div className="space-y-6">
      <p className="flex flex-wrap justify-between gap-3 print:hidden">
        <Link href="/jury" className="text-sm font-medium text-brand-700 hover:underline">
          ← {t("allDossiers")}
        </Link>
        {/* On a phone the sheet comes after the whole dossier: this jumps straight to it. */}
        <a href={`#${sheetId}`} className="text-sm font-medium text-brand-700 hover:underline lg:hidden">
          {t("toSheet")}
        </a>
      </p>
      <PageHeader title={dossier.title} description={`${dossier.countryName} · ${dossier.edition.year}: ${dossier.edition.theme}`}>
        <SheetStatus state={sheet?.state ?? null} />
      </PageHeader>
      <div className="print:hidden">
        <JuryDeadline juryDeadline={dossier.edition.juryDeadline} juryClosedAt={dossier.edition.juryClosedAt} secondsLeft={dossier.edition.secondsLeft} timeZone={dossier.edition.timeZone} />
      </div>
      {/* Two columns on wide screens: the dossier stays in view, scrolling on its own, while the juror scores. */}
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <section
          aria-labelledby={headingId}
          tabIndex={0}
          className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto print:static print:max-h-none print:overflow-visible print:border-0 print:p-0 print:shadow-none"
        >
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id={headingId} className="text-xl font-bold text-slate-900">
              {t("heading")}
            </h2>
            <div className="flex items-center gap-4">
              {annexes && annexes.length > 0 && (
                <a href="#dossier-annexes" className="text-sm font-medium text-brand-700 hover:underline print:hidden">
                  {t("annexes", { count: annexes.length })}
                </a>
              )}
              <PrintButton />
            </div>
          </div>
          <DossierView dossier={dossier} />
          {/* Read beside the score sheet: the annexes open in this column, which scrolls on its own. */}
          <div className="mt-6 border-t border-slate-200 pt-4">
            <AnnexViewer id="dossier-annexes" annexes={annexes ?? []} timeZone={dossier.edition.timeZone} />
          </div>
        </section>
        {/* The skip link's target: the conflict-of-interest action first, since it comes before scoring, then the sheet. */}
        <div id={sheetId} className="scroll-mt-4 space-y-6 print:hidden">
          {canDeclareConflict && (
            <Card>
              <h2 className="mb-1 text-xl font-bold text-slate-900">{t("conflictTitle")}</h2>
              <p className="mb-4 text-sm text-slate-600">{t("conflictBody")}</p>
              <DeclareConflictForm nominationId={dossier.id} hasSheet={sheet !== undefined} />
            </Card>
          )}
          <Card>
            <YourScores jurorId={user.id} nominationId={dossier.id} rubric={rubric} sheet={sheet} canScore={canScore} timeZone={dossier.edition.timeZone} />
          </Card>
          <Card>
            <h2 className="mb-3 text-xl font-bold text-slate-900">{t("othersTitle")}</h2>
            <OtherJurorsScores
              isJuryClosed={dossier.edition.isJuryClosed}
              scoreVisibility={dossier.edition.scoreVisibility}
              rubric={rubric}
              sheets={otherSheets}
            />
          </Card>
          {dossier.edition.isScoringOpen && (
            <nav aria-label={t("nextLabel")}>
              <NextDossierLink next={next} isCurrentSubmitted={sheet?.state === "submitted"} />
            </nav>
          )}
        </div>
      </div>
    </div>
  );
}
