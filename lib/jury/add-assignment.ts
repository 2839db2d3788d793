import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, conflicts, memberships, nominations, scoreSheets } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { SCORABLE_STATES } from "../domain/phases";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { ASSIGNMENT_REMOVED_REASON, type JurorDossier } from "./release-juror";

/** Checks that the juror sits on the edition's jury and may be given this accepted competing dossier. */
async function getAssignablePair(tx: Executor, { editionId, jurorUserId, nominationId }: JurorDossier) {
  const [juror] = await tx
    .select({ countryCode: memberships.countryCode })
    .from(memberships)
    .where(and(eq(memberships.userId, jurorUserId), eq(memberships.role, "juror"), eq(memberships.editionId, editionId)));
  if (!juror) throw new AppError("NOT_FOUND", "This person is not on the jury of this edition.");
  const [dossier] = await tx
    .select({ countryCode: nominations.countryCode })
    .from(nominations)
    .where(
      and(
        eq(nominations.id, nominationId),
        eq(nominations.editionId, editionId),
        eq(nominations.kind, "competing"),
        inArray(nominations.state, [...SCORABLE_STATES]),
      ),
    );
  if (!dossier) throw new AppError("NOT_FOUND", "This dossier is not an accepted competing nomination of this edition.");
  if (juror.countryCode === dossier.countryCode) throw new AppError("CONFLICT", "A juror never scores their own country's dossier.");
  const [conflict] = await tx
    .select({ id: conflicts.id })
    .from(conflicts)
    .where(and(eq(conflicts.jurorUserId, jurorUserId), eq(conflicts.nominationId, nominationId)));
  if (conflict) throw new AppError("CONFLICT", "This juror has a conflict of interest with this dossier.");
}

/** Gives one dossier to one juror by hand (a manual assignment), and restores a sheet its removal had excluded. */
export async function addAssignment({ db, user, ...pair }: JurorDossier & { db: Executor; user: SessionUser }) {
  return runEditionCommand({ db, actor: user, editionId: pair.editionId, action: "assignments.change" }, async ({ tx, audit }) => {
    await getAssignablePair(tx, pair);
    const [added] = await tx
      .insert(assignments)
      .values({ ...pair, source: "manual", createdBy: user.id })
      .onConflictDoNothing({ target: [assignments.jurorUserId, assignments.nominationId] })
      .returning({ id: assignments.id });
    if (!added) throw new AppError("CONFLICT", "This juror already has this dossier. Reload the page to see the latest assignments.");
    const [restored] = await tx
      .update(scoreSheets)
      .set({ isExcluded: false, exclusionReason: null, version: sql`${scoreSheets.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(scoreSheets.jurorUserId, pair.jurorUserId),
          eq(scoreSheets.nominationId, pair.nominationId),
          eq(scoreSheets.isExcluded, true),
          eq(scoreSheets.exclusionReason, ASSIGNMENT_REMOVED_REASON),
        ),
      )
      .returning({ id: scoreSheets.id });
    if (restored) {
      await audit({ action: "sheet.restored", entity: "score_sheet", id: restored.id, data: { jurorUserId: pair.jurorUserId, nominationId: pair.nominationId } });
    }
    await audit({
      action: "assignment.added",
      entity: "assignment",
      id: added.id,
      data: { jurorUserId: pair.jurorUserId, nominationId: pair.nominationId, source: "manual", restoredSheetId: restored?.id ?? null },
    });
    return { assignmentId: added.id, isSheetRestored: Boolean(restored) };
  });
}
