import { and, asc, count, desc, eq, sql, type SQLWrapper } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { awards, countries, criteria, editions, nominations, prizes, scoreSheets, type NominationState } from "../../db/schema";
import type { PhaseContext } from "../domain/phases";
import { AppError } from "../errors";

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
  timeZone: editions.timeZone,
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

export type NominationCounts = Record<NominationState, number>;

function getEmptyCounts(): NominationCounts {
  return { draft: 0, submitted: 0, accepted: 0, rejected: 0, awarded: 0, participant: 0 };
}

/** Every edition, newest first, with how many nominations it holds in each state (for the secretariat). */
export async function listEditionsWithCounts({ db }: { db: Executor }) {
  const [rows, counts] = await Promise.all([
    listEditions({ db }),
    db
      .select({ editionId: nominations.editionId, state: nominations.state, total: count() })
      .from(nominations)
      .groupBy(nominations.editionId, nominations.state),
  ]);
  const byEdition = new Map<number, NominationCounts>();
  for (const row of counts) {
    const editionCounts = byEdition.get(row.editionId) ?? getEmptyCounts();
    editionCounts[row.state] = row.total;
    byEdition.set(row.editionId, editionCounts);
  }
  return rows.map((edition) => ({ ...edition, counts: byEdition.get(edition.id) ?? getEmptyCounts() }));
}

/** What the phase rules need to know about an edition, measured by the database and its clock. */
export async function getPhaseContext({ db, editionId }: { db: Executor; editionId: number }): Promise<PhaseContext> {
  // Each count is its own subquery on the edition id, so no column name can bind to the wrong table.
  const countOf = (query: SQLWrapper) => sql<number>`(${query})`.mapWith(Number);
  const [row] = await db
    .select({
      criterionCount: countOf(db.select({ n: count() }).from(criteria).where(eq(criteria.editionId, editionId))),
      isSubmissionDeadlinePassed: sql<boolean>`now() > ${editions.submissionDeadline} + make_interval(mins => ${editions.gracePeriodMinutes})`,
      undecidedNominationCount: countOf(
        db
          .select({ n: count() })
          .from(nominations)
          .where(and(eq(nominations.editionId, editionId), eq(nominations.kind, "competing"), eq(nominations.state, "submitted"))),
      ),
      isJuryDeadlinePassed: sql<boolean>`now() > ${editions.juryDeadline}`,
      submittedSheetCount: countOf(
        db
          .select({ n: count() })
          .from(scoreSheets)
          .where(and(eq(scoreSheets.editionId, editionId), eq(scoreSheets.state, "submitted"), eq(scoreSheets.isExcluded, false))),
      ),
      winnerCount: countOf(db.select({ n: count() }).from(awards).where(and(eq(awards.editionId, editionId), eq(awards.rank, 1)))),
    })
    .from(editions)
    .where(eq(editions.id, editionId));
  if (!row) throw new AppError("NOT_FOUND", "This edition does not exist.");
  const { winnerCount, ...rest } = row;
  return {
    ...rest,
    isSubmissionDeadlinePassed: Boolean(row.isSubmissionDeadlinePassed),
    isJuryDeadlinePassed: Boolean(row.isJuryDeadlinePassed),
    hasWinner: winnerCount > 0,
  };
}
