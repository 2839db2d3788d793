import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, conflicts, editions, memberships, nominations, scoreSheets } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { getJuryChangeBlock, type JuryChange } from "../domain/jury-changes";
import { AppError, isFrozenResultError } from "../errors";
import { recordAudit } from "../kernel/audit";

/** Nomination states a juror scores: accepted, and what accepted ones become at publication. */
export const ASSIGNABLE_STATES = ["accepted", "awarded", "participant"] as const;

/** Why a sheet is excluded when its assignment is taken away; re-adding the assignment restores only these. */
export const ASSIGNMENT_REMOVED_REASON = "Assignment removed by the secretariat.";

/**
 * Locks the edition row for a change to the jury's work and checks, in order: the secretariat, the edition, the
 * phase. The exclusive lock makes jurors' saves (which share-lock it) wait, so no sheet appears mid-change.
 */
export async function lockEditionForJuryChange(
  tx: Executor,
  { actor, editionId, change }: { actor: SessionUser; editionId: number; change: JuryChange },
) {
  if (!actor.isAdmin || !actor.isActive) throw new AppError("FORBIDDEN", "Only the secretariat can change the jury's work.");
  const [edition] = await tx
    .select({
      id: editions.id,
      year: editions.year,
      phase: editions.phase,
      version: editions.version,
      juryClosedAt: editions.juryClosedAt,
      juryDeadline: editions.juryDeadline,
    })
    .from(editions)
    .where(eq(editions.id, editionId))
    .for("update");
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  if (!can(actor, "edition.manage", { edition })) throw new AppError("FORBIDDEN", "Only the secretariat can change the jury's work.");
  const block = getJuryChangeBlock(change, edition);
  if (block) throw new AppError("CONFLICT", block);
  return edition;
}

/** Turns the database's frozen-result refusal into a message the secretariat can read. */
export function rethrowIfFrozen(error: unknown): never {
  if (isFrozenResultError(error)) throw new AppError("CONFLICT", "The result of this edition is frozen: the jury's work can no longer change.");
  throw error;
}

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
        inArray(nominations.state, [...ASSIGNABLE_STATES]),
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
  return db
    .transaction(async (tx) => {
      await lockEditionForJuryChange(tx, { actor: user, editionId: pair.editionId, change: "assignments" });
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
        await recordAudit(tx, {
          actorUserId: user.id,
          editionId: pair.editionId,
          action: "sheet.restored",
          entityType: "score_sheet",
          entityId: restored.id,
          data: { jurorUserId: pair.jurorUserId, nominationId: pair.nominationId },
        });
      }
      await recordAudit(tx, {
        actorUserId: user.id,
        editionId: pair.editionId,
        action: "assignment.added",
        entityType: "assignment",
        entityId: added.id,
        data: { jurorUserId: pair.jurorUserId, nominationId: pair.nominationId, source: "manual", restoredSheetId: restored?.id ?? null },
      });
      return { assignmentId: added.id, isSheetRestored: Boolean(restored) };
    })
    .catch(rethrowIfFrozen);
}

/** Takes one dossier away from one juror; a sheet they already wrote is kept but excluded, and that is audited. */
export async function removeAssignment({ db, user, ...pair }: JurorDossier & { db: Executor; user: SessionUser }) {
  return db
    .transaction(async (tx) => {
      await lockEditionForJuryChange(tx, { actor: user, editionId: pair.editionId, change: "assignments" });
      const released = await releaseJurorFromDossier(tx, { ...pair, actorId: user.id, reason: ASSIGNMENT_REMOVED_REASON });
      if (!released.removedAssignment) {
        throw new AppError("NOT_FOUND", "This assignment no longer exists. Reload the page to see the latest assignments.");
      }
      return { excludedSheetState: released.excludedSheet?.state ?? null };
    })
    .catch(rethrowIfFrozen);
}
