import type { Executor } from "../../db/client";
import { conflicts } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError, getViolatedConstraint } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { findDossierEdition } from "../nominations/dossier-command";
import type { ConflictDeclaration } from "../validation/conflict-declaration";
import { JUROR_DOSSIER_NOT_FOUND, loadJurorDossier } from "./juror-dossier-command";
import { releaseJurorFromDossier } from "./release-juror";

/** Recorded on the juror's sheet when they declare a conflict; the sheet is kept, never counted. */
export const DECLARED_CONFLICT_EXCLUSION = "conflict declared by the juror";

export interface DeclaredConflict {
  conflictId: number;
  /** The juror's sheet for the dossier, now excluded, or null when they had not started one. */
  excludedSheetId: number | null;
}

/**
 * A juror declares a conflict of interest on a dossier assigned to them: the conflict is recorded, the
 * assignment removed and any sheet of theirs excluded (never deleted), in one transaction with an audit
 * entry. Afterwards the access rule no longer finds the dossier for them.
 */
export async function declareConflict({
  db,
  user,
  nominationId,
  reason,
}: {
  db: Executor;
  user: SessionUser;
} & ConflictDeclaration): Promise<DeclaredConflict> {
  return runEditionCommand(
    {
      db,
      actor: user,
      editionId: findDossierEdition(nominationId),
      action: "conflict.declare",
      // Shared like a juror's save: the jury cannot close or move on meanwhile, other jurors are not held up.
      lock: "share",
      load: loadJurorDossier(nominationId, user.id),
      notFound: JUROR_DOSSIER_NOT_FOUND,
      isHiddenWhenForbidden: true,
    },
    async ({ tx, edition, audit }) => {
      const [conflict] = await tx
        .insert(conflicts)
        .values({ editionId: edition.id, jurorUserId: user.id, nominationId, source: "declared", reason, createdBy: user.id })
        .returning({ id: conflicts.id })
        .catch((error: unknown) => {
          if (getViolatedConstraint(error) === "conflicts_juror_nomination_key") {
            throw new AppError("CONFLICT", "A conflict on this dossier is already recorded for you.");
          }
          throw error;
        });
      // The same release as any other conflict: the assignment goes, a sheet is kept but excluded, both audited.
      const released = await releaseJurorFromDossier(tx, {
        editionId: edition.id,
        jurorUserId: user.id,
        nominationId,
        actorId: user.id,
        reason: DECLARED_CONFLICT_EXCLUSION,
      });
      const sheet = released.excludedSheet;
      await audit({
        entity: "conflict",
        id: conflict!.id,
        data: {
          nominationId,
          reason,
          removedAssignmentIds: released.removedAssignment ? [released.removedAssignment.id] : [],
          excludedSheet: sheet ? { id: sheet.id, state: sheet.state, reason: DECLARED_CONFLICT_EXCLUSION } : null,
        },
      });
      return { conflictId: conflict!.id, excludedSheetId: sheet?.id ?? null };
    },
  );
}
