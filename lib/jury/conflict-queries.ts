import { and, asc, count, desc, eq, ilike, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client";
import { conflicts, countries, memberships, nominations, users } from "../../db/schema";
import { toContainsPattern } from "../domain/contains-pattern";
import { SCORABLE_STATES } from "../domain/phases";

/** Dossiers a conflict may be added on: competing ones that reached or passed the eligibility check. */
export const CONFLICTABLE_STATES = ["submitted", ...SCORABLE_STATES] as const;

/** The conflicts one page of the secretariat's table holds. */
export const CONFLICT_PAGE_SIZE = 50;

/** How many conflicts of interest the edition has. */
export async function countEditionConflicts({ db, editionId }: { db: Executor; editionId: number }) {
  const [row] = await db.select({ total: count() }).from(conflicts).where(eq(conflicts.editionId, editionId));
  return row?.total ?? 0;
}

/** One page of the conflicts of interest of an edition, with who, on which dossier, from where, why and when (newest first, then last recorded first). */
export async function listEditionConflicts({ db, editionId, page = 1 }: { db: Executor; editionId: number; page?: number }) {
  const jurorCountries = alias(countries, "juror_countries");
  const creators = alias(users, "conflict_creators");
  return db
    .select({
      id: conflicts.id,
      jurorUserId: conflicts.jurorUserId,
      jurorName: users.name,
      jurorCountryName: jurorCountries.name,
      nominationId: conflicts.nominationId,
      nominationTitle: nominations.title,
      nominationCountryCode: nominations.countryCode,
      nominationCountryName: countries.name,
      source: conflicts.source,
      reason: conflicts.reason,
      createdAt: conflicts.createdAt,
      createdByName: creators.name,
    })
    .from(conflicts)
    .innerJoin(users, eq(users.id, conflicts.jurorUserId))
    .innerJoin(nominations, and(eq(nominations.editionId, conflicts.editionId), eq(nominations.id, conflicts.nominationId)))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(memberships, and(eq(memberships.userId, conflicts.jurorUserId), eq(memberships.role, "juror"), eq(memberships.editionId, conflicts.editionId)))
    .leftJoin(jurorCountries, eq(jurorCountries.code, memberships.countryCode))
    .leftJoin(creators, eq(creators.id, conflicts.createdBy))
    .where(eq(conflicts.editionId, editionId))
    // In the order of conflicts_edition_created_idx, so a page is read from the index, not sorted from every conflict.
    .orderBy(desc(conflicts.createdAt), desc(conflicts.id))
    .limit(CONFLICT_PAGE_SIZE)
    .offset((page - 1) * CONFLICT_PAGE_SIZE);
}

export type EditionConflict = Awaited<ReturnType<typeof listEditionConflicts>>[number];

/** The most jurors, and the most dossiers, the add-conflict form offers at once; a search narrows them. */
export const CONFLICT_CHOICE_LIMIT = 50;

/**
 * What the secretariat's add-conflict form offers: the first jurors and dossiers that match the searches (name or
 * country; title or country), and how many match, so a jury of hundreds and thousands of dossiers stay one search away.
 */
export async function listConflictChoices({
  db,
  editionId,
  jurorSearch,
  dossierSearch,
}: {
  db: Executor;
  editionId: number;
  jurorSearch?: string;
  dossierSearch?: string;
}) {
  const jurorPattern = jurorSearch ? toContainsPattern(jurorSearch) : undefined;
  const dossierPattern = dossierSearch ? toContainsPattern(dossierSearch) : undefined;
  const isJuror = and(
    eq(memberships.role, "juror"),
    eq(memberships.editionId, editionId),
    jurorPattern ? or(ilike(users.name, jurorPattern), ilike(users.email, jurorPattern), ilike(countries.name, jurorPattern)) : undefined,
  );
  const isDossier = and(
    eq(nominations.editionId, editionId),
    eq(nominations.kind, "competing"),
    inArray(nominations.state, [...CONFLICTABLE_STATES]),
    dossierPattern ? or(ilike(nominations.title, dossierPattern), ilike(countries.name, dossierPattern)) : undefined,
  );
  const [jurors, [jurorTotal], dossiers, [dossierTotal]] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, countryName: countries.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(countries, eq(countries.code, memberships.countryCode))
      .where(isJuror)
      .orderBy(asc(countries.name), asc(users.name), asc(users.id))
      .limit(CONFLICT_CHOICE_LIMIT),
    db.select({ total: count() }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).leftJoin(countries, eq(countries.code, memberships.countryCode)).where(isJuror),
    db
      .select({ id: nominations.id, title: nominations.title, countryName: countries.name })
      .from(nominations)
      .innerJoin(countries, eq(countries.code, nominations.countryCode))
      .where(isDossier)
      .orderBy(asc(countries.name), asc(nominations.title), asc(nominations.id))
      .limit(CONFLICT_CHOICE_LIMIT),
    db.select({ total: count() }).from(nominations).innerJoin(countries, eq(countries.code, nominations.countryCode)).where(isDossier),
  ]);
  return { jurors, jurorCount: jurorTotal?.total ?? 0, dossiers, dossierCount: dossierTotal?.total ?? 0 };
}
