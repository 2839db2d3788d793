import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { editions, scoreSheets, scores, type sheetStates } from "../../db/schema";
import { can } from "../access/policy";
import { toFieldErrors } from "../actions/result";
import type { SessionUser } from "../auth/session-user";
import { AppError, isFrozenResultError } from "../errors";
import {
  createScoreSheetSchema,
  type ScoreSheetIntent,
  type ScoreSheetValues,
} from "../validation/score-sheet";
import { recordAudit } from "../kernel/audit";
import { formatDeadline } from "../domain/deadline";
import { getDossierForJuror, type JurorDossier } from "../jury/dossiers";
import { listCriteria, type RubricCriterionRow } from "../editions/rubric";

/** An edition's rubric in order: what a juror scores. */
export const listRubric = listCriteria;

export type RubricRow = RubricCriterionRow;

/** The user's own sheet for a dossier with its scores; other jurors' sheets are never reachable from here. */
export async function getOwnScoreSheet({
  db,
  nominationId,
  user,
}: {
  db: Executor;
  nominationId: string;
  user: Pick<SessionUser, "id">;
}) {
  const [sheet] = await db
    .select({
      id: scoreSheets.id,
      state: scoreSheets.state,
      overallComment: scoreSheets.overallComment,
      unscoredComments: scoreSheets.unscoredComments,
      submittedAt: scoreSheets.submittedAt,
      updatedAt: scoreSheets.updatedAt,
      isExcluded: scoreSheets.isExcluded,
      exclusionReason: scoreSheets.exclusionReason,
      version: scoreSheets.version,
    })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.nominationId, nominationId), eq(scoreSheets.jurorUserId, user.id)));
  if (!sheet) return undefined;
  const { unscoredComments, ...rest } = sheet;
  return { ...rest, scores: await listSheetScores(db, sheet.id, unscoredComments) };
}

/** A sheet's scores with the draft's comments on unscored criteria beside them (value null). */
async function listSheetScores(db: Executor, sheetId: number, unscoredComments: Record<string, string>) {
  const rows: { criterionId: number; value: number | null; comment: string }[] = await db
    .select({ criterionId: scores.criterionId, value: scores.value, comment: scores.comment })
    .from(scores)
    .where(eq(scores.sheetId, sheetId));
  for (const [criterionId, comment] of Object.entries(unscoredComments)) rows.push({ criterionId: Number(criterionId), value: null, comment });
  return rows;
}

/** The comments a draft holds on criteria it leaves unscored, so none is lost before its score is chosen. */
function toUnscoredComments(values: ScoreSheetValues): Record<string, string> {
  return Object.fromEntries(values.scores.filter((s) => s.value === null && s.comment !== "").map((s) => [String(s.criterionId), s.comment]));
}

export type OwnScoreSheet = NonNullable<Awaited<ReturnType<typeof getOwnScoreSheet>>>;

export type SheetState = (typeof sheetStates.enumValues)[number];

export interface SavedSheet {
  state: SheetState;
  version: number;
  submittedAt: Date | null;
  /** When the database stored this version (its clock). */
  savedAt: Date;
  /** True when a submission repeated one already recorded (a double click): nothing was written. */
  isRepeat: boolean;
}

/** A saved or submitted sheet with what the database holds now, read back, so the form can compare it with the screen. */
export interface StoredSheet extends SavedSheet {
  values: ScoreSheetValues;
}

type ScoringInput = { tx: Transaction; nominationId: string; user: SessionUser };

export const FROZEN_MESSAGE = "The result of this edition is frozen: scores can no longer change.";

/** Runs a scoring write, turning the database's refusal to touch a frozen result into a clear message. */
export async function refuseWhenFrozen<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isFrozenResultError(error)) throw new AppError("FORBIDDEN", FROZEN_MESSAGE);
    throw error;
  }
}

/**
 * Finds the dossier by the juror access rule (assignment, country, conflicts), then checks the right to score,
 * that the jury is not closed and the jury deadline by the database clock, while holding a share lock on the
 * edition so the phase cannot move under this write.
 */
async function openDossierForScoring({ tx, nominationId, user }: ScoringInput): Promise<JurorDossier> {
  const dossier = await getDossierForJuror({ db: tx, nominationId, user });
  if (!dossier) throw new AppError("NOT_FOUND", "This dossier does not exist or is not assigned to you.");
  const [gate] = await tx
    .select({
      phase: editions.phase,
      juryDeadline: editions.juryDeadline,
      isJuryClosed: sql<boolean>`${editions.juryClosedAt} is not null`.mapWith((v: unknown) => v === true || v === "t"),
      isBeforeDeadline: sql<boolean>`now() <= ${editions.juryDeadline}`.mapWith((v: unknown) => v === true || v === "t"),
    })
    .from(editions)
    .where(eq(editions.id, dossier.editionId))
    .for("share");
  const resource = {
    edition: { id: dossier.editionId, phase: gate!.phase },
    nomination: { countryCode: dossier.countryCode, kind: dossier.kind, state: dossier.state },
    // The access rule above found the dossier, so it is assigned to this juror and none of their conflicts remain.
    assignedJurorIds: [user.id],
    conflictedJurorIds: [],
  };
  if (!can(user, "sheet.score", resource) || gate!.isJuryClosed) {
    throw new AppError("FORBIDDEN", "Scoring is closed for this edition: scores can no longer be changed.");
  }
  if (!gate!.isBeforeDeadline) {
    throw new AppError("DEADLINE_PASSED", `The jury deadline (${formatDeadline(gate!.juryDeadline)}) has passed.`);
  }
  return dossier;
}

async function lockOwnSheet(tx: Transaction, nominationId: string, userId: number) {
  const [sheet] = await tx
    .select({ id: scoreSheets.id, state: scoreSheets.state, version: scoreSheets.version, overallComment: scoreSheets.overallComment })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.nominationId, nominationId), eq(scoreSheets.jurorUserId, userId)))
    .for("update");
  return sheet;
}

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

const SAVED_COLUMNS = {
  state: scoreSheets.state,
  version: scoreSheets.version,
  submittedAt: scoreSheets.submittedAt,
  savedAt: scoreSheets.updatedAt,
};

const STALE_MESSAGE = "Your scores for this dossier changed in another window. Reload the page to see the latest version.";

/**
 * Saves a draft or submits the user's score sheet for a dossier: access rule, right to score, jury deadline,
 * rubric check, optimistic concurrency on `version` (0 = no sheet yet), and the scores replaced, all in one
 * transaction with an audit entry on submission. Repeating an identical submission changes nothing.
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
  return refuseWhenFrozen(() => db.transaction(async (tx) => {
    const dossier = await openDossierForScoring({ tx, nominationId, user });
    const rubric = await listRubric({ db: tx, editionId: dossier.editionId });
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
        .values({ editionId: dossier.editionId, nominationId, jurorUserId: user.id, version: 0 })
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

    await tx.delete(scores).where(eq(scores.sheetId, sheet.id));
    const rows = sheetValues.scores.flatMap((score) => {
      const criterion = rubric.find((c) => c.id === score.criterionId)!;
      return score.value === null
        ? []
        : [{ sheetId: sheet.id, criterionId: criterion.id, scaleMin: criterion.scaleMin, scaleMax: criterion.scaleMax, value: score.value, comment: score.comment }];
    });
    if (rows.length > 0) await tx.insert(scores).values(rows);

    if (isSubmit) {
      await recordAudit(tx, {
        actorUserId: user.id,
        editionId: dossier.editionId,
        action: "sheet.submit",
        entityType: "score_sheet",
        entityId: sheet.id,
        data: { nominationId, version: saved.version },
      });
    }
    return { ...saved, isRepeat: false, values: await readStoredValues(tx, sheet.id, rubric) };
  }));
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

/** Turns the user's submitted sheet back into a draft, while scoring is open, so they can change it. */
export async function reopenScoreSheet({
  db,
  user,
  nominationId,
  version,
}: {
  db: Executor;
  user: SessionUser;
  nominationId: string;
  version: number;
}): Promise<SavedSheet> {
  return refuseWhenFrozen(() => db.transaction(async (tx) => {
    const dossier = await openDossierForScoring({ tx, nominationId, user });
    const sheet = await lockOwnSheet(tx, nominationId, user.id);
    if (!sheet) throw new AppError("NOT_FOUND", "You have no score sheet for this dossier yet.");
    if (sheet.version !== version) throw new AppError("CONFLICT", STALE_MESSAGE);
    if (sheet.state !== "submitted") throw new AppError("CONFLICT", "These scores are already a draft you can edit.");
    const [saved] = await tx
      .update(scoreSheets)
      .set({ state: "draft", submittedAt: null, version: sql`${scoreSheets.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(scoreSheets.id, sheet.id), eq(scoreSheets.version, sheet.version)))
      .returning(SAVED_COLUMNS);
    if (!saved) throw new AppError("CONFLICT", STALE_MESSAGE);
    await recordAudit(tx, {
      actorUserId: user.id,
      editionId: dossier.editionId,
      action: "sheet.reopen",
      entityType: "score_sheet",
      entityId: sheet.id,
      data: { nominationId, version: saved.version },
    });
    return { ...saved, isRepeat: false };
  }));
}
