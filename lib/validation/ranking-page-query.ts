import { parsePageNumber } from "../jury/progress";

/** What the deliberation's URL carries: the page of places and a search by dossier title or country. */
export interface RankingPageQuery {
  /** The page asked for; the loader keeps it within the pages there are. */
  page: number;
  search?: string;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The query from the URL: page 1 when the page is absent or not a positive whole number, no search when blank. */
export function parseRankingPageQuery(search: SearchParams): RankingPageQuery {
  const raw = Array.isArray(search.q) ? search.q[0] : search.q;
  const text = raw?.trim().slice(0, 200);
  return { page: parsePageNumber(search.page), search: text || undefined };
}

/** The page's link for a query, with only what differs from the first page without a search. */
export function getRankingPageHref(path: string, query: RankingPageQuery): string {
  const search = new URLSearchParams();
  if (query.search) search.set("q", query.search);
  if (query.page > 1) search.set("page", String(query.page));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
