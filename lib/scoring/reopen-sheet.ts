import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { scoreSheets } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import type { SavedSheet } from "./queries";
import { runSheetCommand, SAVED_COLUMNS, STALE_MESSAGE } from "./sheet-command";

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
  return runSheetCommand({ db, user, nominationId }, async ({ tx, audit, resource: { sheet } }) => {
    if (!sheet) throw new AppError("NOT_FOUND", "You have no score sheet for this dossier yet.");
    if (sheet.version !== version) throw new AppError("CONFLICT", STALE_MESSAGE);
    if (sheet.state !== "submitted") throw new AppError("CONFLICT", "These scores are already a draft you can edit.");
    const [saved] = await tx
      .update(scoreSheets)
      .set({ state: "draft", submittedAt: null, version: sql`${scoreSheets.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(scoreSheets.id, sheet.id), eq(scoreSheets.version, sheet.version)))
      .returning(SAVED_COLUMNS);
    if (!saved) throw new AppError("CONFLICT", STALE_MESSAGE);
    // The submitted scores as they stood (loaded with the sheet; the version check above keeps them current).
    const submitted = sheet.scores;
    await audit({
      action: "sheet.reopen",
      entity: "score_sheet",
      id: sheet.id,
      data: { nominationId, version: saved.version, submittedScores: Object.fromEntries(submitted.map((s) => [String(s.criterionId), s.value])) },
    });
    return { ...saved, isRepeat: false };
  });
}
