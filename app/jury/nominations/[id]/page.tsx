import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DossierDetails } from "@/components/jury/dossier-details";
import { JuryDeadline } from "@/components/jury/jury-deadline";
import { ReopenSheetButton } from "@/components/jury/reopen-sheet-button";
import { ScoreSheetForm } from "@/components/jury/score-sheet-form";
import { SheetStatus } from "@/components/jury/sheet-status";
import { SubmittedScores } from "@/components/jury/submitted-scores";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { getDossierForJuror } from "@/lib/data/jury-dossiers";
import { getOwnScoreSheet, listRubric, type OwnScoreSheet, type RubricRow } from "@/lib/data/scoring";
import { formatDeadline } from "@/lib/domain/deadline";
import { toScoreSheetFormValues } from "@/lib/validation/score-sheet";

export const metadata: Metadata = { title: "Dossier to score" };

function toFormDefaults(rubric: RubricRow[], sheet: OwnScoreSheet | undefined): Record<string, string> {
  const byCriterion = new Map(sheet?.scores.map((score) => [score.criterionId, score]));
  return toScoreSheetFormValues({
    overallComment: sheet?.overallComment ?? "",
    scores: rubric.map((criterion) => ({
      criterionId: criterion.id,
      value: byCriterion.get(criterion.id)?.value ?? null,
      comment: byCriterion.get(criterion.id)?.comment ?? "",
    })),
  });
}

export default async function JuryDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/jury/nominations/${id}`);
  if (!z.guid().safeParse(id).success) notFound();
  const db = getDb();
  // The juror access rule lives in this query: own country, conflicts, other editions and ineligible dossiers are not found.
  const dossier = await getDossierForJuror({ db, nominationId: id, user });
  if (!dossier) notFound();
  const [rubric, sheet] = await Promise.all([
    listRubric({ db, editionId: dossier.editionId }),
    getOwnScoreSheet({ db, nominationId: dossier.id, user }),
  ]);
  const resource = {
    edition: { id: dossier.editionId, phase: dossier.edition.phase },
    nomination: { countryCode: dossier.countryCode, kind: dossier.kind, state: dossier.state },
  };
  const canScore = dossier.edition.isScoringOpen && can(user, "sheet.score", resource);
  const isSubmitted = sheet?.state === "submitted";

  return (
    <div className="space-y-6">
      <p>
        <Link href="/jury" className="text-sm font-medium text-brand-700 hover:underline">
          ← All your dossiers
        </Link>
      </p>
      <PageHeader title={dossier.title} description={`${dossier.countryName} · ${dossier.edition.year}: ${dossier.edition.theme}`}>
        <SheetStatus state={sheet?.state ?? null} />
      </PageHeader>
      <JuryDeadline juryDeadline={dossier.edition.juryDeadline} secondsLeft={dossier.edition.secondsLeft} />
      <Card>
        <h2 className="mb-4 text-xl font-bold text-slate-900">Dossier</h2>
        <DossierDetails dossier={dossier} />
      </Card>
      <Card>
        <h2 className="mb-1 text-xl font-bold text-slate-900">{isSubmitted ? "Your submitted scores" : "Your scores"}</h2>
        <p className="mb-4 text-sm text-slate-600">Only you see these scores; other jurors&apos; scores stay hidden.</p>
        {isSubmitted && sheet ? (
          <div className="space-y-4">
            <Notice tone="success">
              Your scores are submitted{sheet.submittedAt ? ` (${formatDeadline(sheet.submittedAt)})` : ""}.
            </Notice>
            <SubmittedScores rubric={rubric} sheet={sheet} />
            {canScore && <ReopenSheetButton nominationId={dossier.id} version={sheet.version} />}
          </div>
        ) : canScore ? (
          <ScoreSheetForm
            nominationId={dossier.id}
            initialVersion={sheet?.version ?? 0}
            rubric={rubric}
            defaultValues={toFormDefaults(rubric, sheet)}
          />
        ) : (
          <div className="space-y-4">
            <Notice tone="error">
              Scoring is closed for this edition{sheet ? ": your draft was not submitted and does not count." : "."}
            </Notice>
            {sheet && <SubmittedScores rubric={rubric} sheet={sheet} />}
          </div>
        )}
      </Card>
    </div>
  );
}
