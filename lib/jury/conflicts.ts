import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { conflicts, countries, memberships, nominations, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError, getViolatedConstraint } from "../errors";
import { lockEditionForJuryChange, releaseJurorFromDossier, rethrowIfFrozen } from "./assignment-changes";
import { recordAudit } from "../kernel/audit";

/** Dossiers a conflict may be added on: competing ones that reached or passed the eligibility check. */
const CONFLICTABLE_STATES = ["submitted", "accepted", "awarded", "participant"] as const;

/** Every conflict of interest of an edition, with who, on which dossier, from where, why and when (newest first). */
export async function listEditionConflicts({ db, editionId }: { db: Executor; editionId: number }) {
  const jurorCountries = alias(countries, "juror_countries");
  const creators = alias(users, "conflict_creators");
  return db
    .select({
      id: conflicts.id,
      jurorUserId: conflicts.jurorUserId,
      jurorName: users.name,
      jurorCountryName: jurorCountries.name,
      nominationId: conflicts.nominationId,
      nominationTitle: nominations.title,
      nominationCountryName: countries.name,
      source: conflicts.source,
      reason: conflicts.reason,
      createdAt: conflicts.createdAt,
      createdByName: creators.name,
    })
    .from(conflicts)
    .innerJoin(users, eq(users.id, conflicts.jurorUserId))
    .innerJoin(nominations, eq(nominations.id, conflicts.nominationId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(memberships, and(eq(memberships.userId, conflicts.jurorUserId), eq(memberships.role, "juror"), eq(memberships.editionId, conflicts.editionId)))
    .leftJoin(jurorCountries, eq(jurorCountries.code, memberships.countryCode))
    .leftJoin(creators, eq(creators.id, conflicts.createdBy))
    .where(eq(conflicts.editionId, editionId))
    .orderBy(desc(conflicts.createdAt), asc(users.name), desc(conflicts.id));
}

export type EditionConflict = Awaited<ReturnType<typeof listEditionConflicts>>[number];

/** The competing dossiers a conflict may be added on, for the secretariat's form. */
export async function listConflictableDossiers({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({ id: nominations.id, title: nominations.title, countryName: countries.name })
    .from(nominations)
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .where(and(eq(nominations.editionId, editionId), eq(nominations.kind, "competing"), inArray(nominations.state, [...CONFLICTABLE_STATES])))
    .orderBy(asc(countries.name));
}

/**
 * The secretariat records a conflict of interest: in one transaction the conflict, the assignment taken away and
 * the juror's sheet excluded (kept for the record), each audited.
 */
export async function addAdminConflict({
  db,
  user,
  editionId,
  jurorUserId,
  nominationId,
  reason,
}: {
  db: Executor;
  user: SessionUser;
  editionId: number;
  jurorUserId: number;
  nominationId: string;
  reason: string;
}) {
  return db
    .transaction(async (tx) => {
      await lockEditionForJuryChange(tx, { actor: user, editionId, change: "conflicts" });
      const [juror] = await tx
        .select({ id: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.userId, jurorUserId), eq(memberships.role, "juror"), eq(memberships.editionId, editionId)));
      if (!juror) throw new AppError("NOT_FOUND", "This person is not on the jury of this edition.", { jurorUserId: ["Choose a juror of this edition."] });
      const [dossier] = await tx
        .select({ id: nominations.id })
        .from(nominations)
        .where(
          and(
            eq(nominations.id, nominationId),
            eq(nominations.editionId, editionId),
            eq(nominations.kind, "competing"),
            inArray(nominations.state, [...CONFLICTABLE_STATES]),
          ),
        );
      if (!dossier) throw new AppError("NOT_FOUND", "This dossier is not a competing nomination of this edition.", { nominationId: ["Choose a dossier of this edition."] });

      const [existing] = await tx
        .select({ source: conflicts.source })
        .from(conflicts)
        .where(and(eq(conflicts.jurorUserId, jurorUserId), eq(conflicts.nominationId, nominationId)));
      if (existing) throw new AppError("CONFLICT", "This juror already has a conflict of interest with this dossier.");
      const [conflict] = await tx
        .insert(conflicts)
        .values({ editionId, jurorUserId, nominationId, source: "admin", reason, createdBy: user.id })
        .returning({ id: conflicts.id });
      const released = await releaseJurorFromDossier(tx, {
        editionId,
        jurorUserId,
        nominationId,
        actorId: user.id,
        reason: `Conflict of interest added by the secretariat: ${reason}`,
      });
      await recordAudit(tx, {
        actorUserId: user.id,
        editionId,
        action: "conflict.added",
        entityType: "conflict",
        entityId: conflict!.id,
        data: {
          jurorUserId,
          nominationId,
          source: "admin",
          reason,
          removedAssignmentId: released.removedAssignment?.id ?? null,
          excludedSheetId: released.excludedSheet?.id ?? null,
        },
      });
      return { conflictId: conflict!.id, isAssignmentRemoved: Boolean(released.removedAssignment), excludedSheetState: released.excludedSheet?.state ?? null };
    })
    .catch((error: unknown) => {
      // Two secretaries adding the same conflict at once: the unique key decides, and the second is told plainly.
      if (getViolatedConstraint(error) === "conflicts_juror_nomination_key") {
        throw new AppError("CONFLICT", "This juror already has a conflict of interest with this dossier.");
      }
      return rethrowIfFrozen(error);
    });
}
