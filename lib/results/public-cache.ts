import { unstable_cache } from "next/cache";
import { getDb } from "../../db/client";
import { PUBLIC_CACHE_SECONDS } from "../api/cache-control";
import { getProcessCache, PUBLIC_RESULTS_TAG } from "./public-invalidation";
import { getPublicPractice, listPracticeFacets, listPublicPractices } from "../practices/queries";
import type { PracticeFilters } from "../validation/practice-filters";
import { getOpenCall, getPublishedResults, listPublicEditions, listPublishedEditions, type OpenCall, type PublishedResults } from "./public-queries";

/*
 * The public pages and the public API read through this cache (Next's data cache, unstable_cache, under one tag),
 * never the database on every request. Every write that changes what the public sees clears it once committed
 * (public-invalidation.ts); the embargoed result cannot enter it early because the queries return results only
 * once phase = 'published'. It lives in this process's memory only (next.config: isrFlushToDisk false), so a
 * database changed while the server was down (an import, a restore, a fresh end-to-end database) never meets an
 * older cached answer.
 */

/** A public read cached under the public tag inside the Next server, and read straight from the database elsewhere. */
function cachePublicRead<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>, revive: (cached: R) => R = (value) => value) {
  // The time bound (the CDN's s-maxage too) covers what no invalidation reaches: a write by the import script or a
  // second instance, the open call's deadline passing.
  const cached = unstable_cache(read, ["public", name], { tags: [PUBLIC_RESULTS_TAG], revalidate: PUBLIC_CACHE_SECONDS });
  // The cache stores JSON, so the Date fields come back as strings and are revived here.
  return async (...args: A): Promise<R> => (getProcessCache() ? revive(await cached(...args)) : read(...args));
}

function reviveDate(value: Date | string): Date;
function reviveDate(value: Date | string | null): Date | null;
function reviveDate(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
}

/** The published results of one year, cached; undefined while the edition is unpublished (so never cached early). */
export const getCachedPublishedResults = cachePublicRead(
  "published-results",
  (year: number) => getPublishedResults({ db: getDb(), year }),
  (results): PublishedResults | undefined => results && { ...results, publishedAt: reviveDate(results.publishedAt) },
);

export const listCachedPublishedEditions = cachePublicRead("published-editions", () => listPublishedEditions({ db: getDb() }));

export const listCachedPublicEditions = cachePublicRead("public-editions", () => listPublicEditions({ db: getDb() }));

export const getCachedOpenCall = cachePublicRead(
  "open-call",
  () => getOpenCall({ db: getDb() }),
  (call): OpenCall | undefined => call && { ...call, submissionDeadline: reviveDate(call.submissionDeadline) },
);

/** One page of the catalogue of good practices; its filters are part of the cache key. */
export const listCachedPublicPractices = cachePublicRead("practices", (filters: PracticeFilters) =>
  listPublicPractices({ db: getDb(), filters }),
);

/** One public entry of the catalogue; undefined for anything not public, which is then never cached as found. */
export const getCachedPublicPractice = cachePublicRead("practice", (id: string) => getPublicPractice({ db: getDb(), id }));

export const listCachedPracticeFacets = cachePublicRead("practice-facets", () => listPracticeFacets({ db: getDb() }));
