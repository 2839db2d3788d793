import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assignments, countries, nominations, scoreSheets, users } from "../../db/schema";

export type SheetProgress = "not_started" | "draft" | "submitted";

/** Where one assigned sheet stands; an excluded sheet never counts, so it is as good as not started. */
export function getSheetProgress(sheet: { state: "draft" | "submitted" | null; isExcluded: boolean | null }): SheetProgress {
  if (sheet.state === null || sheet.isExcluded) return "not_started";
  return sheet.state;
}

/**
 * Every assignment of an edition with its juror, dossier and where its sheet stands: for the reminders, which
 * write one mail per juror behind; the progress page counts in SQL instead.
 */
export async function listAssignedSheets(db: Executor, editionId: number) {
  const rows = await db
    .select({
      jurorUserId: assignments.jurorUserId,
      jurorName: users.name,
      jurorEmail: users.email,
      jurorLocale: users.locale,
      isJurorActive: users.isActive,
      nominationId: assignments.nominationId,
      title: nominations.title,
      countryName: countries.name,
      countryCode: nominations.countryCode,
      state: scoreSheets.state,
      isExcluded: scoreSheets.isExcluded,
    })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.jurorUserId))
    .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .leftJoin(scoreSheets, and(eq(scoreSheets.jurorUserId, assignments.jurorUserId), eq(scoreSheets.nominationId, assignments.nominationId)))
    .where(eq(assignments.editionId, editionId))
    .orderBy(asc(countries.name), asc(nominations.title));
  return rows.map((row) => ({ ...row, progress: getSheetProgress(row) }));
}
