import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { scoreSheets, scores, type sheetStates } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
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
      submittedAt: scoreSheets.submittedAt,
      updatedAt: scoreSheets.updatedAt,
      isExcluded: scoreSheets.isExcluded,
      exclusionReason: scoreSheets.exclusionReason,
      version: scoreSheets.version,
    })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.nominationId, nominationId), eq(scoreSheets.jurorUserId, user.id)));
  if (!sheet) return undefined;
  const rows = await db
    .select({ criterionId: scores.criterionId, value: scores.value, comment: scores.comment })
    .from(scores)
    .where(eq(scores.sheetId, sheet.id));
  return { ...sheet, scores: rows };
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
