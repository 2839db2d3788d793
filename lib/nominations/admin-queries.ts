import { and, count, eq, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, editions, nominations, users, type EditionPhase } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { getDefaultDirection, type NominationListQuery } from "../validation/admin-nominations";
import type { NominationCounts } from "../editions/queries";

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

const SORT_COLUMNS = {
  country: sql`${countries.name}`,
  title: sql`lower(${nominations.title})`,
  // The enum's own order: draft, submitted, accepted, rejected, awarded, participant.
  state: sql`${nominations.state}`,
  submitted: sql`${nominations.submittedAt}`,
  saved: sql`${nominations.updatedAt}`,
} satisfies Record<NominationListQuery["sort"], SQL>;

/**
 * Every nomination of an edition, competing and additional, drafts included, filtered by country and state
 * and sorted as asked (times newest first by default, drafts' empty submission time always last).
 */
export async function listAdminNominations({ db, viewer, edition, query }: ListRequest & { query: NominationListQuery }) {
  assertMayListAll({ viewer, edition });
  const direction = query.dir ?? getDefaultDirection(query.sort);
  const primary = sql`${SORT_COLUMNS[query.sort]} ${sql.raw(direction)} nulls last`;
  return db
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
    })
    .from(nominations)
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(users, eq(users.id, nominations.updatedBy))
    .where(
      and(
        eq(nominations.editionId, edition.id),
        query.country ? eq(nominations.countryCode, query.country) : undefined,
        query.state ? eq(nominations.state, query.state) : undefined,
      ),
    )
    .orderBy(primary, sql`${countries.name} asc`, sql`${nominations.kind} asc`, sql`lower(${nominations.title}) asc`, sql`${nominations.id}`);
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
