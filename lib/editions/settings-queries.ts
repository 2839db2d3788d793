import { asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, criteria, editions, frozenResults, prizes } from "../../db/schema";

/** Every setting of an edition, as the settings form, the timeline and the copy read them. */
const settingsColumns = {
  id: editions.id,
  year: editions.year,
  phase: editions.phase,
  version: editions.version,
  theme: editions.theme,
  description: editions.description,
  presidencyCountryCode: editions.presidencyCountryCode,
  timeZone: editions.timeZone,
  nationalCallOpensOn: editions.nationalCallOpensOn,
  nationalCallClosesOn: editions.nationalCallClosesOn,
  submissionDeadline: editions.submissionDeadline,
  gracePeriodMinutes: editions.gracePeriodMinutes,
  eligibilityDeadline: editions.eligibilityDeadline,
  juryDeadline: editions.juryDeadline,
  juryMeetingOn: editions.juryMeetingOn,
  ceremonyStartsOn: editions.ceremonyStartsOn,
  ceremonyEndsOn: editions.ceremonyEndsOn,
  ceremonyPlace: editions.ceremonyPlace,
  descriptionWordLimit: editions.descriptionWordLimit,
  answerWordLimit: editions.answerWordLimit,
  awardedPlaces: editions.awardedPlaces,
  maxVotingJurors: editions.maxVotingJurors,
  scoreVisibility: editions.scoreVisibility,
  isNormalised: editions.isNormalised,
  assignmentMode: editions.assignmentMode,
  jurorsPerDossier: editions.jurorsPerDossier,
  tieBreakChain: editions.tieBreakChain,
  contactRetentionMonths: editions.contactRetentionMonths,
  publishedAt: editions.publishedAt,
  juryClosedAt: editions.juryClosedAt,
  isFrozen: sql<boolean>`exists (select 1 from ${frozenResults} where ${frozenResults.editionId} = ${editions.id})`,
};

export type EditionSettingsRow = NonNullable<Awaited<ReturnType<typeof getEditionSettingsRow>>>;

/** One edition's settings row by id (the commands read it under the edition's lock). */
export async function getEditionSettingsRow({ db, editionId }: { db: Executor; editionId: number }) {
  const [row] = await db.select(settingsColumns).from(editions).where(eq(editions.id, editionId));
  return row ? { ...row, isFrozen: Boolean(row.isFrozen) } : undefined;
}

/** An edition's settings with its prizes and its criteria's titles (for the tie-break steps), or undefined. */
export async function getEditionSettings({ db, editionId }: { db: Executor; editionId: number }) {
  const [row, prizeRows, criterionRows] = await Promise.all([
    getEditionSettingsRow({ db, editionId }),
    db.select({ rank: prizes.rank, description: prizes.description }).from(prizes).where(eq(prizes.editionId, editionId)).orderBy(asc(prizes.rank)),
    db.select({ position: criteria.position, title: criteria.title }).from(criteria).where(eq(criteria.editionId, editionId)).orderBy(asc(criteria.position)),
  ]);
  return row ? { ...row, prizes: prizeRows, criterionTitles: criterionRows.map((c) => c.title) } : undefined;
}

/** The countries that may hold a presidency: current members, and the one already chosen even if it has left. */
export async function listPresidencyCountries({ db, currentCode }: { db: Executor; currentCode?: string }) {
  return db
    .select({ code: countries.code, name: countries.name })
    .from(countries)
    .where(currentCode ? or(isNull(countries.leftOn), eq(countries.code, currentCode)) : isNull(countries.leftOn))
    .orderBy(asc(countries.name));
}

/** Whether an edition of that year exists. */
export async function hasEditionOfYear({ db, year }: { db: Executor; year: number }): Promise<boolean> {
  const [row] = await db.select({ id: editions.id }).from(editions).where(eq(editions.year, year));
  return row !== undefined;
}
