import type { Executor } from "../../db/client";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { ASSIGNMENT_REMOVED_REASON, releaseJurorFromDossier, type JurorDossier } from "./release-juror";

/** Takes one dossier away from one juror; a sheet they already wrote is kept but excluded, and that is audited. */
export async function removeAssignment({ db, user, ...pair }: JurorDossier & { db: Executor; user: SessionUser }) {
  return runEditionCommand({ db, actor: user, editionId: pair.editionId, action: "assignments.change" }, async ({ tx }) => {
    const released = await releaseJurorFromDossier(tx, { ...pair, actorId: user.id, reason: ASSIGNMENT_REMOVED_REASON });
    if (!released.removedAssignment) {
      throw new AppError("NOT_FOUND", "This assignment no longer exists. Reload the page to see the latest assignments.");
    }
    return { excludedSheetState: released.excludedSheet?.state ?? null };
  });
}
