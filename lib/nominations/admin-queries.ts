import { and, count, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, editions, nominations, users, type EditionPhase } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { getDefaultDirection, type NominationListQuery } from "../validation/admin-nominations";
import type { NominationCounts } from "../editions/queries";
import { afterCursor, cursorColumns, decodeCursor, encodeCursor, NOMINATION_PAGE_SIZE, orderFor } from "./list-cursor";

interface ListRequest {
  db: Executor;
  viewer: SessionUser;
  edition: { id: number; phase: EditionPhase };
}

function assertMayListAll({ viewer, edition }: Pick<ListRequest, "viewer" | "edition">) {
  if (!can(viewer, "nomination.list-all", { edition })) {
    throw new AppError("FORBIDDEN", "Only the secretariat can see every nomination of an edition.");
  }
}

/**
 * Nominations of an edition, competing and additional, drafts included, filtered by country and state
 * and sorted as asked (times newest first by default, drafts' empty submission time always last). With a
 * limit, one page of the list after `query.after` (a keyset cursor), ends included.
 */
export async function listAdminNominations({ db, viewer, edition, query, limit }: ListRequest & { query: NominationListQuery; limit?: number }) {
  assertMayListAll({ viewer, edition });
  const direction = query.dir ?? getDefaultDirection(query.sort);
  const cursor = decodeCursor(query.after);
  const select = db
    .select({
      id: nominations.id,
      countryCode: nominations.countryCode,
      countryName: countries.name,
      title: nominations.title,
      kind: nominations.kind,
      state: nominations.state,
      reference: nominations.reference,
      submittedAt: nominations.submittedAt,
      updatedAt: nominations.updatedAt,
      updatedByName: users.name,
      eligibilityReason: nominations.eligibilityReason,
      eligibilityNote: nominations.eligibilityNote,
      version: nominations.version,
      ...cursorColumns(query.sort),
    })
    .from(nominations)
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(users, eq(users.id, nominations.updatedBy))
    .where(and(filterOf(edition.id, query), cursor ? afterCursor(query.sort, direction, cursor) : undefined))
    .orderBy(...orderFor(query.sort, direction))
    .$dynamic();
  return limit === undefined ? select : select.limit(limit);
}

function filterOf(editionId: number, query: Pick<NominationListQuery, "country" | "state">) {
  return and(
    eq(nominations.editionId, editionId),
    query.country ? eq(nominations.countryCode, query.country) : undefined,
    query.state ? eq(nominations.state, query.state) : undefined,
  );
}

/**
 * One page of the list (NOMINATION_PAGE_SIZE rows) and the cursor of the next one, if there are more rows;
 * with how many rows the filters match in all.
 */
export async function listAdminNominationsPage(request: ListRequest & { query: NominationListQuery }) {
  const { db, edition, query } = request;
  const [rows, [matching]] = await Promise.all([
    listAdminNominations({ ...request, limit: NOMINATION_PAGE_SIZE + 1 }),
    db.select({ total: count() }).from(nominations).where(filterOf(edition.id, query)),
  ]);
  const page = rows.slice(0, NOMINATION_PAGE_SIZE);
  const last = page.at(-1);
  const next = rows.length > NOMINATION_PAGE_SIZE && last ? encodeCursor([last.sortKey, last.countryName, last.kindKey, last.titleKey, last.id]) : undefined;
  return { rows: page, next, matching: matching?.total ?? 0 };
}

export type AdminNominationRow = Awaited<ReturnType<typeof listAdminNominations>>[number];

/** How many nominations of the edition are in each state, whatever the list's filters. */
export async function countNominationsByState({ db, viewer, edition }: ListRequest): Promise<NominationCounts> {
  assertMayListAll({ viewer, edition });
  const rows = await db
    .select({ state: nominations.state, total: count() })
    .from(nominations)
    .where(eq(nominations.editionId, edition.id))
    .groupBy(nominations.state);
  const counts: NominationCounts = { draft: 0, submitted: 0, accepted: 0, rejected: 0, awarded: 0, participant: 0 };
  for (const row of rows) counts[row.state] = row.total;
  return counts;
}

export type MemberStateProgress = "submitted" | "draft" | "none";

/**
 * Every country that was a member state at the edition's submission deadline (joined by then, not yet left),
 * with how far its competing nomination has got: submitted (any state past draft), a draft, or nothing.
 */
export async function listMemberStatesProgress({ db, viewer, edition }: ListRequest) {
  assertMayListAll({ viewer, edition });
  // The deadline's calendar day in UTC, compared with the dates a country joined and left.
  const deadlineDay = sql`(select (${editions.submissionDeadline} at time zone 'UTC')::date from ${editions} where ${editions.id} = ${edition.id})`;
  const rows = await db
    .select({
      countryCode: countries.code,
      countryName: countries.name,
      nominationId: nominations.id,
      title: nominations.title,
      state: nominations.state,
      updatedAt: nominations.updatedAt,
      updatedByName: users.name,
    })
    .from(countries)
    // At most one competing nomination per country and edition (a unique index), so this join adds no rows.
    .leftJoin(
      nominations,
      and(eq(nominations.countryCode, countries.code), eq(nominations.editionId, edition.id), eq(nominations.kind, "competing")),
    )
    .leftJoin(users, eq(users.id, nominations.updatedBy))
    .where(
      and(
        sql`(${countries.joinedOn} is null or ${countries.joinedOn} <= ${deadlineDay})`,
        sql`(${countries.leftOn} is null or ${countries.leftOn} > ${deadlineDay})`,
      ),
    )
    .orderBy(countries.name);
  return rows.map((row) => ({
    ...row,
    progress: (row.state === null ? "none" : row.state === "draft" ? "draft" : "submitted") as MemberStateProgress,
  }));
}

export type MemberStateRow = Awaited<ReturnType<typeof listMemberStatesProgress>>[number];
