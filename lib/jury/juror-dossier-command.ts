/** What a juror's command on a dossier loads under the edition's lock, for the policy to judge (assigned, conflicted). */
import { and, eq } from "drizzle-orm";
import type { Transaction } from "../../db/client";
import { assignments, conflicts, nominations } from "../../db/schema";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import type { LockedEdition } from "../kernel/edition-command";

export const JUROR_DOSSIER_NOT_FOUND = msg("This dossier does not exist or is not assigned to you.");

/** The dossier's facts and whether this juror holds its assignment or a conflict on it. */
export function loadJurorDossier(nominationId: string, jurorUserId: number) {
  return async (tx: Transaction, edition: LockedEdition) => {
    const [nomination] = await tx
      .select({ countryCode: nominations.countryCode, kind: nominations.kind, state: nominations.state })
      .from(nominations)
      .where(and(eq(nominations.id, nominationId), eq(nominations.editionId, edition.id)));
    if (!nomination) throw new AppError("NOT_FOUND", JUROR_DOSSIER_NOT_FOUND);
    const [assigned] = await tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.jurorUserId, jurorUserId), eq(assignments.nominationId, nominationId), eq(assignments.editionId, edition.id)));
    const [conflict] = await tx
      .select({ id: conflicts.id })
      .from(conflicts)
      .where(and(eq(conflicts.jurorUserId, jurorUserId), eq(conflicts.nominationId, nominationId)));
    return { nomination, assignedJurorIds: assigned ? [jurorUserId] : [], conflictedJurorIds: conflict ? [jurorUserId] : [] };
  };
}
