import { and, asc, desc, eq, inArray, ne, notExists, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import {
  conflicts,
  countries,
  editions,
  memberships,
  nominations,
  scoreSheets,
  type EditionPhase,
  type NominationState,
} from "../../db/schema";
import type { SessionUser } from "../auth/session-user";

/** The phases in which a juror sees their dossiers; scoring itself is open only in jury_scoring. */
export const JURY_PHASES: readonly EditionPhase[] = ["jury_scoring", "deliberation", "published"];
/** Nomination states that passed the eligibility check and are therefore scored. */
export const SCORABLE_STATES: readonly NominationState[] = ["accepted", "awarded", "participant"];

/**
 * The join condition that makes a juror's membership match a dossier they may see: same edition, another
 * country. Used with an inner join on memberships, so a dossier outside it is simply not found.
 */
function jurorOfEditionFromOtherCountry(userId: number): SQL {
  return and(
    eq(memberships.userId, userId),
    eq(memberships.role, "juror"),
    eq(memberships.editionId, nominations.editionId),
    ne(memberships.countryCode, nominations.countryCode),
  )!;
}

/** The access rule for a juror, as a WHERE clause over nominations joined with editions and memberships. */
function scorableForJuror(db: Executor, userId: number): SQL {
  return and(
    eq(nominations.kind, "competing"),
    inArray(nominations.state, [...SCORABLE_STATES]),
    inArray(editions.phase, [...JURY_PHASES]),
    notExists(
      db
        .select({ one: sql`1` })
        .from(conflicts)
        .where(and(eq(conflicts.jurorUserId, userId), eq(conflicts.nominationId, nominations.id))),
    ),
  )!;
}

// Computed by the database so every deadline on the page follows its clock, not the app server's.
const secondsLeft = sql<number>`extract(epoch from (${editions.juryDeadline} - now()))::float8`.mapWith(Number);
const isScoringOpen = sql<boolean>`(${editions.phase} = 'jury_scoring' and now() <= ${editions.juryDeadline})`.mapWith(
  (value: unknown) => value === true || value === "t" || value === "true",
);

/** The editions where the user sits on the jury, newest first, with the deadline as the database sees it. */
export async function listJurorEditions({ db, user }: { db: Executor; user: Pick<SessionUser, "id"> }) {
  return db
    .select({
      id: editions.id,
      year: editions.year,
      theme: editions.theme,
      phase: editions.phase,
      juryDeadline: editions.juryDeadline,
      secondsLeft,
      isScoringOpen,
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

/** Every dossier the user may score, in every edition, with the state of their own sheet (null: not started). */
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
    .orderBy(asc(countries.name), asc(nominations.title));
}

export type JurorDossierSummary = Awaited<ReturnType<typeof listDossiersForJuror>>[number];

/**
 * One dossier for a juror, or undefined when they may not see it: not a juror of its edition, its own
 * country, a conflict, not an accepted competing nomination, or the edition not yet in a jury phase.
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
        secondsLeft,
        isScoringOpen,
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
