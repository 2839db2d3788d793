import { z } from "zod";
import { nominationStates } from "../../db/schema/nominations";

/** The columns the secretariat's list of nominations can be sorted by. */
export const NOMINATION_SORTS = ["country", "title", "state", "submitted", "saved"] as const;
export type NominationSort = (typeof NOMINATION_SORTS)[number];
export type SortDirection = "asc" | "desc";

// A link may repeat a parameter (?state=a&state=b): the first one counts.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The list's query string (?country=NL&state=submitted&sort=saved&dir=desc). It is a link anyone can edit,
 * so an unknown value is dropped instead of failing the page.
 */
export const nominationListQuerySchema = z.object({
  country: z.preprocess(
    first,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/)
      .transform((code) => code.toUpperCase())
      .optional()
      .catch(undefined),
  ),
  state: z.preprocess(first, z.enum(nominationStates.enumValues).optional().catch(undefined)),
  sort: z.preprocess(first, z.enum(NOMINATION_SORTS).default("country").catch("country")),
  dir: z.preprocess(first, z.enum(["asc", "desc"]).optional().catch(undefined)),
  /** Where the previous page ended (a keyset cursor); read by lib/nominations/list-cursor.ts. */
  after: z.preprocess(first, z.string().max(2000).optional().catch(undefined)),
});

export type NominationListQuery = z.output<typeof nominationListQuerySchema>;

/** The direction a column sorts in when none is given: newest first for times, A to Z otherwise. */
export function getDefaultDirection(sort: NominationSort): SortDirection {
  return sort === "submitted" || sort === "saved" ? "desc" : "asc";
}

/** The list's link for a query: only the parameters that differ from the defaults, so links stay short. */
export function getNominationListHref(path: string, query: Partial<NominationListQuery>): string {
  const params = new URLSearchParams();
  if (query.country) params.set("country", query.country);
  if (query.state) params.set("state", query.state);
  if (query.sort && query.sort !== "country") params.set("sort", query.sort);
  if (query.sort && query.dir && query.dir !== getDefaultDirection(query.sort)) params.set("dir", query.dir);
  if (query.after) params.set("after", query.after);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
