import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { awards, countries, editions, nominations, prizes } from "../../db/schema";
import { getSummary } from "../format/summary";
import { isWebUrl } from "../validation/nomination";
import { PRACTICE_PAGE_SIZE, type PracticeFilters } from "../validation/practice-filters";
import { getOutcome, type Outcome } from "./outcome";
import { getPracticeConditions, getSearchRank, isPublicPractice } from "./search";

/**
 * The public book of good practices: every public entry of every published edition (lib/practices/search.ts says
 * which). Only public fields are ever selected: never a contact, a score, an eligibility note or an annex.
 */

/** A country as the public pages show it. */
interface PublicCountry {
  code: string;
  name: string;
}

/** One entry in the catalogue's list. Public by design: nothing here may be secret. */
export interface PracticeSummary {
  id: string;
  year: number;
  theme: string;
  outcome: Outcome;
  /** The awarded place (1 for the winner), or null. */
  rank: number | null;
  country: PublicCountry;
  title: string;
  organisation: string;
  summary: string;
}

/** One entry's public page: its full description, period and links, and its place and the jury's reason if awarded. */
export interface PracticeDetail extends PracticeSummary {
  description: string;
  startDate: string | null;
  endDate: string | null;
  isOngoing: boolean;
  links: string[];
  prize: string | null;
  juryReason: string | null;
}

export interface PracticePage {
  items: PracticeSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

const summaryColumns = {
  id: nominations.id,
  year: editions.year,
  theme: editions.theme,
  kind: nominations.kind,
  rank: awards.rank,
  countryCode: nominations.countryCode,
  countryName: countries.name,
  title: nominations.title,
  organisation: nominations.organisation,
  description: nominations.description,
};

type SummaryRow = Omit<{ [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]["_"]["data"] }, "rank"> & { rank: number | null };

function toSummary(row: SummaryRow): PracticeSummary {
  return {
    id: row.id,
    year: row.year,
    theme: row.theme,
    outcome: getOutcome({ kind: row.kind, rank: row.rank }),
    rank: row.rank,
    country: { code: row.countryCode, name: row.countryName },
    title: row.title,
    organisation: row.organisation,
    summary: getSummary(row.description),
  };
}

/** The joins every catalogue query shares: the entry's edition, country and award (if any). */
function joinPractice<Q extends PgSelect>(query: Q) {
  return query
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(awards, eq(awards.nominationId, nominations.id));
}

/** One page of the catalogue for these filters, with the total count, both in SQL; newest edition first, or best match first when searching. */
export async function listPublicPractices({ db, filters }: { db: Executor; filters: PracticeFilters }): Promise<PracticePage> {
  const where = getPracticeConditions(filters);
  const order = [
    desc(editions.year),
    // Within a year: the winner, the runners-up in order, the other competing entries, then the additional ones.
    sql`${awards.rank} asc nulls last`,
    asc(nominations.kind),
    asc(countries.name),
    asc(nominations.title),
    asc(nominations.id),
  ];
  const [rows, [counted]] = await Promise.all([
    joinPractice(db.select(summaryColumns).from(nominations).$dynamic())
      .where(where)
      .orderBy(...(filters.q ? [desc(getSearchRank(filters.q)), ...order] : order))
      .limit(PRACTICE_PAGE_SIZE)
      .offset((filters.page - 1) * PRACTICE_PAGE_SIZE),
    joinPractice(db.select({ total: count() }).from(nominations).$dynamic()).where(where),
  ]);
  const total = counted?.total ?? 0;
  return {
    items: rows.map(toSummary),
    total,
    page: filters.page,
    pageSize: PRACTICE_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / PRACTICE_PAGE_SIZE)),
  };
}

/** One public entry, or undefined when it does not exist or is not public (an unpublished edition, a draft…). */
export async function getPublicPractice({ db, id }: { db: Executor; id: string }): Promise<PracticeDetail | undefined> {
  const [row] = await joinPractice(db.select({
    ...summaryColumns,
    startDate: nominations.startDate,
    endDate: nominations.endDate,
    isOngoing: nominations.isOngoing,
    links: nominations.links,
    // The prize written on the award wins; otherwise the edition's prize for that place.
    prize: sql<string | null>`case when ${awards.id} is null then null else coalesce(nullif(${awards.prize}, ''), ${prizes.description}, '') end`,
    juryReason: awards.juryReason,
  }).from(nominations).$dynamic())
    .leftJoin(prizes, and(eq(prizes.editionId, awards.editionId), eq(prizes.rank, awards.rank)))
    .where(and(isPublicPractice, eq(nominations.id, id)));
  if (!row) return undefined;
  return {
    ...toSummary(row),
    description: row.description,
    startDate: row.startDate,
    endDate: row.isOngoing ? null : row.endDate,
    isOngoing: row.isOngoing,
    // Only web addresses: a link that came in by an import unchecked never becomes a script on a public page.
    links: row.links.filter(isWebUrl),
    prize: row.prize,
    juryReason: row.juryReason,
  };
}

/** A filter's choices with how many public entries each holds. */
export interface PracticeFacets {
  years: { year: number; theme: string; count: number }[];
  countries: (PublicCountry & { count: number })[];
  themes: { theme: string; count: number }[];
}

/** The values the catalogue's filters offer, each a GROUP BY over the public entries only. */
export async function listPracticeFacets({ db }: { db: Executor }): Promise<PracticeFacets> {
  const entries = count(nominations.id);
  const [years, countryRows, themes] = await Promise.all([
    joinPractice(db.select({ year: editions.year, theme: editions.theme, count: entries }).from(nominations).$dynamic())
      .where(isPublicPractice)
      .groupBy(editions.year, editions.theme)
      .orderBy(desc(editions.year)),
    joinPractice(db.select({ code: countries.code, name: countries.name, count: entries }).from(nominations).$dynamic())
      .where(isPublicPractice)
      .groupBy(countries.code, countries.name)
      .orderBy(asc(countries.name)),
    joinPractice(db.select({ theme: editions.theme, count: entries }).from(nominations).$dynamic()).where(isPublicPractice).groupBy(editions.theme).orderBy(asc(editions.theme)),
  ]);
  return { years, countries: countryRows, themes };
}
