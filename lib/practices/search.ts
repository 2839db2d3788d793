import { and, eq, gt, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { awards, editions, nominations, type NominationState } from "../../db/schema";
import { SCORABLE_STATES } from "../domain/phases";
import type { PracticeFilters } from "../validation/practice-filters";
import type { Outcome } from "./outcome";

/** Additional good practices are never decided on or scored: public once submitted, unless the secretariat rejected one. */
const PUBLIC_ADDITIONAL_STATES: readonly NominationState[] = ["submitted", "accepted"];

/**
 * The one rule of what the public catalogue holds: entries of published editions only (the embargo keeps an edition
 * unpublished until it ends), competing ones once eligible, additional ones once submitted; never a draft or a
 * rejected dossier. Every public practice query puts it in its WHERE clause, so anything else is simply not found.
 */
export const isPublicPractice = and(
  eq(editions.phase, "published"),
  or(
    and(eq(nominations.kind, "competing"), inArray(nominations.state, SCORABLE_STATES)),
    and(eq(nominations.kind, "additional"), inArray(nominations.state, PUBLIC_ADDITIONAL_STATES)),
  ),
)!;

/** The words searched, as the expression of the nominations_search_idx index so PostgreSQL can use it. */
const SEARCH_DOCUMENT = sql`to_tsvector('english', ${nominations.title} || ' ' || ${nominations.organisation} || ' ' || ${nominations.description})`;

/** The search box as a query: websearch syntax ("quoted phrase", -word, or), never a syntax error on odd input. */
function toSearchQuery(words: string) {
  return sql`websearch_to_tsquery('english', ${words})`;
}

export function matchesWords(words: string): SQL {
  return sql`${SEARCH_DOCUMENT} @@ ${toSearchQuery(words)}`;
}

/** How well an entry matches the words, for ordering the results of a search. */
export function getSearchRank(words: string): SQL<number> {
  return sql<number>`ts_rank(${SEARCH_DOCUMENT}, ${toSearchQuery(words)})`;
}

const OUTCOME_CONDITIONS: Record<Outcome, SQL> = {
  winner: eq(awards.rank, 1),
  "runner-up": gt(awards.rank, 1),
  competing: and(eq(nominations.kind, "competing"), isNull(awards.id))!,
  "good-practice": eq(nominations.kind, "additional"),
};

/** The WHERE clause of a catalogue query: the public rule, then each filter given (a query joined to editions and awards). */
export function getPracticeConditions(filters: Omit<PracticeFilters, "page">): SQL {
  const conditions: SQL[] = [isPublicPractice];
  if (filters.q) conditions.push(matchesWords(filters.q));
  if (filters.year !== undefined) conditions.push(eq(editions.year, filters.year));
  if (filters.country) conditions.push(eq(nominations.countryCode, filters.country));
  if (filters.theme) conditions.push(eq(editions.theme, filters.theme));
  if (filters.outcome) conditions.push(OUTCOME_CONDITIONS[filters.outcome]);
  return and(...conditions)!;
}
