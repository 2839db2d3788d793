import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { awards, editions, nominations } from "../../db/schema";
import { WARNING_CONFIRMATIONS, canAdvance, type Phase } from "../domain/phases";
import { AppError } from "../errors";
import { generateAssignmentsWithin } from "../jury/generate-assignments";
import { recordAudit } from "../kernel/audit";
import { getPhaseContext } from "./queries";

export interface PhaseMove {
  editionId: number;
  from: Phase;
  to: Phase;
  version: number;
  /** Null only for a publication the secretariat scheduled earlier (the embargo): no one is signed in then. */
  actorId: number | null;
  isWarningConfirmed?: boolean;
  /** Extra facts for the audit entry, e.g. what triggered a publication. */
  auditData?: Record<string, unknown>;
}

/**
 * The guard and the writes of one phase move, for a caller inside a transaction that holds the edition's row
 * lock and has settled who may make the move (advanceEditionPhase, or the embargo's scheduled publication).
 */
export async function applyPhaseMove(tx: Executor, move: PhaseMove) {
  const { editionId, from, to, version, actorId } = move;
  const check = canAdvance(from, to, await getPhaseContext({ db: tx, editionId }));
  if (!check.isAllowed) throw new AppError("INVALID", check.reason);
  if (check.warning && !move.isWarningConfirmed) throw new AppError("INVALID", WARNING_CONFIRMATIONS[check.warning] ?? check.warning);

  const [updated] = await tx
    .update(editions)
    .set({
      phase: to,
      version: sql`${editions.version} + 1`,
      ...(to === "published" ? { publishedAt: sql`now()` } : {}),
      // Deliberation means the jury is closed, whichever page moved the edition there.
      ...(to === "deliberation" ? { juryClosedAt: sql`coalesce(${editions.juryClosedAt}, now())` } : {}),
    })
    .where(and(eq(editions.id, editionId), eq(editions.phase, from), eq(editions.version, version)))
    .returning({ version: editions.version, publishedAt: editions.publishedAt });
  if (!updated) throw new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page to see its current phase.");

  const outcome = to === "published" ? await settleNominationStates(tx, editionId, actorId) : undefined;
  // Scoring opens with the jury's assignments (and own-country conflicts) already written, in this same transaction.
  if (to === "jury_scoring") {
    if (actorId === null) throw new AppError("FORBIDDEN", "Only the secretariat can open jury scoring.");
    await generateAssignmentsWithin({ tx, actorId, editionId });
  }
  await recordAudit(tx, {
    actorUserId: actorId,
    editionId,
    action: to === "published" ? "edition.published" : "edition.phase_changed",
    entityType: "edition",
    entityId: editionId,
    data: { from, to, version: updated.version, ...outcome, ...move.auditData },
  });
  return { version: updated.version, publishedAt: updated.publishedAt };
}

/** At publication: award holders become awarded, every other accepted competing nomination a participant. */
async function settleNominationStates(tx: Executor, editionId: number, actorId: number | null) {
  const isAcceptedCompeting = and(
    eq(nominations.editionId, editionId),
    eq(nominations.kind, "competing"),
    eq(nominations.state, "accepted"),
  );
  const stamp = { version: sql`${nominations.version} + 1`, updatedAt: sql`now()`, updatedBy: actorId };
  const awarded = await tx
    .update(nominations)
    .set({ state: "awarded", ...stamp })
    .where(
      and(
        isAcceptedCompeting,
        inArray(nominations.id, tx.select({ id: awards.nominationId }).from(awards).where(eq(awards.editionId, editionId))),
      ),
    )
    .returning({ id: nominations.id });
  const participants = await tx
    .update(nominations)
    .set({ state: "participant", ...stamp })
    .where(isAcceptedCompeting)
    .returning({ id: nominations.id });
  return { awardedCount: awarded.length, participantCount: participants.length };
}
