import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, memberships, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { countSubmittedSheets } from "./member-rows";

/** Invited: has no password yet; active: can sign in; disabled: the account is switched off. */
export type InvitationStatus = "invited" | "active" | "disabled";

export type JuryMember = Awaited<ReturnType<typeof listJuryMembers>>[number];

/** The members one page of the jury's table holds. */
export const JURY_MEMBER_PAGE_SIZE = 50;

const isMemberOf = (editionId: number) => and(eq(memberships.editionId, editionId), eq(memberships.role, "juror"));

function assertMayReadJury(viewer: SessionUser) {
  if (!viewer.isAdmin) throw new AppError("FORBIDDEN", "Only the secretariat can see the jury's members.");
}

/** How many members the jury has, how many vote, and who chairs it, counted by the database. */
export async function getJurySummary({ db, viewer, editionId }: { db: Executor; viewer: SessionUser; editionId: number }) {
  assertMayReadJury(viewer);
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      voting: sql<number>`(count(*) filter (where ${memberships.isVoting}))::int`,
      chairName: sql<string | null>`max(${users.name}) filter (where ${memberships.isChair})`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(isMemberOf(editionId));
  return row ?? { total: 0, voting: 0, chairName: null };
}

/** One page of the jury of an edition for the secretariat: the chair first, then voting members, then experts, by name. */
export async function listJuryMembers({ db, viewer, editionId, page = 1 }: { db: Executor; viewer: SessionUser; editionId: number; page?: number }) {
  assertMayReadJury(viewer);
  const rows = await db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      countryCode: memberships.countryCode,
      countryName: countries.name,
      isChair: memberships.isChair,
      isVoting: memberships.isVoting,
      isActive: users.isActive,
      // Only whether a password exists leaves the database, never the hash.
      hasPassword: sql<boolean>`(${users.passwordHash} is not null)`,
      submittedSheetCount: countSubmittedSheets(editionId),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .where(isMemberOf(editionId))
    .orderBy(desc(memberships.isChair), desc(memberships.isVoting), asc(users.name), asc(users.email), asc(users.id))
    .limit(JURY_MEMBER_PAGE_SIZE)
    .offset((page - 1) * JURY_MEMBER_PAGE_SIZE);
  return rows.map(({ hasPassword, ...row }) => ({
    ...row,
    status: (!row.isActive ? "disabled" : hasPassword ? "active" : "invited") as InvitationStatus,
  }));
}

/** The countries a juror may come from, by name; former members stay listed for past editions. */
export async function listJurorCountries({ db }: { db: Executor }) {
  const rows = await db
    .select({ code: countries.code, name: countries.name, leftOn: countries.leftOn })
    .from(countries)
    .orderBy(asc(countries.name));
  return rows.map(({ leftOn, ...country }) => ({ ...country, isFormer: leftOn !== null }));
}

