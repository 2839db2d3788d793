import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { awards, countries, editions, nominations, prizes, type EditionPhase, type NominationState } from "../../db/schema";
import { PHASES, SCORABLE_STATES } from "../domain/phases";
import { getSummary } from "../format/summary";
import { getPublishedSeal, type PublishedSeal } from "./seal-parts";

/**
 * The phases in which an edition has a public page. A call for nominations is public once it opens, and the
 * edition stays listed while the jury works; a draft may still change, so it stays private. Results are a
 * different matter: every query below that returns them requires phase = 'published' in its WHERE clause.
 * Every function here only reads: the embargo's publication is the job runner's work (lib/jobs).
 */
const PUBLIC_PHASES: EditionPhase[] = PHASES.filter((phase) => phase !== "draft");

/** The entries a published edition lists: eligible competing dossiers, never drafts, rejected or additional ones. */
const COMPETING_STATES: readonly NominationState[] = SCORABLE_STATES;

const winnerCountries = alias(countries, "winner_countries");

/** A country as the public pages show it. */
export interface PublicCountry {
  code: string;
  name: string;
}

/** An awarded place. Public by design: it never carries a score, a juror or a dossier's private fields. */
export interface PublishedAward {
  /** The entry's public page: /practices/[id]. */
  id: string;
  rank: number;
  country: PublicCountry;
  title: string;
  prize: string;
  juryReason: string;
  summary: string;
}

/** A competing entry of a published edition: country, title and the first words of its description. */
export interface PublishedEntry {
  /** The entry's public page: /practices/[id]. */
  id: string;
  country: PublicCountry;
  title: string;
  summary: string;
}

/** The published results of one edition; nothing in it may be secret. */
export interface PublishedResults {
  year: number;
  theme: string;
  presidency: PublicCountry;
  ceremony: { startsOn: string; endsOn: string | null; place: string };
  publishedAt: Date | null;
  awards: PublishedAward[];
  entries: PublishedEntry[];
  /** The jury's statement on the edition as a whole, as the chair wrote it ("" when none was written). */
  juryStatement: string;
  /** The fingerprints of the sealed result's public and private parts; null for a year published without a seal. */
  seal: PublishedSeal | null;
}

function isPublishedYear(year: number) {
  return and(eq(editions.year, year), eq(editions.phase, "published"));
}

/** The results of an edition, or undefined while it is unpublished or when the year has no edition. */
export async function getPublishedResults({ db, year }: { db: Executor; year: number }): Promise<PublishedResults | undefined> {
  const [edition] = await db
    .select({
      year: editions.year,
      theme: editions.theme,
      presidencyCode: editions.presidencyCountryCode,
      presidencyName: countries.name,
      ceremonyStartsOn: editions.ceremonyStartsOn,
      ceremonyEndsOn: editions.ceremonyEndsOn,
      ceremonyPlace: editions.ceremonyPlace,
      publishedAt: editions.publishedAt,
      juryStatement: editions.juryStatement,
    })
    .from(editions)
    .innerJoin(countries, eq(countries.code, editions.presidencyCountryCode))
    .where(isPublishedYear(year));
  if (!edition) return undefined;
  const [awardRows, entryRows, seal] = await Promise.all([
    listAwardRows({ db, year }),
    db
      .select({
        id: nominations.id,
        countryCode: nominations.countryCode,
        countryName: countries.name,
        title: nominations.title,
        description: nominations.description,
      })
      .from(nominations)
      .innerJoin(editions, eq(editions.id, nominations.editionId))
      .innerJoin(countries, eq(countries.code, nominations.countryCode))
      .where(and(isPublishedYear(year), eq(nominations.kind, "competing"), inArray(nominations.state, COMPETING_STATES)))
      .orderBy(asc(countries.name), asc(nominations.title)),
    getPublishedSeal({ db, year }),
  ]);
  return {
    year: edition.year,
    theme: edition.theme,
    presidency: { code: edition.presidencyCode, name: edition.presidencyName },
    ceremony: { startsOn: edition.ceremonyStartsOn, endsOn: edition.ceremonyEndsOn, place: edition.ceremonyPlace },
    publishedAt: edition.publishedAt,
    juryStatement: edition.juryStatement,
    awards: awardRows.map((row) => ({
      id: row.id,
      rank: row.rank,
      country: { code: row.countryCode, name: row.countryName },
      title: row.title,
      prize: row.prize,
      juryReason: row.juryReason,
      summary: getSummary(row.description),
    })),
    entries: entryRows.map((row) => ({
      id: row.id,
      country: { code: row.countryCode, name: row.countryName },
      title: row.title,
      summary: getSummary(row.description),
    })),
    seal,
  };
}

async function listAwardRows({ db, year }: { db: Executor; year: number }) {
  return db
    .select({
      id: nominations.id,
      rank: awards.rank,
      countryCode: nominations.countryCode,
      countryName: countries.name,
      title: nominations.title,
      // The prize written on the award wins; otherwise the edition's prize for that place.
      prize: sql<string>`coalesce(nullif(${awards.prize}, ''), ${prizes.description}, '')`,
      juryReason: awards.juryReason,
      description: nominations.description,
    })
    .from(awards)
    .innerJoin(editions, eq(editions.id, awards.editionId))
    .innerJoin(nominations, eq(nominations.id, awards.nominationId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(prizes, and(eq(prizes.editionId, awards.editionId), eq(prizes.rank, awards.rank)))
    .where(isPublishedYear(year))
    .orderBy(asc(awards.rank));
}

/** An awarded place as the archive lists it: the entry's page, country and title. */
export interface ArchivedAward {
  id: string;
  rank: number;
  country: PublicCountry;
  title: string;
}

/** Every published edition with its winner (null if none was recorded) and runners-up, newest first, for the archive. */
export async function listPublishedEditions({ db }: { db: Executor }) {
  const [rows, awardRows] = await Promise.all([
    db
      .select({
        year: editions.year,
        theme: editions.theme,
        presidencyCode: editions.presidencyCountryCode,
        presidencyName: countries.name,
      })
      .from(editions)
      .innerJoin(countries, eq(countries.code, editions.presidencyCountryCode))
      .where(eq(editions.phase, "published"))
      .orderBy(desc(editions.year)),
    db
      .select({
        year: editions.year,
        id: nominations.id,
        rank: awards.rank,
        countryCode: winnerCountries.code,
        countryName: winnerCountries.name,
        title: nominations.title,
      })
      .from(awards)
      .innerJoin(editions, eq(editions.id, awards.editionId))
      .innerJoin(nominations, eq(nominations.id, awards.nominationId))
      .innerJoin(winnerCountries, eq(winnerCountries.code, nominations.countryCode))
      .where(eq(editions.phase, "published"))
      .orderBy(asc(awards.rank)),
  ]);
  const awardsByYear = new Map<number, ArchivedAward[]>();
  for (const row of awardRows) {
    const award = { id: row.id, rank: row.rank, country: { code: row.countryCode, name: row.countryName }, title: row.title };
    awardsByYear.set(row.year, [...(awardsByYear.get(row.year) ?? []), award]);
  }
  return rows.map((row) => {
    const places = awardsByYear.get(row.year) ?? [];
    const winner = places.find((award) => award.rank === 1);
    return {
      year: row.year,
      theme: row.theme,
      presidency: { code: row.presidencyCode, name: row.presidencyName },
      winner: winner ? { id: winner.id, country: winner.country, title: winner.title } : null,
      runnersUp: places.filter((award) => award.rank > 1),
    };
  });
}

/** Every edition with a public page (see PUBLIC_PHASES), newest first; no results, only where each one stands. */
export async function listPublicEditions({ db }: { db: Executor }) {
  const rows = await db
    .select({
      year: editions.year,
      theme: editions.theme,
      phase: editions.phase,
      ceremonyStartsOn: editions.ceremonyStartsOn,
      ceremonyEndsOn: editions.ceremonyEndsOn,
      ceremonyPlace: editions.ceremonyPlace,
    })
    .from(editions)
    .where(inArray(editions.phase, PUBLIC_PHASES))
    .orderBy(desc(editions.year));
  return rows.map((row) => ({ ...row, isPublished: row.phase === "published" }));
}

export type OpenCall = NonNullable<Awaited<ReturnType<typeof getOpenCall>>>;
export type PublicEdition = Awaited<ReturnType<typeof listPublicEditions>>[number];

/** The newest edition whose call for nominations is open, with whether its deadline has passed by the database clock. */
export async function getOpenCall({ db }: { db: Executor }) {
  const [row] = await db
    .select({
      year: editions.year,
      theme: editions.theme,
      presidencyCode: editions.presidencyCountryCode,
      presidencyName: countries.name,
      submissionDeadline: editions.submissionDeadline,
      timeZone: editions.timeZone,
      isDeadlinePassed: sql<boolean>`${editions.submissionDeadline} < now()`,
    })
    .from(editions)
    .innerJoin(countries, eq(countries.code, editions.presidencyCountryCode))
    .where(eq(editions.phase, "nominations_open"))
    .orderBy(desc(editions.year))
    .limit(1);
  if (!row) return undefined;
  return {
    year: row.year,
    theme: row.theme,
    presidency: { code: row.presidencyCode, name: row.presidencyName },
    submissionDeadline: row.submissionDeadline,
    timeZone: row.timeZone,
    isDeadlinePassed: row.isDeadlinePassed,
  };
}
