import { and, asc, count, eq, isNull, or } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, countries, memberships, nominations, users } from "../../db/schema";
import { listAssignedSheets } from "../jury/progress";
import type { MissingSheet } from "../mail/jury-reminder-mail";

/** Who a reminder goes to: an active account, its address, name and chosen language. Every list is in user id order. */
export interface ReminderRecipient {
  userId: number;
  email: string;
  name: string;
  /** The language the person chose (users.locale), null when none: their reminder is written in it. */
  locale: string | null;
}

const holdsEditionCoordination = (editionId: number) =>
  and(eq(memberships.role, "coordinator"), or(isNull(memberships.editionId), eq(memberships.editionId, editionId)), eq(users.isActive, true));

/**
 * The active coordinators (standing or of this edition) of each country whose competing dossier is not submitted:
 * none started, or a draft. A country that has submitted is left alone. One row per person and country.
 */
export async function listCoordinatorsNotSubmitted(db: Executor, editionId: number) {
  const rows = await db
    .selectDistinct({
      userId: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      countryCode: memberships.countryCode,
      countryName: countries.name,
      nominationState: nominations.state,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(countries, eq(countries.code, memberships.countryCode))
    .leftJoin(
      nominations,
      and(eq(nominations.editionId, editionId), eq(nominations.countryCode, memberships.countryCode), eq(nominations.kind, "competing")),
    )
    .where(and(holdsEditionCoordination(editionId), or(isNull(nominations.id), eq(nominations.state, "draft"))))
    .orderBy(asc(users.id), asc(memberships.countryCode));
  return rows.map((row) => ({ ...row, countryCode: row.countryCode!, hasDraft: row.nominationState === "draft" }));
}

/** The edition's active jurors with at least one assigned dossier, and how many. */
export async function listJurorsWithAssignments(db: Executor, editionId: number) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale, assignedCount: count(assignments.id) })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(assignments, and(eq(assignments.editionId, editionId), eq(assignments.jurorUserId, users.id)))
    .where(and(eq(memberships.role, "juror"), eq(memberships.editionId, editionId), eq(users.isActive, true)))
    .groupBy(users.id, users.email, users.name, users.locale)
    .orderBy(asc(users.id));
}

/** The edition's active jurors whose assigned sheets are not all submitted, with the dossiers still to score. */
export async function listJurorsWithMissingSheets(db: Executor, editionId: number) {
  const byJuror = new Map<number, ReminderRecipient & { missing: MissingSheet[] }>();
  for (const sheet of await listAssignedSheets(db, editionId)) {
    if (!sheet.isJurorActive || sheet.progress === "submitted") continue;
    const juror = byJuror.get(sheet.jurorUserId) ?? { userId: sheet.jurorUserId, email: sheet.jurorEmail, name: sheet.jurorName, locale: sheet.jurorLocale, missing: [] };
    juror.missing.push({ countryName: sheet.countryName, countryCode: sheet.countryCode, title: sheet.title, state: sheet.progress });
    byJuror.set(sheet.jurorUserId, juror);
  }
  return [...byJuror.values()].sort((a, b) => a.userId - b.userId);
}

/** Everyone with a part in the edition: its active coordinators (standing ones too) and its active jurors, once each. */
export async function listEditionParticipants(db: Executor, editionId: number): Promise<ReminderRecipient[]> {
  return db
    .selectDistinct({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(users.isActive, true),
        or(
          and(eq(memberships.role, "coordinator"), or(isNull(memberships.editionId), eq(memberships.editionId, editionId))),
          and(eq(memberships.role, "juror"), eq(memberships.editionId, editionId)),
        ),
      ),
    )
    .orderBy(asc(users.id))
    .then((rows) => rows.filter((row, index) => index === 0 || rows[index - 1]!.userId !== row.userId));
}

