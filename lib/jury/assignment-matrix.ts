import { and, asc, count, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, conflicts, countries, editions, memberships, nominations, scoreSheets, users } from "../../db/schema";
import { toContainsPattern } from "../domain/contains-pattern";
import { SCORABLE_STATES } from "../domain/phases";
import type { MatrixQuery } from "../validation/assignment-matrix-query";

/** The jury settings and state of an edition, for the secretariat's jury pages. */
export async function getJurySettings({ db, editionId }: { db: Executor; editionId: number }) {
  const [row] = await db
    .select({
      phase: editions.phase,
      version: editions.version,
      assignmentMode: editions.assignmentMode,
      jurorsPerDossier: editions.jurorsPerDossier,
      juryDeadline: editions.juryDeadline,
      timeZone: editions.timeZone,
      juryClosedAt: editions.juryClosedAt,
      juryCloseReason: editions.juryCloseReason,
    })
    .from(editions)
    .where(eq(editions.id, editionId));
  return row;
}

export type JurySettings = NonNullable<Awaited<ReturnType<typeof getJurySettings>>>;

/** The dossiers (rows) and jurors (columns) one page of the assignment matrix holds. */
export const MATRIX_DOSSIER_PAGE_SIZE = 25;
export const MATRIX_JUROR_PAGE_SIZE = 10;

// Counted per row of the page only: the database evaluates these after the page is cut.
const dossierLoad = sql<number>`(select count(*)::int from ${assignments} where ${assignments.nominationId} = ${nominations.id})`;
const jurorLoad = (editionId: number) =>
  sql<number>`(select count(*)::int from ${assignments} where ${assignments.editionId} = ${editionId} and ${assignments.jurorUserId} = ${users.id})`;

function matchingDossiers(editionId: number, query: MatrixQuery) {
  const pattern = query.search ? toContainsPattern(query.search) : undefined;
  return and(
    eq(nominations.editionId, editionId),
    eq(nominations.kind, "competing"),
    inArray(nominations.state, [...SCORABLE_STATES]),
    pattern ? or(ilike(nominations.title, pattern), ilike(countries.name, pattern)) : undefined,
    query.isUnassignedOnly ? sql`not exists (select 1 from ${assignments} where ${assignments.nominationId} = ${nominations.id})` : undefined,
  );
}

/** One page of the matrix's dossiers, by country, each with how many jurors it has; and how many match. */
async function listMatrixDossiers({ db, editionId, query }: { db: Executor; editionId: number; query: MatrixQuery }) {
  const where = matchingDossiers(editionId, query);
  const [rows, [summary]] = await Promise.all([
    db
      .select({ id: nominations.id, title: nominations.title, countryCode: nominations.countryCode, countryName: countries.name, jurorCount: dossierLoad })
      .from(nominations)
      .innerJoin(countries, eq(countries.code, nominations.countryCode))
      .where(where)
      .orderBy(asc(countries.name), asc(nominations.id))
      .limit(MATRIX_DOSSIER_PAGE_SIZE)
      .offset((query.page - 1) * MATRIX_DOSSIER_PAGE_SIZE),
    db.select({ total: count() }).from(nominations).innerJoin(countries, eq(countries.code, nominations.countryCode)).where(where),
  ]);
  return { rows, total: summary?.total ?? 0 };
}

/** One page of the matrix's jurors, in the jury's order, each with how many dossiers they have; and how many there are. */
async function listMatrixJurors({ db, editionId, page }: { db: Executor; editionId: number; page: number }) {
  const isJuror = and(eq(memberships.role, "juror"), eq(memberships.editionId, editionId));
  const [rows, [summary]] = await Promise.all([
    db
      .select({
        userId: users.id,
        name: users.name,
        isActive: users.isActive,
        countryCode: memberships.countryCode,
        countryName: countries.name,
        isVoting: memberships.isVoting,
        isChair: memberships.isChair,
        dossierCount: jurorLoad(editionId),
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(countries, eq(countries.code, memberships.countryCode))
      .where(isJuror)
      .orderBy(asc(countries.name), asc(users.name), asc(users.id))
      .limit(MATRIX_JUROR_PAGE_SIZE)
      .offset((page - 1) * MATRIX_JUROR_PAGE_SIZE),
    db.select({ total: count() }).from(memberships).where(isJuror),
  ]);
  return { rows, total: summary?.total ?? 0 };
}

/**
 * One page of the assignment matrix: a page of dossiers by a page of jurors, with the assignments, conflicts and
 * sheets of those cells only, and every count from the database. The queries and rows do not grow with the edition.
 */
export async function getAssignmentMatrix({ db, editionId, query = { page: 1, jurorPage: 1 } }: { db: Executor; editionId: number; query?: MatrixQuery }) {
  const [dossiers, jurors, [total]] = await Promise.all([
    listMatrixDossiers({ db, editionId, query }),
    listMatrixJurors({ db, editionId, page: query.jurorPage }),
    db.select({ assigned: count() }).from(assignments).where(eq(assignments.editionId, editionId)),
  ]);
  const jurorIds = jurors.rows.map((j) => j.userId);
  const dossierIds = dossiers.rows.map((d) => d.id);
  const empty = { assignments: [], conflicts: [], sheets: [] };
  // Both lists are one page long at most, so these parameters stay few whatever the edition's size.
  const cells =
    jurorIds.length === 0 || dossierIds.length === 0
      ? empty
      : await loadMatrixCells({ db, editionId, jurorIds, dossierIds });
  return {
    jurors: jurors.rows,
    jurorCount: jurors.total,
    dossiers: dossiers.rows,
    dossierCount: dossiers.total,
    assignedCount: total?.assigned ?? 0,
    ...cells,
  };
}

async function loadMatrixCells({ db, editionId, jurorIds, dossierIds }: { db: Executor; editionId: number; jurorIds: number[]; dossierIds: string[] }) {
  const [assigned, conflicted, sheets] = await Promise.all([
    db
      .select({ jurorUserId: assignments.jurorUserId, nominationId: assignments.nominationId, source: assignments.source })
      .from(assignments)
      .where(and(eq(assignments.editionId, editionId), inArray(assignments.jurorUserId, jurorIds), inArray(assignments.nominationId, dossierIds))),
    db
      .select({ jurorUserId: conflicts.jurorUserId, nominationId: conflicts.nominationId, source: conflicts.source })
      .from(conflicts)
      .where(and(eq(conflicts.editionId, editionId), inArray(conflicts.jurorUserId, jurorIds), inArray(conflicts.nominationId, dossierIds))),
    db
      .select({
        jurorUserId: scoreSheets.jurorUserId,
        nominationId: scoreSheets.nominationId,
        state: scoreSheets.state,
        isExcluded: scoreSheets.isExcluded,
      })
      .from(scoreSheets)
      .where(and(eq(scoreSheets.editionId, editionId), inArray(scoreSheets.jurorUserId, jurorIds), inArray(scoreSheets.nominationId, dossierIds))),
  ]);
  return { assignments: assigned, conflicts: conflicted, sheets };
}

export type AssignmentMatrix = Awaited<ReturnType<typeof getAssignmentMatrix>>;
