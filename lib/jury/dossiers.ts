import { and, asc, desc, eq, exists, inArray, ne, notExists, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  assignments,
  conflicts,
  countries,
  editions,
  memberships,
  nominations,
  scoreSheets,
} from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { JURY_PHASES, SCORABLE_STATES } from "../domain/phases";

/**
 * The join condition that makes a juror's membership match a dossier they may see: same edition, another
 * country. Used with an inner join on memberships, so a dossier outside it is simply not found.
 */
export function jurorOfEditionFromOtherCountry(userId: number): SQL {
  return and(
    eq(memberships.userId, userId),
    eq(memberships.role, "juror"),
    eq(memberships.editionId, nominations.editionId),
    ne(memberships.countryCode, nominations.countryCode),
  )!;
}

/**
 * The access rule for a juror, as a WHERE clause over nominations joined with editions and memberships:
 * an accepted competing dossier, in a jury phase, assigned to the juror, with no conflict recorded.
 */
export function scorableForJuror(db: Executor, userId: number): SQL {
  return and(
    eq(nominations.kind, "competing"),
    inArray(nominations.state, [...SCORABLE_STATES]),
    inArray(editions.phase, [...JURY_PHASES]),
    exists(
      db
        .select({ one: sql`1` })
        .from(assignments)
        .where(
          and(
            eq(assignments.jurorUserId, userId),
            eq(assignments.nominationId, nominations.id),
            eq(assignments.editionId, nominations.editionId),
          ),
        ),
    ),
    // Belt and braces: the conflicts helpers remove the assignment too, but a conflict alone must already hide it.
    notExists(
      db
        .select({ one: sql`1` })
        .from(conflicts)
        .where(and(eq(conflicts.jurorUserId, userId), eq(conflicts.nominationId, nominations.id))),
    ),
  )!;
}

function toBoolean(value: unknown): boolean {
  return value === true || value === "t" || value === "true";
}

// Computed by the database so every deadline on the page follows its clock, not the app server's.
const secondsLeft = sql<number>`extract(epoch from (${editions.juryDeadline} - now()))::float8`.mapWith(Number);
const isScoringOpen = sql<boolean>`(${editions.phase} = 'jury_scoring' and ${editions.juryClosedAt} is null and now() <= ${editions.juryDeadline})`.mapWith(
  toBoolean,
);
const isJuryClosed = sql<boolean>`(${editions.juryClosedAt} is not null)`.mapWith(toBoolean);

/** The editions where the user sits on the jury, newest first, with the deadline as the database sees it. */
export async function listJurorEditions({ db, user }: { db: Executor; user: Pick<SessionUser, "id"> }) {
  return db
    .select({
      id: editions.id,
      year: editions.year,
      theme: editions.theme,
      phase: editions.phase,
      juryDeadline: editions.juryDeadline,
      timeZone: editions.timeZone,
      secondsLeft,
      isScoringOpen,
      isJuryClosed,
      juryClosedAt: editions.juryClosedAt,
      jurorCountryCode: memberships.countryCode,
      jurorCountryName: countries.name,
      isChair: memberships.isChair,
    })
    .from(memberships)
    .innerJoin(editions, eq(editions.id, memberships.editionId))
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .where(and(eq(memberships.userId, user.id), eq(memberships.role, "juror")))
    .orderBy(desc(editions.year));
}

export type JurorEdition = Awaited<ReturnType<typeof listJurorEditions>>[number];

/** Every dossier assigned to the user, in every edition, with the state of their own sheet (null: not started). */
export async function listDossiersForJuror({ db, user }: { db: Executor; user: Pick<SessionUser, "id"> }) {
  return db
    .select({
      id: nominations.id,
      editionId: nominations.editionId,
      title: nominations.title,
      organisation: nominations.organisation,
      countryCode: nominations.countryCode,
      countryName: countries.name,
      sheetState: scoreSheets.state,
      submittedAt: scoreSheets.submittedAt,
    })
    .from(nominations)
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(memberships, jurorOfEditionFromOtherCountry(user.id))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(scoreSheets, and(eq(scoreSheets.nominationId, nominations.id), eq(scoreSheets.jurorUserId, user.id)))
    .where(scorableForJuror(db, user.id))
    .orderBy(asc(countries.name), asc(nominations.title), asc(nominations.id));
}

export type JurorDossierSummary = Awaited<ReturnType<typeof listDossiersForJuror>>[number];

/** Not started or still a draft: what the juror has left to do. */
export function isUnfinished(dossier: Pick<JurorDossierSummary, "sheetState">): boolean {
  return dossier.sheetState !== "submitted";
}

/**
 * The next unfinished dossier after the current one, in list order and wrapping round, within the current
 * dossier's edition; undefined when every other dossier is submitted.
 */
export function findNextUnfinishedDossier<T extends Pick<JurorDossierSummary, "id" | "editionId" | "sheetState">>(
  dossiers: readonly T[],
  current: { id: string; editionId: number },
): T | undefined {
  const sameEdition = dossiers.filter((dossier) => dossier.editionId === current.editionId);
  const index = sameEdition.findIndex((dossier) => dossier.id === current.id);
  const inOrder = index < 0 ? sameEdition : [...sameEdition.slice(index + 1), ...sameEdition.slice(0, index)];
  return inOrder.find(isUnfinished);
}

/**
 * findNextUnfinishedDossier in SQL, for the scoring page: the juror's next dossier not yet submitted after `current`
 * in the list's order (country name, title, id), wrapping round, within its edition. One row instead of the list.
 * `current` is a dossier getDossierForJuror found, so the juror sits on its edition's jury in a jury phase; the
 * rest of the rule (assigned, competing and accepted, another country, no conflict) is written out over the juror's
 * assignments, with few joins, so the query plans and runs in about a millisecond at 10,000 dossiers.
 */
export async function getNextUnfinishedDossierForJuror({
  db,
  user,
  current,
}: {
  db: Executor;
  user: Pick<SessionUser, "id">;
  current: { id: string; editionId: number; countryName: string; title: string; jurorCountryCode: string | null };
}): Promise<{ id: string; title: string } | undefined> {
  const isAfterCurrent = sql`((${countries.name}, ${nominations.title}, ${nominations.id}) > (${current.countryName}, ${current.title}, ${current.id}::uuid))`;
  const [row] = await db
    .select({ id: nominations.id, title: nominations.title })
    .from(assignments)
    .innerJoin(nominations, and(eq(nominations.id, assignments.nominationId), eq(nominations.editionId, assignments.editionId)))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(scoreSheets, and(eq(scoreSheets.nominationId, assignments.nominationId), eq(scoreSheets.jurorUserId, assignments.jurorUserId)))
    .where(
      and(
        eq(assignments.editionId, current.editionId),
        eq(assignments.jurorUserId, user.id),
        ne(nominations.id, current.id),
        eq(nominations.kind, "competing"),
        inArray(nominations.state, [...SCORABLE_STATES]),
        current.jurorCountryCode === null ? undefined : ne(nominations.countryCode, current.jurorCountryCode),
        sql`${scoreSheets.state} is distinct from 'submitted'`,
        notExists(
          db
            .select({ one: sql`1` })
            .from(conflicts)
            .where(and(eq(conflicts.jurorUserId, user.id), eq(conflicts.nominationId, nominations.id))),
        ),
      ),
    )
    .orderBy(desc(isAfterCurrent), asc(countries.name), asc(nominations.title), asc(nominations.id))
    .limit(1);
  return row;
}

/**
 * One dossier for a juror, or undefined when they may not see it: not a juror of its edition, its own
 * country, not assigned to them, a conflict, not an accepted competing nomination, or not yet in a jury phase.
 */
export async function getDossierForJuror({
  db,
  nominationId,
  user,
}: {
  db: Executor;
  nominationId: string;
  user: Pick<SessionUser, "id">;
}) {
  const [row] = await db
    .select({
      id: nominations.id,
      editionId: nominations.editionId,
      kind: nominations.kind,
      state: nominations.state,
      title: nominations.title,
      organisation: nominations.organisation,
      countryCode: nominations.countryCode,
      countryName: countries.name,
      startDate: nominations.startDate,
      isOngoing: nominations.isOngoing,
      endDate: nominations.endDate,
      links: nominations.links,
      description: nominations.description,
      answerPrevention: nominations.answerPrevention,
      answerEvaluation: nominations.answerEvaluation,
      answerInnovation: nominations.answerInnovation,
      answerPartners: nominations.answerPartners,
      answerReplication: nominations.answerReplication,
      edition: {
        id: editions.id,
        year: editions.year,
        theme: editions.theme,
        phase: editions.phase,
        juryDeadline: editions.juryDeadline,
        timeZone: editions.timeZone,
        scoreVisibility: editions.scoreVisibility,
        secondsLeft,
        isScoringOpen,
        isJuryClosed,
        juryClosedAt: editions.juryClosedAt,
      },
      jurorCountryCode: memberships.countryCode,
    })
    .from(nominations)
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(memberships, jurorOfEditionFromOtherCountry(user.id))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .where(and(eq(nominations.id, nominationId), scorableForJuror(db, user.id)));
  return row;
}

export type JurorDossier = NonNullable<Awaited<ReturnType<typeof getDossierForJuror>>>;
