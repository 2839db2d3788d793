import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions, nominations, type EligibilityReason } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { recordAudit } from "./audit";

export interface EligibilityDecision {
  db: Executor;
  actor: SessionUser;
  nominationId: string;
  /** The nomination's version the admin saw: a decision on a changed dossier is refused as a conflict. */
  version: number;
  decision: "accept" | "reject";
  reason?: EligibilityReason;
  note?: string;
}

const DECIDABLE_STATES = ["submitted", "accepted", "rejected"] as const;

/**
 * Accepts or rejects a submitted competing nomination during the eligibility phase, with its audit entry,
 * in one transaction. A decision may be changed until the edition leaves the phase.
 */
export async function decideEligibility(request: EligibilityDecision) {
  const { db, actor, nominationId, version, decision } = request;
  const note = request.note?.trim() ?? "";
  return db.transaction(async (tx) => {
    const [target] = await tx.select({ editionId: nominations.editionId }).from(nominations).where(eq(nominations.id, nominationId));
    if (!target) throw new AppError("NOT_FOUND", "This nomination does not exist.");
    // A shared lock on the edition keeps the phase from moving on while the decision is written.
    const [edition] = await tx
      .select({ id: editions.id, phase: editions.phase })
      .from(editions)
      .where(eq(editions.id, target.editionId))
      .for("share");
    const [nomination] = await tx
      .select({
        countryCode: nominations.countryCode,
        kind: nominations.kind,
        state: nominations.state,
        version: nominations.version,
      })
      .from(nominations)
      .where(eq(nominations.id, nominationId))
      .for("update");
    if (!edition || !nomination) throw new AppError("NOT_FOUND", "This nomination does not exist.");
    if (!can(actor, "edition.manage", { edition })) {
      throw new AppError("FORBIDDEN", "Only the secretariat can decide on eligibility.");
    }
    if (!can(actor, "nomination.decide-eligibility", { edition, nomination })) {
      throw new AppError(
        "CONFLICT",
        edition.phase === "eligibility"
          ? "Only submitted competing nominations can be accepted or rejected."
          : "Eligibility can only be decided while the edition is in its eligibility phase.",
      );
    }
    if (decision === "reject" && !request.reason) {
      throw new AppError("INVALID", "Choose a reason for the rejection.", { reason: ["Choose a reason for the rejection."] });
    }
    if (decision === "reject" && request.reason === "other" && !note) {
      throw new AppError("INVALID", "Explain the reason in the note.", { note: ["Explain the reason in the note."] });
    }
    if (nomination.version !== version) {
      throw new AppError("CONFLICT", "This nomination changed meanwhile. Reload the page and decide again.");
    }

    const isAccepted = decision === "accept";
    const [updated] = await tx
      .update(nominations)
      .set({
        state: isAccepted ? "accepted" : "rejected",
        eligibilityReason: isAccepted ? null : request.reason,
        eligibilityNote: isAccepted || !note ? null : note,
        version: sql`${nominations.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: actor.id,
      })
      .where(
        and(
          eq(nominations.id, nominationId),
          eq(nominations.version, version),
          eq(nominations.kind, "competing"),
          inArray(nominations.state, [...DECIDABLE_STATES]),
        ),
      )
      .returning({ state: nominations.state, version: nominations.version });
    if (!updated) throw new AppError("CONFLICT", "This nomination changed meanwhile. Reload the page and decide again.");

    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId: edition.id,
      action: isAccepted ? "nomination.accepted" : "nomination.rejected",
      entityType: "nomination",
      entityId: nominationId,
      data: { from: nomination.state, to: updated.state, ...(isAccepted ? {} : { reason: request.reason, note }) },
    });
    return updated;
  });
}
