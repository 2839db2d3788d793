import { and, asc, eq } from "drizzle-orm";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { assignments, awards, conflicts, criteria, editions, nominations, prizes, scoreSheets, scores } from "../schema";

/*
 * Insert-if-missing helpers for the demo seed. The rule throughout: the seed creates what is missing, found by
 * a natural key (year, edition + position, edition + country…), and never changes a row that already exists,
 * so a second run adds nothing and does not undo what someone did in the demo.
 */

/** The five ECPA criteria (DOMAIN.md), on the default scale 1–10 with equal weights. */
export const ECPA_CRITERIA = [
  {
    title: "Prevention or reduction of crime and the fear of crime",
    guidance: "How the project prevents or reduces everyday crime and the fear of crime within the theme.",
  },
  {
    title: "Evaluated, with most or all objectives achieved",
    guidance: "The project has been evaluated (method, internal or external, results) and reached most or all of its objectives.",
  },
  { title: "Innovative", guidance: "The project uses new methods or new approaches." },
  { title: "Cooperation between partners", guidance: "The project is based on cooperation between partners." },
  { title: "Replicable in other member states", guidance: "The project can be replicated in other member states." },
] as const;

export const WINNER_PRIZE = "EUR 10,000, a certificate and a trophy";
export const RUNNER_UP_PRIZE = "EUR 5,000 and a certificate";

export interface SeededCriterion {
  id: number;
  position: number;
  weight: number;
  scaleMin: number;
  scaleMax: number;
}

/** Creates the edition of that year unless it exists; returns its id either way. Values may be SQL (e.g. now()). */
export async function ensureEdition(db: Executor, values: PgInsertValue<typeof editions> & { year: number }): Promise<number> {
  await db.insert(editions).values(values).onConflictDoNothing({ target: editions.year });
  const [row] = await db.select({ id: editions.id }).from(editions).where(eq(editions.year, values.year));
  return row!.id;
}

/** Gives the edition the five ECPA criteria (positions 1–5) and returns the edition's criteria. */
export async function ensureCriteria(db: Executor, editionId: number): Promise<SeededCriterion[]> {
  await db
    .insert(criteria)
    .values(ECPA_CRITERIA.map((c, index) => ({ editionId, position: index + 1, title: c.title, guidance: c.guidance })))
    .onConflictDoNothing({ target: [criteria.editionId, criteria.position] });
  return db
    .select({
      id: criteria.id,
      position: criteria.position,
      weight: criteria.weight,
      scaleMin: criteria.scaleMin,
      scaleMax: criteria.scaleMax,
    })
    .from(criteria)
    .where(eq(criteria.editionId, editionId))
    .orderBy(asc(criteria.position));
}

/** The usual prizes: the winner's, then one for each runner-up. */
export async function ensurePrizes(db: Executor, editionId: number): Promise<void> {
  await db
    .insert(prizes)
    .values([
      { editionId, rank: 1, description: WINNER_PRIZE },
      { editionId, rank: 2, description: RUNNER_UP_PRIZE },
      { editionId, rank: 3, description: RUNNER_UP_PRIZE },
    ])
    .onConflictDoNothing({ target: [prizes.editionId, prizes.rank] });
}

type CompetingNomination = Omit<PgInsertValue<typeof nominations>, "kind"> & { editionId: number; countryCode: string };

/** Creates the country's competing nomination for the edition unless it has one; returns its id. */
export async function ensureCompetingNomination(db: Executor, values: CompetingNomination): Promise<string> {
  const isSame = and(
    eq(nominations.editionId, values.editionId),
    eq(nominations.countryCode, values.countryCode),
    eq(nominations.kind, "competing"),
  );
  const [existing] = await db.select({ id: nominations.id }).from(nominations).where(isSame);
  if (existing) return existing.id;
  const [created] = await db
    .insert(nominations)
    .values({ ...values, kind: "competing" })
    .returning({ id: nominations.id });
  return created!.id;
}

/** Records an awarded place unless the rank or the nomination is already awarded in that edition. */
export async function ensureAward(db: Executor, values: typeof awards.$inferInsert): Promise<void> {
  await db.insert(awards).values(values).onConflictDoNothing();
}

/** Records the automatic own-country conflict, as opening the jury does for a live edition. */
export async function ensureOwnCountryConflict(
  db: Executor,
  values: { editionId: number; nominationId: string; jurorUserId: number },
): Promise<void> {
  await db
    .insert(conflicts)
    .values({ ...values, source: "own_country", reason: "The juror's own country." })
    .onConflictDoNothing({ target: [conflicts.jurorUserId, conflicts.nominationId] });
}

/**
 * Creates the assignment and a submitted score sheet with one score per criterion, unless the juror already
 * has them for the dossier.
 */
export async function ensureSubmittedSheet(
  db: Executor,
  sheet: { editionId: number; nominationId: string; jurorUserId: number; submittedAt: Date },
  rubric: readonly SeededCriterion[],
  values: readonly number[],
): Promise<void> {
  await db
    .insert(assignments)
    .values({ editionId: sheet.editionId, nominationId: sheet.nominationId, jurorUserId: sheet.jurorUserId, source: "auto" })
    .onConflictDoNothing({ target: [assignments.jurorUserId, assignments.nominationId] });
  const [created] = await db
    .insert(scoreSheets)
    .values({ ...sheet, state: "submitted" })
    .onConflictDoNothing({ target: [scoreSheets.jurorUserId, scoreSheets.nominationId] })
    .returning({ id: scoreSheets.id });
  if (!created) return;
  await db.insert(scores).values(
    rubric.map((criterion, index) => ({
      sheetId: created.id,
      criterionId: criterion.id,
      // The score carries its criterion's scale so the database can check the range.
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
      value: values[index]!,
    })),
  );
}
