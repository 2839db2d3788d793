import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { tieDecisions, users } from "../../db/schema";
import { getJurorMembership } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { compareIds } from "../domain/ranking";
import type { TieDeciderRole } from "../domain/ranking-ties";
import { AppError, isFrozenResultError } from "../errors";
import { msg } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { getRankingRecord } from "./ranking";

export const TIES_FROZEN_MESSAGE = msg("The result of this edition is frozen: its ties can no longer be decided.");

/** The decisions on an edition's ties (the chair's or the secretariat's), oldest first; the ranking applies the latest one for each tie. */
export async function listTieDecisions({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({
      id: tieDecisions.id,
      orderedNominationIds: tieDecisions.orderedNominationIds,
      reason: tieDecisions.reason,
      decidedByName: users.name,
      deciderRole: tieDecisions.deciderRole,
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

/** What a decider decides as: the edition's chair as the chair, even when also an admin; anyone else for the secretariat. */
export function getTieDeciderRole(user: SessionUser, editionId: number): TieDeciderRole {
  return getJurorMembership(user, editionId)?.isChair === true ? "chair" : "secretariat";
}

function getIdKey(ids: readonly string[]): string {
  return [...ids].sort(compareIds).join(",");
}

/**
 * Records, through the edition-command kernel (chair or secretariat, deliberation, not frozen), the chair's order for dossiers the declared chain left tied, with the reason, and its audit entry, in
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
    return await runEditionCommand({ db, actor, editionId, action: "tie.decide" }, async ({ tx, actorId, audit }) => {
      const trimmed = reason.trim();
      if (!trimmed) throw new AppError("INVALID", msg("Give the reason for the decision."), { reason: [msg("Give the reason for the decision.")] });
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
        .values({
          editionId,
          orderedNominationIds: [...orderedNominationIds],
          reason: trimmed,
          decidedBy: actorId,
          deciderRole: getTieDeciderRole(actor, editionId),
        })
        .returning({ id: tieDecisions.id });
      await audit({
        action: "tie.decided",
        entity: "tie_decision",
        id: created!.id,
        data: { orderedNominationIds: [...orderedNominationIds], reason: trimmed, deciderRole: getTieDeciderRole(actor, editionId) },
      });
      return { id: created!.id };
    });
  } catch (error) {
    if (isFrozenResultError(error)) throw new AppError("CONFLICT", TIES_FROZEN_MESSAGE);
    throw error;
  }
}
