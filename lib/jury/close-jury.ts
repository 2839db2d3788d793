import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { editions } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { msg, text } from "../i18n/server-text";
import { applyPhaseMove } from "../editions/phase-move";
import { runEditionCommand } from "../kernel/edition-command";
import { afterPublicChange } from "../results/public-invalidation";
import { getJuryTotals } from "./progress";

export interface CloseJuryRequest {
  db: Executor;
  user: SessionUser;
  editionId: number;
  /** The edition's version the secretariat saw: a close over a changed edition is refused as a conflict. */
  version: number;
  /** Close although some assigned sheets are not submitted; needs a reason. */
  isForced: boolean;
  reason: string;
}


/**
 * Closes the jury: stamps juryClosedAt with the database clock and moves the edition to deliberation through the
 * ordinary phase move (its guard and audit included), all in one edition command holding the edition's row lock.
 * Refused while sheets are missing, unless forced with a reason, which is stored and audited.
 */
export async function closeJury({ db, user, editionId, version, isForced, reason }: CloseJuryRequest) {
  // The move to deliberation shows on the public pages (where the edition stands).
  return afterPublicChange(runEditionCommand({ db, actor: user, editionId, action: "jury.close" }, async ({ tx, edition, audit }) => {
    if (edition.version !== version) {
      throw new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page and try again.");
    }
    const totals = await getJuryTotals({ db: tx, editionId });
    const missing = totals.assigned - totals.submitted;
    const closeReason = reason.trim();
    if (missing > 0 && !isForced) {
      throw new AppError(
        "INVALID",
        missing === 1
          ? text("1 assigned score sheet is not submitted yet. Wait for it, or force-close the jury with a reason.")
          : text("{count} assigned score sheets are not submitted yet. Wait for them, or force-close the jury with a reason.", { count: missing }),
      );
    }
    if (isForced && !closeReason) {
      const message = msg("Give the reason for closing the jury before every sheet is submitted.");
      throw new AppError("INVALID", message, { reason: [message] });
    }

    // Closing is the secretariat's explicit decision, so the phase move's "deadline not passed" warning counts as confirmed.
    const moved = await applyPhaseMove(tx, { editionId, from: "jury_scoring", to: "deliberation", version, actorId: user.id, isWarningConfirmed: true });
    const [closed] = await tx
      .update(editions)
      .set({ juryClosedAt: sql`now()`, juryCloseReason: isForced ? closeReason : null })
      .where(eq(editions.id, editionId))
      .returning({ juryClosedAt: editions.juryClosedAt });
    await audit({
      action: isForced ? "jury.force_closed" : "jury.closed",
      entity: "edition",
      id: editionId,
      data: { ...totals, missing, reason: isForced ? closeReason : null, version: moved.version },
    });
    return { version: moved.version, juryClosedAt: closed!.juryClosedAt, isForced, missing };
  }));
}
