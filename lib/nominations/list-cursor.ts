import { sql, type SQL } from "drizzle-orm";
import { countries, nominations } from "../../db/schema";
import type { NominationListQuery, SortDirection } from "../validation/admin-nominations";

/** The rows one page of the secretariat's list holds. */
export const NOMINATION_PAGE_SIZE = 50;

// Each sortable column, and the type its cursor value is read back as (the state sorts in the enum's order).
const SORT_COLUMNS = {
  country: { expr: sql`${countries.name}`, type: "text" },
  title: { expr: sql`lower(${nominations.title})`, type: "text" },
  state: { expr: sql`${nominations.state}`, type: "nomination_state" },
  submitted: { expr: sql`${nominations.submittedAt}`, type: "timestamptz" },
  saved: { expr: sql`${nominations.updatedAt}`, type: "timestamptz" },
} satisfies Record<NominationListQuery["sort"], { expr: SQL; type: string }>;

/** The ties under the sorted column, always A to Z: country, competing before additional, title, then the id. */
const TIE_BREAK = sql`(${countries.name}, ${nominations.kind}, lower(${nominations.title}), ${nominations.id})`;

/** Where a page ends: the sorted column's value (as text, null for a draft's submission) and the tie-breaks. */
export type NominationCursor = [primary: string | null, country: string, kind: string, title: string, id: string];

export function encodeCursor(cursor: NominationCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** Reads an `after=` cursor from a link; anything malformed reads as no cursor (the first page). */
export function decodeCursor(value: string | undefined): NominationCursor | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 5) return undefined;
    const [primary, ...rest] = parsed as unknown[];
    if (primary !== null && typeof primary !== "string") return undefined;
    if (!rest.every((v) => typeof v === "string")) return undefined;
    if (!/^[0-9a-f-]{36}$/i.test(rest[3] as string)) return undefined;
    return parsed as NominationCursor;
  } catch {
    return undefined;
  }
}

/** The select columns a cursor is built from. */
export function cursorColumns(sort: NominationListQuery["sort"]) {
  return {
    sortKey: sql<string | null>`(${SORT_COLUMNS[sort].expr})::text`,
    kindKey: sql<string>`${nominations.kind}::text`,
    titleKey: sql<string>`lower(${nominations.title})`,
  };
}

/** ORDER BY for a sort: the column (nulls last) then the ties, so every row has one place and pages never overlap. */
export function orderFor(sort: NominationListQuery["sort"], direction: SortDirection): SQL[] {
  return [
    sql`${SORT_COLUMNS[sort].expr} ${sql.raw(direction)} nulls last`,
    sql`${countries.name} asc`,
    sql`${nominations.kind} asc`,
    sql`lower(${nominations.title}) asc`,
    sql`${nominations.id} asc`,
  ];
}

/** The rows after the cursor in that order (keyset: the database seeks, never counts rows to skip). */
export function afterCursor(sort: NominationListQuery["sort"], direction: SortDirection, cursor: NominationCursor): SQL {
  const { expr, type } = SORT_COLUMNS[sort];
  const [primary, country, kind, title, id] = cursor;
  const ties = sql`${TIE_BREAK} > (${country}::text, ${kind}::nomination_kind, ${title}::text, ${id}::uuid)`;
  if (primary === null) return sql`(${expr} is null and ${ties})`;
  const value = sql`${primary}::${sql.raw(type)}`;
  const beyond = direction === "asc" ? sql`${expr} > ${value}` : sql`${expr} < ${value}`;
  return sql`(${beyond} or ${expr} is null or (${expr} = ${value} and ${ties}))`;
}
