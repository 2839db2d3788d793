import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { conflicts, editions } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError, getViolatedConstraint } from "../errors";
import type { ConflictDeclaration } from "../validation/conflict-declaration";
import { releaseJurorFromDossier } from "./assignment-changes";
import { recordAudit } from "../kernel/audit";
import { getDossierForJuror } from "./dossiers";
import { refuseWhenFrozen } from "../scoring/score-sheets";

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
  return refuseWhenFrozen(() =>
    db.transaction(async (tx) => {
      const dossier = await getDossierForJuror({ db: tx, nominationId, user });
      if (!dossier) throw new AppError("NOT_FOUND", "This dossier does not exist or is not assigned to you.");
      // A share lock on the edition so the jury cannot close or move on while the conflict is recorded.
      const [gate] = await tx
        .select({ phase: editions.phase, isJuryClosed: sql<boolean>`${editions.juryClosedAt} is not null`.mapWith((v: unknown) => v === true || v === "t") })
        .from(editions)
        .where(eq(editions.id, dossier.editionId))
        .for("share");
      const resource = {
        edition: { id: dossier.editionId, phase: gate!.phase },
        nomination: { countryCode: dossier.countryCode, kind: dossier.kind, state: dossier.state },
        assignedJurorIds: [user.id],
        conflictedJurorIds: [],
      };
      if (!can(user, "conflict.declare", resource) || gate!.isJuryClosed) {
        throw new AppError("FORBIDDEN", "A conflict can be declared only while the jury is scoring. Write to the secretariat instead.");
      }

      const [conflict] = await tx
        .insert(conflicts)
        .values({ editionId: dossier.editionId, jurorUserId: user.id, nominationId, source: "declared", reason, createdBy: user.id })
        .returning({ id: conflicts.id })
        .catch((error: unknown) => {
          if (getViolatedConstraint(error) === "conflicts_juror_nomination_key") {
            throw new AppError("CONFLICT", "A conflict on this dossier is already recorded for you.");
          }
          throw error;
        });
      // The same release as any other conflict: the assignment goes, a sheet is kept but excluded, both audited.
      const released = await releaseJurorFromDossier(tx, {
        editionId: dossier.editionId,
        jurorUserId: user.id,
        nominationId,
        actorId: user.id,
        reason: DECLARED_CONFLICT_EXCLUSION,
      });
      const sheet = released.excludedSheet;

      await recordAudit(tx, {
        actorUserId: user.id,
        editionId: dossier.editionId,
        action: "conflict.declare",
        entityType: "conflict",
        entityId: conflict!.id,
        data: {
          nominationId,
          reason,
          removedAssignmentIds: released.removedAssignment ? [released.removedAssignment.id] : [],
          excludedSheet: sheet ? { id: sheet.id, state: sheet.state, reason: DECLARED_CONFLICT_EXCLUSION } : null,
        },
      });
      return { conflictId: conflict!.id, excludedSheetId: sheet?.id ?? null };
    }),
  );
}
