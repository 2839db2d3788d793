/** What a juror's writes to their own sheet share: the kernel's share lock, the jury deadline, the sheet's row lock. */
import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { editions, scoreSheets } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { formatDeadline } from "../domain/deadline";
import { AppError } from "../errors";
import { JUROR_DOSSIER_NOT_FOUND, loadJurorDossier } from "../jury/juror-dossier-command";
import { runEditionCommand, type EditionCommandContext } from "../kernel/edition-command";
import { findDossierEdition } from "../nominations/dossier-command";

export const STALE_MESSAGE = "Your scores for this dossier changed in another window. Reload the page to see the latest version.";

export const SAVED_COLUMNS = {
  state: scoreSheets.state,
  version: scoreSheets.version,
  submittedAt: scoreSheets.submittedAt,
  savedAt: scoreSheets.updatedAt,
};

/**
 * Runs a write to the user's own sheet for a dossier: the edition share-locked (jurors save side by side, but never
 * while the jury changes), the policy's "sheet.score" (assigned, not own country, no conflict, scoring, jury open,
 * result not frozen), then the jury deadline by the database clock.
 */
export function runSheetCommand<T>(
  { db, user, nominationId }: { db: Executor; user: SessionUser; nominationId: string },
  command: (context: EditionCommandContext) => Promise<T>,
): Promise<T> {
  return runEditionCommand(
    {
      db,
      actor: user,
      editionId: findDossierEdition(nominationId),
      action: "sheet.score",
      lock: "share",
      load: loadJurorDossier(nominationId, user.id),
      notFound: JUROR_DOSSIER_NOT_FOUND,
      isHiddenWhenForbidden: true,
    },
    async (context) => {
      const [clock] = await context.tx
        .select({ isBeforeDeadline: sql<boolean>`now() <= ${editions.juryDeadline}`.mapWith((v: unknown) => v === true || v === "t") })
        .from(editions)
        .where(eq(editions.id, context.edition.id));
      if (!clock?.isBeforeDeadline) {
        throw new AppError("DEADLINE_PASSED", `The jury deadline (${formatDeadline(context.edition.juryDeadline, context.edition.timeZone)}) has passed.`);
      }
      return command(context);
    },
  );
}

export async function lockOwnSheet(tx: Transaction, nominationId: string, userId: number) {
  const [sheet] = await tx
    .select({ id: scoreSheets.id, state: scoreSheets.state, version: scoreSheets.version, overallComment: scoreSheets.overallComment })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.nominationId, nominationId), eq(scoreSheets.jurorUserId, userId)))
    .for("update");
  return sheet;
}
