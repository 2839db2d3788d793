import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { scoreSheets, scores } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { listScoreChanges } from "../domain/score-changes";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { toFieldErrors } from "../validation/field-errors";
import { createScoreSheetSchema, type RubricCriterion, type ScoreSheetIntent, type ScoreSheetValues } from "../validation/score-sheet";
import type { StoredSheet } from "./queries";
import { lockOwnSheet, runSheetCommand, SAVED_COLUMNS, STALE_MESSAGE, type LoadedSheet, type StoredScore } from "./sheet-command";

const SUBMITTED_MESSAGE = msg("Your scores for this dossier are already submitted. Choose “Edit again” to change them.");

/** Whether the sheet holds exactly these values (scores, their comments and the overall comment). */
function isSameAsStored(sheet: Pick<LoadedSheet, "overallComment" | "scores">, values: ScoreSheetValues): boolean {
  if (sheet.overallComment !== values.overallComment) return false;
  const byCriterion = new Map(sheet.scores.map((s) => [s.criterionId, s]));
  return (
    sheet.scores.length === values.scores.filter((s) => s.value !== null).length &&
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

/** A sheet's values in rubric order, in the shape the score form's schema produces. */
function toValues(sheet: Pick<LoadedSheet, "overallComment" | "unscoredComments" | "scores">, rubric: readonly RubricCriterion[]): ScoreSheetValues {
  const byCriterion = new Map(sheet.scores.map((s) => [s.criterionId, s]));
  return {
    overallComment: sheet.overallComment,
    scores: rubric.map((c) => ({
      criterionId: c.id,
      value: byCriterion.get(c.id)?.value ?? null,
      comment: byCriterion.get(c.id)?.comment ?? sheet.unscoredComments[String(c.id)] ?? "",
    })),
  };
}

/**
 * A write that found the sheet changed since it was loaded: read it again under its row lock and say why, or, when a
 * second click repeated the submission just recorded, answer with the stored sheet and write nothing.
 */
async function resolveRace(
  tx: Transaction,
  { nominationId, userId, intent, values, rubric }: { nominationId: string; userId: number; intent: ScoreSheetIntent; values: ScoreSheetValues; rubric: readonly RubricCriterion[] },
): Promise<StoredSheet> {
  const sheet = await lockOwnSheet(tx, nominationId, userId);
  if (!sheet || sheet.state !== "submitted") throw new AppError("CONFLICT", STALE_MESSAGE);
  const stored = await tx.select({ criterionId: scores.criterionId, value: scores.value, comment: scores.comment }).from(scores).where(eq(scores.sheetId, sheet.id));
  const current = { overallComment: sheet.overallComment, unscoredComments: {}, scores: stored };
  if (intent !== "submit" || !isSameAsStored(current, values)) throw new AppError("CONFLICT", SUBMITTED_MESSAGE);
  return { state: sheet.state, version: sheet.version, submittedAt: sheet.submittedAt, savedAt: sheet.savedAt, isRepeat: true, values: toValues(current, rubric) };
}

/**
 * Saves a draft or submits the user's score sheet for a dossier: access rule, right to score, jury deadline,
 * rubric check, optimistic concurrency on `version` (0 = no sheet yet), and only the changed scores written, all in
 * one transaction with one audit entry per save that changed something (and every submission), holding the changed
 * scores before and after. Repeating an identical submission changes nothing.
 *
 * Statements (the kernel's included): lock + load, the sheet, the changed scores, the audit entry — five, plus one
 * delete when a draft clears a score. The sheet is loaded without a row lock: every write to it checks its version,
 * so a change made meanwhile turns the write into a conflict instead of a lost update.
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
  return runSheetCommand({ db, user, nominationId }, async ({ tx, edition, audit, resource }) => {
    const { rubric, sheet } = resource;
    const parsed = createScoreSheetSchema(rubric, intent).safeParse(values);
    if (!parsed.success) {
      const message = intent === "submit" ? msg("Score every criterion within its scale before submitting.") : msg("Please correct the highlighted fields.");
      // The parse's issues stay with the refusal, so the boundary can say each field's error in the juror's language.
      const refusal = new AppError("INVALID", message, toFieldErrors(parsed.error));
      refusal.cause = parsed.error;
      throw refusal;
    }
    const sheetValues = parsed.data;
    const race = { nominationId, userId: user.id, intent, values: sheetValues, rubric };

    if (sheet?.state === "submitted") {
      if (intent === "submit" && isSameAsStored(sheet, sheetValues)) {
        const { state, version: storedVersion, submittedAt, savedAt } = sheet;
        return { state, version: storedVersion, submittedAt, savedAt, isRepeat: true, values: toValues(sheet, rubric) };
      }
      throw new AppError("CONFLICT", SUBMITTED_MESSAGE);
    }
    if ((sheet?.version ?? 0) !== version) throw new AppError("CONFLICT", STALE_MESSAGE);

    const isSubmit = intent === "submit";
    const written = {
      overallComment: sheetValues.overallComment,
      unscoredComments: toUnscoredComments(sheetValues),
      state: isSubmit ? ("submitted" as const) : ("draft" as const),
      submittedAt: isSubmit ? sql`now()` : null,
      updatedAt: sql`now()`,
    };
    const [saved] = sheet
      ? await tx
          .update(scoreSheets)
          .set({ ...written, version: sql`${scoreSheets.version} + 1` })
          .where(and(eq(scoreSheets.id, sheet.id), eq(scoreSheets.version, sheet.version)))
          .returning({ id: scoreSheets.id, ...SAVED_COLUMNS })
      : await tx
          .insert(scoreSheets)
          .values({ ...written, editionId: edition.id, nominationId, jurorUserId: user.id, version: 1 })
          .onConflictDoNothing({ target: [scoreSheets.jurorUserId, scoreSheets.nominationId] })
          .returning({ id: scoreSheets.id, ...SAVED_COLUMNS });
    // Another request of the same juror wrote the sheet since it was loaded (a double click, a second window).
    if (!saved) return resolveRace(tx, race);

    // Only the scores that changed are written, in one multi-row upsert; a cleared score is deleted.
    const previous = new Map<number, StoredScore>((sheet?.scores ?? []).map((s) => [s.criterionId, s]));
    const scaleOf = new Map(rubric.map((c) => [c.id, c]));
    const changed = sheetValues.scores.flatMap((score) => {
      const before = previous.get(score.criterionId);
      if (score.value === null || (before?.value === score.value && before.comment === score.comment)) return [];
      const { scaleMin, scaleMax } = scaleOf.get(score.criterionId)!;
      return [{ sheetId: saved.id, criterionId: score.criterionId, scaleMin, scaleMax, value: score.value, comment: score.comment }];
    });
    if (changed.length > 0) {
      await tx
        .insert(scores)
        .values(changed)
        .onConflictDoUpdate({ target: [scores.sheetId, scores.criterionId], set: { value: sql`excluded.value`, comment: sql`excluded.comment` } });
    }
    const cleared = sheetValues.scores.filter((s) => s.value === null && previous.has(s.criterionId)).map((s) => s.criterionId);
    if (cleared.length > 0) await tx.delete(scores).where(and(eq(scores.sheetId, saved.id), inArray(scores.criterionId, cleared)));

    // One entry per save with the scores before and after (changed criteria only), so a reopened sheet keeps its history.
    const scoreChanges = listScoreChanges(
      rubric.map((c) => c.id),
      new Map([...previous.values()].map((p) => [p.criterionId, p.value])),
      new Map(sheetValues.scores.flatMap((s) => (s.value === null ? [] : [[s.criterionId, s.value] as const]))),
    );
    // A comment counts as changed when its text differs (a criterion with no score row has the empty comment here).
    const isCommentChanged =
      (sheet?.overallComment ?? "") !== sheetValues.overallComment ||
      sheetValues.scores.some((s) => (previous.get(s.criterionId)?.comment ?? "") !== (s.value === null ? "" : s.comment));
    if (isSubmit || scoreChanges.length > 0 || isCommentChanged) {
      await audit({
        action: isSubmit ? "sheet.submit" : "sheet.save",
        entity: "score_sheet",
        id: saved.id,
        data: { nominationId, version: saved.version, scoreChanges, ...(isCommentChanged ? { commentsChanged: true } : {}) },
      });
    }
    // What was just written is what the database holds now (the parsed values, in rubric order): no read back.
    return { state: saved.state, version: saved.version, submittedAt: saved.submittedAt, savedAt: saved.savedAt, isRepeat: false, values: sheetValues };
  });
}
