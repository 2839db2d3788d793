import type { Executor } from "../../db/client";
import type { SessionUser } from "../auth/session-user";
import type { Phase } from "../domain/phases";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { afterPublicChange } from "../results/public-invalidation";
import { applyPhaseMove } from "./phase-move";

export interface AdvancePhaseRequest {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  /** The phase and version the admin saw: if either changed meanwhile, the move is refused as a conflict. */
  from: Phase;
  to: Phase;
  version: number;
  isWarningConfirmed?: boolean;
}

/**
 * Moves an edition to its next phase in one edition command, with its audit entry; the edition's lock makes
 * eligibility decisions and award changes wait for (or precede) the move. Publishing is its own right.
 */
export async function advanceEditionPhase(request: AdvancePhaseRequest) {
  const { db, actor, editionId, from, to, version } = request;
  const action = to === "published" ? "edition.publish" : "edition.manage";
  // Every phase but the draft is public (the home page and the API show where each edition stands).
  return afterPublicChange(runEditionCommand({ db, actor, editionId, action }, async ({ tx, edition }) => {
    if (edition.phase !== from || edition.version !== version) {
      throw new AppError("CONFLICT", "Someone else changed this edition meanwhile. Reload the page to see its current phase.");
    }
    const moved = await applyPhaseMove(tx, { editionId, from, to, version, actorId: actor.id, isWarningConfirmed: request.isWarningConfirmed });
    return { year: edition.year, phase: to, ...moved };
  }));
}
