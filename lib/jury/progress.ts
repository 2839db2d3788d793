import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, countries, memberships, nominations, scoreSheets, users } from "../../db/schema";
import { SCORABLE_STATES } from "../domain/phases";

export { getSheetProgress, listAssignedSheets, type SheetProgress } from "./assigned-sheets";

/** The rows one page of a progress table holds. */
export const PROGRESS_PAGE_SIZE = 50;

export interface SheetCounts {
  assigned: number;
  notStarted: number;
  draft: number;
  submitted: number;
  /** Excluded sheets (counted in notStarted too: an excluded sheet never counts). */
  excluded: number;
}

// Counted in SQL over assignments left-joined to their sheets; an excluded sheet is as good as not started.
const COUNTS = {
  assigned: sql<number>`count(${assignments.id})::int`.as("assigned"),
  notStarted: sql<number>`(count(${assignments.id}) filter (where ${scoreSheets.id} is null or ${scoreSheets.isExcluded}))::int`.as("not_started"),
  draft: sql<number>`(count(*) filter (where ${scoreSheets.state} = 'draft' and not ${scoreSheets.isExcluded}))::int`.as("draft"),
  submitted: sql<number>`(count(*) filter (where ${scoreSheets.state} = 'submitted' and not ${scoreSheets.isExcluded}))::int`.as("submitted"),
  excluded: sql<number>`(count(*) filter (where ${scoreSheets.isExcluded}))::int`.as("excluded"),
};

// The edition is implied by the pair; stating it lets the planner reach the edition's sheets by index, not read them all.
const sheetOfAssignment = and(
  eq(scoreSheets.editionId, assignments.editionId),
  eq(scoreSheets.jurorUserId, assignments.jurorUserId),
  eq(scoreSheets.nominationId, assignments.nominationId),
);

/** One page number from the URL: 1 when absent or not a positive whole number. */
export function parsePageNumber(value: unknown): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const page = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return page >= 1 ? page : 1;
}

/** Every assigned sheet of the edition counted in one query: not started, in draft, submitted. */
export async function getJuryTotals({ db, editionId }: { db: Executor; editionId: number }) {
  const [totals] = await db.select(COUNTS).from(assignments).leftJoin(scoreSheets, sheetOfAssignment).where(eq(assignments.editionId, editionId));
  return totals ?? { assigned: 0, notStarted: 0, draft: 0, submitted: 0, excluded: 0 };
}

const NO_COUNTS: SheetCounts = { assigned: 0, notStarted: 0, draft: 0, submitted: 0, excluded: 0 };
const sumOf = (column: SQL.Aliased<number>) => sql<number>`coalesce(sum(${column}), 0)::int`;

/**
 * The edition's totals and how many jurors are behind, from one pass over its assignments grouped by juror (a hash
 * join): joining each juror's row to its sheets, as the page's table does, looked up 200,000 sheets one by one.
 */
async function getProgressSummary({ db, editionId }: { db: Executor; editionId: number }) {
  const perJuror = db
    .select({ jurorUserId: assignments.jurorUserId, ...COUNTS })
    .from(assignments)
    .leftJoin(scoreSheets, sheetOfAssignment)
    .where(eq(assignments.editionId, editionId))
    .groupBy(assignments.jurorUserId)
    .as("per_juror");
  const [summary] = await db
    .select({
      assigned: sumOf(perJuror.assigned),
      notStarted: sumOf(perJuror.notStarted),
      draft: sumOf(perJuror.draft),
      submitted: sumOf(perJuror.submitted),
      excluded: sumOf(perJuror.excluded),
      behind: sql<number>`(count(*) filter (where ${memberships.id} is not null and ${users.isActive} and ${perJuror.submitted} < ${perJuror.assigned}))::int`,
    })
    .from(perJuror)
    .leftJoin(memberships, and(eq(memberships.userId, perJuror.jurorUserId), eq(memberships.editionId, editionId), eq(memberships.role, "juror")))
    .leftJoin(users, eq(users.id, perJuror.jurorUserId));
  if (!summary) return { totals: NO_COUNTS, behind: 0 };
  const { behind, ...totals } = summary;
  return { totals, behind };
}

const isJurorOf = (editionId: number) => and(eq(memberships.role, "juror"), eq(memberships.editionId, editionId));

/** One page of the edition's jurors with their sheet counts: the page is chosen first, then only its jurors' sheets are counted. */
export async function listJurorProgress({ db, editionId, page }: { db: Executor; editionId: number; page: number }) {
  const pageJurors = db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      isActive: users.isActive,
      countryCode: memberships.countryCode,
      countryName: sql<string | null>`${countries.name}`.as("country_name"),
      isVoting: memberships.isVoting,
      isChair: memberships.isChair,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .where(isJurorOf(editionId))
    .orderBy(asc(countries.name), asc(users.name), asc(users.id))
    .limit(PROGRESS_PAGE_SIZE)
    .offset((page - 1) * PROGRESS_PAGE_SIZE)
    .as("page_jurors");
  const { userId, name, email, isActive, countryCode, countryName, isVoting, isChair } = pageJurors;
  const [rows, [summary]] = await Promise.all([
    db
      .select({ userId, name, email, isActive, countryCode, countryName, isVoting, isChair, ...COUNTS })
      .from(pageJurors)
      .leftJoin(assignments, and(eq(assignments.editionId, editionId), eq(assignments.jurorUserId, userId)))
      .leftJoin(scoreSheets, sheetOfAssignment)
      .groupBy(userId, name, email, isActive, countryCode, countryName, isVoting, isChair)
      .orderBy(asc(countryName), asc(name), asc(userId)),
    db.select({ total: count() }).from(memberships).where(isJurorOf(editionId)),
  ]);
  return { rows, total: summary?.total ?? 0 };
}

/** One page of the edition's competing dossiers with their sheet counts, by country: the page first, then its sheets counted. */
export async function listDossierProgress({ db, editionId, page }: { db: Executor; editionId: number; page: number }) {
  const isScored = and(eq(nominations.editionId, editionId), eq(nominations.kind, "competing"), inArray(nominations.state, [...SCORABLE_STATES]));
  const pageDossiers = db
    .select({ id: nominations.id, title: nominations.title, countryCode: nominations.countryCode, countryName: sql<string>`${countries.name}`.as("country_name") })
    .from(nominations)
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .where(isScored)
    .orderBy(asc(countries.name), asc(nominations.id))
    .limit(PROGRESS_PAGE_SIZE)
    .offset((page - 1) * PROGRESS_PAGE_SIZE)
    .as("page_dossiers");
  const { id, title, countryCode, countryName } = pageDossiers;
  const [rows, [summary]] = await Promise.all([
    db
      .select({ id, title, countryCode, countryName, ...COUNTS })
      .from(pageDossiers)
      .leftJoin(assignments, and(eq(assignments.editionId, editionId), eq(assignments.nominationId, id)))
      .leftJoin(scoreSheets, sheetOfAssignment)
      .groupBy(id, title, countryCode, countryName)
      .orderBy(asc(countryName), asc(id)),
    db.select({ total: count() }).from(nominations).where(isScored),
  ]);
  return { rows, total: summary?.total ?? 0 };
}

/**
 * The jury's progress: totals, and one page each of the per-juror and per-dossier tables. Every count is made by
 * the database (GROUP BY with FILTER); no sheet is loaded, so the number of queries does not grow with the edition.
 */
export async function getJuryProgress({ db, editionId, jurorPage = 1, dossierPage = 1 }: { db: Executor; editionId: number; jurorPage?: number; dossierPage?: number }) {
  const [{ totals, behind }, jurors, dossiers] = await Promise.all([
    getProgressSummary({ db, editionId }),
    listJurorProgress({ db, editionId, page: jurorPage }),
    listDossierProgress({ db, editionId, page: dossierPage }),
  ]);
  return {
    jurors: jurors.rows,
    jurorCount: jurors.total,
    /** Active jurors with sheets not yet submitted: the ones a reminder goes to. */
    jurorsBehind: behind,
    dossiers: dossiers.rows,
    dossierCount: dossiers.total,
    totals,
    /** Every assigned sheet is submitted (and there is at least one). */
    isComplete: totals.assigned > 0 && totals.submitted === totals.assigned,
  };
}

export type JuryProgress = Awaited<ReturnType<typeof getJuryProgress>>;
