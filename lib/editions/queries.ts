import { asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, editions, prizes } from "../../db/schema";

const editionColumns = {
  id: editions.id,
  year: editions.year,
  theme: editions.theme,
  phase: editions.phase,
  presidencyCountryCode: editions.presidencyCountryCode,
  presidencyCountryName: countries.name,
  submissionDeadline: editions.submissionDeadline,
  gracePeriodMinutes: editions.gracePeriodMinutes,
  juryDeadline: editions.juryDeadline,
  ceremonyStartsOn: editions.ceremonyStartsOn,
  ceremonyEndsOn: editions.ceremonyEndsOn,
  ceremonyPlace: editions.ceremonyPlace,
  awardedPlaces: editions.awardedPlaces,
  maxVotingJurors: editions.maxVotingJurors,
  descriptionWordLimit: editions.descriptionWordLimit,
  answerWordLimit: editions.answerWordLimit,
  publishedAt: editions.publishedAt,
  version: editions.version,
};

export type EditionSummary = Awaited<ReturnType<typeof listEditions>>[number];

/** Every edition, newest first (for the secretariat). */
export async function listEditions({ db }: { db: Executor }) {
  return db
    .select(editionColumns)
    .from(editions)
    .innerJoin(countries, eq(countries.code, editions.presidencyCountryCode))
    .orderBy(desc(editions.year));
}

export async function getEditionByYear({ db, year }: { db: Executor; year: number }) {
  const [row] = await db
    .select(editionColumns)
    .from(editions)
    .innerJoin(countries, eq(countries.code, editions.presidencyCountryCode))
    .where(eq(editions.year, year));
  return row;
}

export async function getEditionById({ db, id }: { db: Executor; id: number }) {
  const [row] = await db
    .select(editionColumns)
    .from(editions)
    .innerJoin(countries, eq(countries.code, editions.presidencyCountryCode))
    .where(eq(editions.id, id));
  return row;
}

export async function listPrizes({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({ rank: prizes.rank, description: prizes.description })
    .from(prizes)
    .where(eq(prizes.editionId, editionId))
    .orderBy(asc(prizes.rank));
}

/** The database's clock: deadlines are compared with it, never with the app server's. */
export async function getDatabaseNow({ db }: { db: Executor }): Promise<Date> {
  const [row] = await db.select({ now: sql<string>`now()::text` }).from(sql`(select 1) as one`);
  return new Date(row!.now);
}
