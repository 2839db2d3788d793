import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, scoreSheets } from "../../db/schema";
import { recordAudit } from "../kernel/audit";

/** Why a sheet is excluded when its assignment is taken away; re-adding the assignment restores only these. */
export const ASSIGNMENT_REMOVED_REASON = "Assignment removed by the secretariat.";

export interface JurorDossier {
  editionId: number;
  jurorUserId: number;
  nominationId: string;
}

/**
 * Takes a dossier away from a juror inside the caller's transaction: deletes the assignment and excludes their sheet
 * (kept for the record, never deleted), each with an audit entry. Also used when a conflict of interest is declared.
 */
export async function releaseJurorFromDossier(
  tx: Executor,
  { editionId, jurorUserId, nominationId, actorId, reason }: JurorDossier & { actorId: number; reason: string },
) {
  const [removed] = await tx
    .delete(assignments)
    .where(and(eq(assignments.editionId, editionId), eq(assignments.jurorUserId, jurorUserId), eq(assignments.nominationId, nominationId)))
    .returning({ id: assignments.id, source: assignments.source });
  const [excluded] = await tx
    .update(scoreSheets)
    .set({ isExcluded: true, exclusionReason: reason, version: sql`${scoreSheets.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(scoreSheets.jurorUserId, jurorUserId), eq(scoreSheets.nominationId, nominationId), eq(scoreSheets.isExcluded, false)))
    .returning({ id: scoreSheets.id, state: scoreSheets.state });
  if (excluded) {
    await recordAudit(tx, {
      actorUserId: actorId,
      editionId,
      action: "sheet.excluded",
      entityType: "score_sheet",
      entityId: excluded.id,
      data: { jurorUserId, nominationId, state: excluded.state, reason },
    });
  }
  if (removed) {
    await recordAudit(tx, {
      actorUserId: actorId,
      editionId,
      action: "assignment.removed",
      entityType: "assignment",
      entityId: removed.id,
      data: { jurorUserId, nominationId, source: removed.source, reason, excludedSheetId: excluded?.id ?? null },
    });
  }
  return { removedAssignment: removed ?? null, excludedSheet: excluded ?? null };
}
