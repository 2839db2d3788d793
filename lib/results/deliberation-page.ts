import { and, asc, between, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { rankingSnapshotPlaces } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { toContainsPattern } from "../domain/contains-pattern";
import type { RankingPageQuery } from "../validation/ranking-page-query";
import { getCurrentRanking, type RankingViewRequest, type ShownRanking } from "./deliberation-ranking";
import { assertRankingViewer, getRankingRecord } from "./ranking";
import { getRankingSnapshotSummaries, toRankingView } from "./ranking-snapshot";
import { summariseRanking, type RankingPlace, type RankingSummary } from "./ranking-summary";

/**
 * Dossiers per page of the deliberation: a jury deliberates on the top places, and 10,000 rows were 244 MB of HTML.
 * Each dossier is drawn some eight times (both lists, the table, the breakdown's links, the award options): 100 made
 * 900 KB and a render that held up the server's other requests for a third of a second; 25 make about 330 KB.
 */
export const RANKING_PAGE_SIZE = 25;
/** Dossiers a search by title or country lists, best place first. */
export const RANKING_SEARCH_LIMIT = 20;

/** One page of the deliberation: the summary, the page's dossiers, a search's hits and the dossiers asked for by id. */
export interface RankingPageContent {
  summary: RankingSummary;
  page: number;
  pageCount: number;
  /** Ranked and unscored dossiers, and the positions this page shows (1-based, inclusive). */
  total: number;
  first: number;
  last: number;
  /** The page's dossiers in the official order, the unscored after the ranked. */
  rows: RankingPlace[];
  /** The dossiers within the page's positions in the raw or the normalised ranking, for the two lists side by side. */
  listed: RankingPlace[];
  search?: string;
  hits: RankingPlace[];
  /** The dossiers asked for by id (those already awarded), wherever they are placed. */
  pinned: RankingPlace[];
}

export type DeliberationPage = ShownRanking<RankingPageContent>;

interface PageWindow {
  page: number;
  pageCount: number;
  total: number;
  first: number;
  last: number;
}

/** The page asked for, kept within the pages there are: below the first is the first, beyond the last is the last. */
export function getPageWindow(total: number, page: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / RANKING_PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const first = (shown - 1) * RANKING_PAGE_SIZE + 1;
  return { page: shown, pageCount, total, first, last: Math.min(total, shown * RANKING_PAGE_SIZE) };
}

const isWithin = (position: number | null, window: PageWindow) => position !== null && position >= window.first && position <= window.last;

/** Splits the places read for a page into its rows, the two lists' dossiers and the pinned ones. */
function splitPlaces(places: readonly RankingPlace[], window: PageWindow, pinnedIds: readonly string[], hits: RankingPlace[], summary: RankingSummary, search?: string) {
  const pinned = new Set(pinnedIds);
  return {
    summary,
    ...window,
    rows: places.filter((p) => isWithin(p.position, window)).sort((a, b) => a.position - b.position),
    listed: places.filter((p) => isWithin(p.rawPosition, window) || isWithin(p.normalisedPosition, window)),
    search,
    hits,
    pinned: places.filter((p) => pinned.has(p.nominationId)),
  };
}

/** A small edition's page, cut from the ranking computed on the request, as the snapshot's rows would be read. */
async function computeInlinePage({ db, editionId }: RankingViewRequest, query: RankingPageQuery, pinnedIds: readonly string[]): Promise<RankingPageContent> {
  const { summary, places } = summariseRanking(toRankingView(await getRankingRecord({ db, editionId })));
  const window = getPageWindow(places.length, query.page);
  const needle = query.search?.toLocaleLowerCase();
  const hits = needle
    ? places.filter((p) => p.title.toLocaleLowerCase().includes(needle) || p.countryName.toLocaleLowerCase().includes(needle)).slice(0, RANKING_SEARCH_LIMIT)
    : [];
  return splitPlaces(places, window, pinnedIds, hits, summary, query.search);
}

const PLACE_COLUMNS = {
  position: rankingSnapshotPlaces.position,
  rawPosition: rankingSnapshotPlaces.rawPosition,
  normalisedPosition: rankingSnapshotPlaces.normalisedPosition,
  nominationId: rankingSnapshotPlaces.nominationId,
  countryCode: rankingSnapshotPlaces.countryCode,
  countryName: rankingSnapshotPlaces.countryName,
  title: rankingSnapshotPlaces.title,
  row: rankingSnapshotPlaces.row,
};

const toPlaces = (rows: { row: unknown }[]) => rows as RankingPlace[];

/** A large edition's page from its snapshot: one query for the page's places (by index), one for a search. */
async function readSnapshotPage(db: Executor, snapshotId: number, summary: RankingSummary, query: RankingPageQuery, pinnedIds: readonly string[]) {
  const window = getPageWindow(summary.rankedCount + summary.unscoredCount, query.page);
  const conditions: SQL[] = [rankingSnapshotPlaces.position, rankingSnapshotPlaces.rawPosition, rankingSnapshotPlaces.normalisedPosition].map((column) =>
    between(column, window.first, window.last),
  );
  if (pinnedIds.length > 0) conditions.push(inArray(rankingSnapshotPlaces.nominationId, [...pinnedIds]));
  const places = await db
    .select(PLACE_COLUMNS)
    .from(rankingSnapshotPlaces)
    .where(and(eq(rankingSnapshotPlaces.snapshotId, snapshotId), or(...conditions)));
  let hits: RankingPlace[] = [];
  if (query.search) {
    const pattern = toContainsPattern(query.search);
    hits = toPlaces(
      await db
        .select(PLACE_COLUMNS)
        .from(rankingSnapshotPlaces)
        .where(and(eq(rankingSnapshotPlaces.snapshotId, snapshotId), or(ilike(rankingSnapshotPlaces.title, pattern), ilike(rankingSnapshotPlaces.countryName, pattern))))
        .orderBy(asc(rankingSnapshotPlaces.position))
        .limit(RANKING_SEARCH_LIMIT),
    );
  }
  return splitPlaces(toPlaces(places), window, pinnedIds, hits, summary, query.search);
}

/**
 * One page of the edition's deliberation for a viewer allowed to see it: a small edition computed on the request, a
 * large one read from its snapshot's summary and place rows, never its whole record. The number of queries does not
 * depend on the edition's size. `pinnedIds` are dossiers to include wherever they are placed (at most a few).
 */
export async function getDeliberationPage({
  viewer,
  query,
  pinnedIds = [],
  ...request
}: RankingViewRequest & { viewer: SessionUser; query: RankingPageQuery; pinnedIds?: readonly string[] }): Promise<DeliberationPage> {
  const { db, editionId } = request;
  await assertRankingViewer({ db, viewer, editionId });
  return getCurrentRanking(request, {
    computeInline: () => computeInlinePage(request, query, pinnedIds),
    readSnapshots: async (version) => {
      const { current, latestReady } = await getRankingSnapshotSummaries({ db, editionId, version });
      if (!latestReady) return { current, latestReady: null };
      return { current, latestReady: { ...latestReady, view: await readSnapshotPage(db, latestReady.id, latestReady.summary, query, pinnedIds) } };
    },
  });
}

/** The edition's ranking summary alone, as getDeliberationPage reads it (the secretariat's home counts its ties). */
export function getCurrentRankingSummary(request: RankingViewRequest): Promise<ShownRanking<RankingSummary>> {
  const { db, editionId } = request;
  return getCurrentRanking(request, {
    computeInline: async () => summariseRanking(toRankingView(await getRankingRecord({ db, editionId }))).summary,
    readSnapshots: async (version) => {
      const { current, latestReady } = await getRankingSnapshotSummaries({ db, editionId, version });
      return { current, latestReady: latestReady && { ...latestReady, view: latestReady.summary } };
    },
  });
}
