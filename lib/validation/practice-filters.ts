import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "../domain/phases";
import { OUTCOMES } from "../practices/outcome";

/** How many entries one page of the catalogue shows (the page and the API alike). */
export const PRACTICE_PAGE_SIZE = 20;

/** Words past this length are cut: a search box, not a document. */
const MAX_QUERY_LENGTH = 200;

// A value from the URL that is missing, empty or malformed means "no filter", never an error page: a shared link
// with a typo still shows the catalogue.
const optionalText = (max: number) =>
  z
    .string()
    .transform((value) => value.trim().slice(0, max))
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined);

/**
 * The catalogue's filters as they arrive in the URL (?q=…&year=…&country=…&theme=…&outcome=…&page=…), shared by
 * the /practices page and GET /api/v1/practices so a link and an API call mean the same thing.
 */
export const practiceFiltersSchema = z.object({
  q: optionalText(MAX_QUERY_LENGTH),
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((value) => value.toUpperCase())
    .optional()
    .catch(undefined),
  theme: optionalText(500),
  outcome: z.enum(OUTCOMES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type PracticeFilters = z.infer<typeof practiceFiltersSchema>;

const FILTER_KEYS = ["q", "year", "country", "theme", "outcome", "page"] as const;

/** The filters from URL search parameters (a URLSearchParams or a page's searchParams object); the first of repeats. */
export function parsePracticeFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): PracticeFilters {
  const read = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(value) ? value[0] : value) ?? undefined;
  };
  return practiceFiltersSchema.parse(Object.fromEntries(FILTER_KEYS.map((key) => [key, read(key)])));
}

/** The catalogue URL for these filters, without empty ones and without page 1, so equal searches share one link. */
export function getPracticesHref(filters: Partial<PracticeFilters>): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/practices?${query}` : "/practices";
}

/** An entry's id in a URL: any UUID's shape (an imported dossier keeps the id it had), so a malformed one is not found. */
export const practiceIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** The entry an id names, or undefined when it is not a UUID (then simply not found, like an entry that is not public). */
export function parsePracticeId(value: string): string | undefined {
  const result = practiceIdSchema.safeParse(value);
  return result.success ? result.data.toLowerCase() : undefined;
}
