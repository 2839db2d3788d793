import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { scoreSheets, type sheetStates } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import type { ScoreSheetValues } from "../validation/score-sheet";
import { listCriteria, type RubricCriterionRow } from "../editions/rubric-queries";

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
      // The scores come with the sheet, in one statement.
      scored: sql<{ criterionId: number; value: number; comment: string }[]>`coalesce((select json_agg(json_build_object('criterionId', s.criterion_id, 'value', s.value, 'comment', s.comment) order by s.criterion_id) from scores s where s.sheet_id = ${scoreSheets.id}), '[]'::json)`.mapWith(
        (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value) as { criterionId: number; value: number; comment: string }[],
      ),
    })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.nominationId, nominationId), eq(scoreSheets.jurorUserId, user.id)));
  if (!sheet) return undefined;
  const { unscoredComments, scored, ...rest } = sheet;
  return { ...rest, scores: withUnscoredComments(scored, unscoredComments) };
}

/** A sheet's scores with the draft's comments on unscored criteria beside them (value null). */
function withUnscoredComments(scored: { criterionId: number; value: number; comment: string }[], unscoredComments: Record<string, string>) {
  const rows: { criterionId: number; value: number | null; comment: string }[] = [...scored];
  for (const [criterionId, comment] of Object.entries(unscoredComments)) rows.push({ criterionId: Number(criterionId), value: null, comment });
  return rows;
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
