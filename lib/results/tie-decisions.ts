import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, frozenResults, tieDecisions, users } from "../../db/schema";
import { can, getJurorMembership } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { compareIds } from "../domain/ranking";
import { AppError, isFrozenResultError } from "../errors";
import { recordAudit } from "../kernel/audit";
import { getRankingRecord } from "./ranking";

export const TIES_FROZEN_MESSAGE = "The result of this edition is frozen: its ties can no longer be decided.";

/** The chair's decisions on an edition's ties, oldest first; the ranking applies the latest one for each tie. */
export async function listTieDecisions({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({
      id: tieDecisions.id,
      orderedNominationIds: tieDecisions.orderedNominationIds,
      reason: tieDecisions.reason,
      decidedByName: users.name,
      decidedAt: tieDecisions.decidedAt,
    })
    .from(tieDecisions)
    .leftJoin(users, eq(users.id, tieDecisions.decidedBy))
    .where(eq(tieDecisions.editionId, editionId))
    .orderBy(asc(tieDecisions.id));
}

/** Whether the person decides ties for this edition at all: the secretariat, or the edition's jury chair. */
export function isTieDecider(user: SessionUser, editionId: number): boolean {
  return user.isActive && (user.isAdmin || getJurorMembership(user, editionId)?.isChair === true);
}

function getIdKey(ids: readonly string[]): string {
  return [...ids].sort(compareIds).join(",");
}

/**
 * Records the chair's order for dossiers the declared chain left tied, with the reason, and its audit entry, in
 * one transaction. The dossiers must be exactly a tie still open after the chain in the raw or normalised ranking;
 * a later decision on the same tie replaces the earlier one in the ranking (both stay on record).
 */
export async function recordTieDecision({
  db,
  actor,
  editionId,
  orderedNominationIds,
  reason,
}: {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  orderedNominationIds: readonly string[];
  reason: string;
}) {
  try {
    return await db.transaction(async (tx) => {
      // Locking the edition row serialises decisions with each other, with phase moves and with the freeze.
      const [edition] = await tx.select({ id: editions.id, phase: editions.phase }).from(editions).where(eq(editions.id, editionId)).for("update");
      if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
      if (!isTieDecider(actor, edition.id)) throw new AppError("FORBIDDEN", "Only the jury chair or the secretariat can decide a tie.");
      if (!can(actor, "tie.decide", { edition })) throw new AppError("CONFLICT", "Ties are decided during deliberation only.");
      const [frozen] = await tx.select({ editionId: frozenResults.editionId }).from(frozenResults).where(eq(frozenResults.editionId, editionId));
      if (frozen) throw new AppError("CONFLICT", TIES_FROZEN_MESSAGE);
      const trimmed = reason.trim();
      if (!trimmed) throw new AppError("INVALID", "Give the reason for the decision.", { reason: ["Give the reason for the decision."] });
      if (orderedNominationIds.length < 2 || new Set(orderedNominationIds).size !== orderedNominationIds.length) {
        throw new AppError("INVALID", "Put each tied dossier in one place.");
      }

      const { result } = await getRankingRecord({ db: tx, editionId });
      const key = getIdKey(orderedNominationIds);
      const isOpenTie = [result.raw, result.normalised].some((list) => list.openTies.some((tie) => getIdKey(tie.nominationIds) === key));
      if (!isOpenTie) {
        throw new AppError("CONFLICT", "These dossiers are no longer tied after the declared tie-breaks. Reload the page to see the ranking as it is now.");
      }

      const [created] = await tx
        .insert(tieDecisions)
        .values({ editionId, orderedNominationIds: [...orderedNominationIds], reason: trimmed, decidedBy: actor.id })
        .returning({ id: tieDecisions.id });
      await recordAudit(tx, {
        actorUserId: actor.id,
        editionId,
        action: "tie.decided",
        entityType: "tie_decision",
        entityId: created!.id,
        data: { orderedNominationIds: [...orderedNominationIds], reason: trimmed },
      });
      return { id: created!.id };
    });
  } catch (error) {
    if (isFrozenResultError(error)) throw new AppError("CONFLICT", TIES_FROZEN_MESSAGE);
    throw error;
  }
}
