import { parsePageNumber } from "../jury/progress";

/** What the assignment matrix's URL carries: both page numbers and the dossier filters. */
export interface MatrixQuery {
  /** The page of dossiers (rows). */
  page: number;
  /** The page of jurors (columns). */
  jurorPage: number;
  /** Part of a dossier's title or country name. */
  search?: string;
  /** Only the dossiers no juror has yet. */
  isUnassignedOnly?: boolean;
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The matrix's query from the URL; anything malformed falls back to the first page, unfiltered. */
export function parseMatrixQuery(search: SearchParams): MatrixQuery {
  const text = first(search.q)?.trim().slice(0, 200);
  return {
    page: parsePageNumber(search.page),
    jurorPage: parsePageNumber(search.jurorPage),
    search: text || undefined,
    isUnassignedOnly: first(search.unassigned) === "1",
  };
}

/** The matrix's link for a query, with only what differs from the first, unfiltered page. */
export function getMatrixHref(path: string, query: MatrixQuery): string {
  const search = new URLSearchParams();
  if (query.search) search.set("q", query.search);
  if (query.isUnassignedOnly) search.set("unassigned", "1");
  if (query.page > 1) search.set("page", String(query.page));
  if (query.jurorPage > 1) search.set("jurorPage", String(query.jurorPage));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
