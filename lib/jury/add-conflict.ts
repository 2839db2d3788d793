import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { conflicts, memberships, nominations } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError, getViolatedConstraint } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { CONFLICTABLE_STATES } from "./conflict-queries";
import { releaseJurorFromDossier } from "./release-juror";

/**
 * The secretariat records a conflict of interest: in one transaction the conflict, the assignment taken away and
 * the juror's sheet excluded (kept for the record), each audited.
 */
export async function addAdminConflict({
  db,
  user,
  editionId,
  jurorUserId,
  nominationId,
  reason,
}: {
  db: Executor;
  user: SessionUser;
  editionId: number;
  jurorUserId: number;
  nominationId: string;
  reason: string;
}) {
  return runEditionCommand({ db, actor: user, editionId, action: "conflict.add" }, async ({ tx, audit }) => {
    const [juror] = await tx
      .select({ id: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.userId, jurorUserId), eq(memberships.role, "juror"), eq(memberships.editionId, editionId)));
    if (!juror) throw new AppError("NOT_FOUND", "This person is not on the jury of this edition.", { jurorUserId: ["Choose a juror of this edition."] });
    const [dossier] = await tx
      .select({ id: nominations.id })
      .from(nominations)
      .where(
        and(
          eq(nominations.id, nominationId),
          eq(nominations.editionId, editionId),
          eq(nominations.kind, "competing"),
          inArray(nominations.state, [...CONFLICTABLE_STATES]),
        ),
      );
    if (!dossier) throw new AppError("NOT_FOUND", "This dossier is not a competing nomination of this edition.", { nominationId: ["Choose a dossier of this edition."] });

    const [existing] = await tx
      .select({ source: conflicts.source })
      .from(conflicts)
      .where(and(eq(conflicts.jurorUserId, jurorUserId), eq(conflicts.nominationId, nominationId)));
    if (existing) throw new AppError("CONFLICT", "This juror already has a conflict of interest with this dossier.");
    const [conflict] = await tx
      .insert(conflicts)
      .values({ editionId, jurorUserId, nominationId, source: "admin", reason, createdBy: user.id })
      .returning({ id: conflicts.id });
    const released = await releaseJurorFromDossier(tx, {
      editionId,
      jurorUserId,
      nominationId,
      actorId: user.id,
      reason: `Conflict of interest added by the secretariat: ${reason}`,
    });
    await audit({
      action: "conflict.added",
      entity: "conflict",
      id: conflict!.id,
      data: {
        jurorUserId,
        nominationId,
        source: "admin",
        reason,
        removedAssignmentId: released.removedAssignment?.id ?? null,
        excludedSheetId: released.excludedSheet?.id ?? null,
      },
    });
    return { conflictId: conflict!.id, isAssignmentRemoved: Boolean(released.removedAssignment), excludedSheetState: released.excludedSheet?.state ?? null };
  }).catch((error: unknown) => {
    // Two secretaries adding the same conflict at once: the unique key decides, and the second is told plainly.
    if (getViolatedConstraint(error) === "conflicts_juror_nomination_key") {
      throw new AppError("CONFLICT", "This juror already has a conflict of interest with this dossier.");
    }
    throw error;
  });
}
