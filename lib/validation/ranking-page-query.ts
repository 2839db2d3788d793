import { parsePageNumber } from "../jury/progress";

/** What the deliberation's URL carries: the page of places and a search by dossier title or country. */
export interface RankingPageQuery {
  /** The page asked for; the loader keeps it within the pages there are. */
  page: number;
  search?: string;
  /** The dossier whose breakdown is open, on a page too large to show every breakdown. */
  dossierId?: string;
}

type SearchParams = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The query from the URL: page 1 when the page is absent or not a positive whole number, no search when blank, no open
 * breakdown unless the dossier is a well-formed id.
 */
export function parseRankingPageQuery(search: SearchParams): RankingPageQuery {
  const text = first(search.q)?.trim().slice(0, 200);
  const dossier = first(search.dossier);
  return { page: parsePageNumber(search.page), search: text || undefined, dossierId: dossier && UUID.test(dossier) ? dossier.toLowerCase() : undefined };
}

/** The page's link for a query, with only what differs from the first page without a search. */
export function getRankingPageHref(path: string, query: RankingPageQuery): string {
  const search = new URLSearchParams();
  if (query.search) search.set("q", query.search);
  if (query.page > 1) search.set("page", String(query.page));
  if (query.dossierId) search.set("dossier", query.dossierId);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
