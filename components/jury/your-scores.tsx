import { Notice } from "@/components/ui/notice";
import type { OwnScoreSheet, RubricRow } from "@/lib/scoring/queries";
import { formatDeadline } from "@/lib/domain/deadline";
import { toScoreSheetFormValues } from "@/lib/validation/score-sheet";
import { ReopenSheetButton } from "./reopen-sheet-button";
import { ScoreSheetForm } from "./score-sheet-form";
import { SubmittedScores } from "./submitted-scores";

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

/**
 * The juror's own sheet for the dossier: the rubric form while scoring is open, the submitted scores with
 * "Edit again" until the deadline, and a read-only view once scoring has closed.
 */
export function YourScores({
  jurorId,
  nominationId,
  rubric,
  sheet,
  canScore,
  timeZone,
}: {
  jurorId: number;
  nominationId: string;
  rubric: RubricRow[];
  sheet: OwnScoreSheet | undefined;
  /** Scoring is open for this juror: jury phase, jury not closed, before the deadline by the database clock. */
  canScore: boolean;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
}) {
  const isSubmitted = sheet?.state === "submitted";
  return (
    <>
      <h2 className="mb-1 text-xl font-bold text-slate-900">{isSubmitted ? "Your submitted scores" : "Your scores"}</h2>
      <p className="mb-4 text-sm text-slate-600">Only you see these scores until the jury is closed.</p>
      {sheet?.isExcluded && (
        <div className="mb-4">
          <Notice tone="error">Your scores for this dossier are excluded and do not count ({sheet.exclusionReason}).</Notice>
        </div>
      )}
      {isSubmitted && sheet ? (
        <div className="space-y-4">
          <Notice tone="success">Your scores are submitted{sheet.submittedAt ? ` (${formatDeadline(sheet.submittedAt, timeZone)})` : ""}.</Notice>
          <SubmittedScores rubric={rubric} sheet={sheet} />
          {canScore && <ReopenSheetButton nominationId={nominationId} version={sheet.version} />}
        </div>
      ) : canScore ? (
        <ScoreSheetForm jurorId={jurorId} nominationId={nominationId} initialVersion={sheet?.version ?? 0} rubric={rubric} defaultValues={toFormDefaults(rubric, sheet)} timeZone={timeZone} />
      ) : (
        <div className="space-y-4">
          <Notice tone="error">Scoring is closed for this edition{sheet ? ": your draft was not submitted and does not count." : "."}</Notice>
          {sheet && <SubmittedScores rubric={rubric} sheet={sheet} />}
        </div>
      )}
    </>
  );
}
