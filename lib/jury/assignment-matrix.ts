import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, conflicts, countries, editions, memberships, nominations, scoreSheets, users } from "../../db/schema";
import { SCORABLE_STATES } from "../domain/phases";

/** The jury settings and state of an edition, for the secretariat's jury pages. */
export async function getJurySettings({ db, editionId }: { db: Executor; editionId: number }) {
  const [row] = await db
    .select({
      phase: editions.phase,
      version: editions.version,
      assignmentMode: editions.assignmentMode,
      jurorsPerDossier: editions.jurorsPerDossier,
      juryDeadline: editions.juryDeadline,
      timeZone: editions.timeZone,
      juryClosedAt: editions.juryClosedAt,
      juryCloseReason: editions.juryCloseReason,
    })
    .from(editions)
    .where(eq(editions.id, editionId));
  return row;
}

export type JurySettings = NonNullable<Awaited<ReturnType<typeof getJurySettings>>>;

/** The edition's jury members, voting and not, by country then name. */
export async function listEditionJurors({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      isActive: users.isActive,
      countryCode: memberships.countryCode,
      countryName: countries.name,
      isVoting: memberships.isVoting,
      isChair: memberships.isChair,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .where(and(eq(memberships.role, "juror"), eq(memberships.editionId, editionId)))
    .orderBy(asc(countries.name), asc(users.name), asc(users.id));
}

export type EditionJuror = Awaited<ReturnType<typeof listEditionJurors>>[number];

/** The accepted competing dossiers of an edition, the ones the jury scores, by country. */
export async function listAssignableDossiers({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({ id: nominations.id, title: nominations.title, countryCode: nominations.countryCode, countryName: countries.name })
    .from(nominations)
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .where(and(eq(nominations.editionId, editionId), eq(nominations.kind, "competing"), inArray(nominations.state, [...SCORABLE_STATES])))
    .orderBy(asc(countries.name));
}

export type AssignableDossier = Awaited<ReturnType<typeof listAssignableDossiers>>[number];

/** Everything the assignment matrix shows: who has which dossier, every conflict, and every sheet's state. */
export async function getAssignmentMatrix({ db, editionId }: { db: Executor; editionId: number }) {
  const [jurors, dossiers, assigned, conflicted, sheets] = await Promise.all([
    listEditionJurors({ db, editionId }),
    listAssignableDossiers({ db, editionId }),
    db
      .select({ jurorUserId: assignments.jurorUserId, nominationId: assignments.nominationId, source: assignments.source })
      .from(assignments)
      .where(eq(assignments.editionId, editionId)),
    db
      .select({ jurorUserId: conflicts.jurorUserId, nominationId: conflicts.nominationId, source: conflicts.source })
      .from(conflicts)
      .where(eq(conflicts.editionId, editionId)),
    db
      .select({
        jurorUserId: scoreSheets.jurorUserId,
        nominationId: scoreSheets.nominationId,
        state: scoreSheets.state,
        isExcluded: scoreSheets.isExcluded,
      })
      .from(scoreSheets)
      .where(eq(scoreSheets.editionId, editionId)),
  ]);
  return { jurors, dossiers, assignments: assigned, conflicts: conflicted, sheets };
}

export type AssignmentMatrix = Awaited<ReturnType<typeof getAssignmentMatrix>>;
