import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { scoreSheets, scores } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { listScoreChanges } from "../domain/score-changes";
import { AppError } from "../errors";
import { toFieldErrors } from "../validation/field-errors";
import { createScoreSheetSchema, type ScoreSheetIntent, type ScoreSheetValues } from "../validation/score-sheet";
import { listRubric, listSheetScores, type StoredSheet } from "./queries";
import { lockOwnSheet, runSheetCommand, SAVED_COLUMNS, STALE_MESSAGE } from "./sheet-command";

async function isSameAsStored(tx: Transaction, sheet: { id: number; overallComment: string }, values: ScoreSheetValues) {
  if (sheet.overallComment !== values.overallComment) return false;
  const stored = await tx
    .select({ criterionId: scores.criterionId, value: scores.value, comment: scores.comment })
    .from(scores)
    .where(eq(scores.sheetId, sheet.id));
  const byCriterion = new Map(stored.map((s) => [s.criterionId, s]));
  return (
    stored.length === values.scores.filter((s) => s.value !== null).length &&
    values.scores.every((s) => {
      const previous = byCriterion.get(s.criterionId);
      return s.value === null ? previous === undefined : previous?.value === s.value && previous.comment === s.comment;
    })
  );
}

/** The comments a draft holds on criteria it leaves unscored, so none is lost before its score is chosen. */
function toUnscoredComments(values: ScoreSheetValues): Record<string, string> {
  return Object.fromEntries(values.scores.filter((s) => s.value === null && s.comment !== "").map((s) => [String(s.criterionId), s.comment]));
}

/** The sheet as stored, in rubric order, in the shape the score form's schema produces. */
async function readStoredValues(tx: Transaction, sheetId: number, rubric: readonly { id: number }[]): Promise<ScoreSheetValues> {
  const [sheet] = await tx
    .select({ overallComment: scoreSheets.overallComment, unscoredComments: scoreSheets.unscoredComments })
    .from(scoreSheets)
    .where(eq(scoreSheets.id, sheetId));
  const byCriterion = new Map((await listSheetScores(tx, sheetId, sheet!.unscoredComments)).map((s) => [s.criterionId, s]));
  return {
    overallComment: sheet!.overallComment,
    scores: rubric.map((c) => ({ criterionId: c.id, value: byCriterion.get(c.id)?.value ?? null, comment: byCriterion.get(c.id)?.comment ?? "" })),
  };
}

/**
 * Saves a draft or submits the user's score sheet for a dossier: access rule, right to score, jury deadline,
 * rubric check, optimistic concurrency on `version` (0 = no sheet yet), and the scores replaced, all in one
 * transaction with one audit entry per save that changed something (and every submission), holding the changed
 * scores before and after. Repeating an identical submission changes nothing.
 */
export async function saveScoreSheet({
  db,
  user,
  nominationId,
  version,
  intent,
  values,
}: {
  db: Executor;
  user: SessionUser;
  nominationId: string;
  version: number;
  intent: ScoreSheetIntent;
  /** The raw form fields (score_<id>, comment_<id>, overallComment), checked here against the rubric. */
  values: Record<string, unknown>;
}): Promise<StoredSheet> {
  return runSheetCommand({ db, user, nominationId }, async ({ tx, edition, audit }) => {
    const rubric = await listRubric({ db: tx, editionId: edition.id });
    const parsed = createScoreSheetSchema(rubric, intent).safeParse(values);
    if (!parsed.success) {
      const message = intent === "submit" ? "Score every criterion within its scale before submitting." : "Please correct the highlighted fields.";
      throw new AppError("INVALID", message, toFieldErrors(parsed.error));
    }
    const sheetValues = parsed.data;

    let sheet = await lockOwnSheet(tx, nominationId, user.id);
    if (!sheet) {
      if (version !== 0) throw new AppError("CONFLICT", STALE_MESSAGE);
      const [created] = await tx
        .insert(scoreSheets)
        .values({ editionId: edition.id, nominationId, jurorUserId: user.id, version: 0 })
        .onConflictDoNothing({ target: [scoreSheets.jurorUserId, scoreSheets.nominationId] })
        .returning({ id: scoreSheets.id });
      // Another request of the same juror created the sheet meanwhile: treat it like any existing sheet.
      sheet = created
        ? { id: created.id, state: "draft", version: 0, overallComment: "" }
        : await lockOwnSheet(tx, nominationId, user.id);
    }
    if (!sheet) throw new AppError("CONFLICT", STALE_MESSAGE);

    if (sheet.state === "submitted") {
      if (intent === "submit" && (await isSameAsStored(tx, sheet, sheetValues))) {
        const [current] = await tx
          .select(SAVED_COLUMNS)
          .from(scoreSheets)
          .where(eq(scoreSheets.id, sheet.id));
        return { ...current!, isRepeat: true, values: await readStoredValues(tx, sheet.id, rubric) };
      }
      throw new AppError("CONFLICT", "Your scores for this dossier are already submitted. Choose “Edit again” to change them.");
    }
    if (sheet.version !== version) throw new AppError("CONFLICT", STALE_MESSAGE);

    const isSubmit = intent === "submit";
    const [saved] = await tx
      .update(scoreSheets)
      .set({
        overallComment: sheetValues.overallComment,
        unscoredComments: toUnscoredComments(sheetValues),
        state: isSubmit ? "submitted" : "draft",
        submittedAt: isSubmit ? sql`now()` : null,
        version: sql`${scoreSheets.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(scoreSheets.id, sheet.id), eq(scoreSheets.version, sheet.version)))
      .returning(SAVED_COLUMNS);
    if (!saved) throw new AppError("CONFLICT", STALE_MESSAGE);

    const previous = await tx
      .delete(scores)
      .where(eq(scores.sheetId, sheet.id))
      .returning({ criterionId: scores.criterionId, value: scores.value, comment: scores.comment });
    const rows = sheetValues.scores.flatMap((score) => {
      const criterion = rubric.find((c) => c.id === score.criterionId)!;
      return score.value === null
        ? []
        : [{ sheetId: sheet.id, criterionId: criterion.id, scaleMin: criterion.scaleMin, scaleMax: criterion.scaleMax, value: score.value, comment: score.comment }];
    });
    if (rows.length > 0) await tx.insert(scores).values(rows);

    // One entry per save with the scores before and after (changed criteria only), so a reopened sheet keeps its history.
    const scoreChanges = listScoreChanges(
      rubric.map((c) => c.id),
      new Map(previous.map((p) => [p.criterionId, p.value])),
      new Map(rows.map((r) => [r.criterionId, r.value])),
    );
    // A comment counts as changed when its text differs (a criterion with no score row has the empty comment here).
    const previousComments = new Map(previous.map((p) => [p.criterionId, p.comment]));
    const newComments = new Map(rows.map((r) => [r.criterionId, r.comment]));
    const isCommentChanged =
      sheet.overallComment !== sheetValues.overallComment ||
      rubric.some((c) => (previousComments.get(c.id) ?? "") !== (newComments.get(c.id) ?? ""));
    if (isSubmit || scoreChanges.length > 0 || isCommentChanged) {
      await audit({
        action: isSubmit ? "sheet.submit" : "sheet.save",
        entity: "score_sheet",
        id: sheet.id,
        data: { nominationId, version: saved.version, scoreChanges, ...(isCommentChanged ? { commentsChanged: true } : {}) },
      });
    }
    return { ...saved, isRepeat: false, values: await readStoredValues(tx, sheet.id, rubric) };
  });
}
