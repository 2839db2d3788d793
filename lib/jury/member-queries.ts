import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { countries, memberships, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { countSubmittedSheets } from "./member-rows";

/** Invited: has no password yet; active: can sign in; disabled: the account is switched off. */
export type InvitationStatus = "invited" | "active" | "disabled";

export type JuryMember = Awaited<ReturnType<typeof listJuryMembers>>[number];

/** The jury of an edition for the secretariat: the chair first, then voting members, then experts, by name. */
export async function listJuryMembers({ db, viewer, editionId }: { db: Executor; viewer: SessionUser; editionId: number }) {
  if (!viewer.isAdmin) throw new AppError("FORBIDDEN", "Only the secretariat can see the jury's members.");
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
    .where(and(eq(memberships.editionId, editionId), eq(memberships.role, "juror")))
    .orderBy(desc(memberships.isChair), desc(memberships.isVoting), asc(users.name), asc(users.email));
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

