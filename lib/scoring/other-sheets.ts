import { and, asc, eq, inArray, isNotNull, ne, notExists, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { conflicts, editions, memberships, nominations, scoreSheets, scores, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { jurorOfEditionFromOtherCountry, scorableForJuror } from "../jury/dossiers";

/** Another juror's submitted scores as a juror may see them after closing: by letter, named only when allowed. */
export interface OtherSheet {
  /** "Juror A", "Juror B"…, in the order the sheets were started, stable for every reader. */
  label: string;
  /** The juror's name when the edition shows names; null when it shows scores anonymously. */
  name: string | null;
  scores: { criterionId: number; value: number }[];
}

function toLetter(index: number): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return index < letters.length ? letters[index]! : `${letters[Math.floor(index / letters.length) - 1]}${letters[index % letters.length]}`;
}

/**
 * The other jurors' submitted, counted scores on a dossier, for a juror who may read that dossier (assigned,
 * other country, no conflict) and only once the jury is closed and the edition's setting shows them.
 * Every rule sits in the WHERE clause, so before closing, or with `own_only`, the answer is simply empty.
 */
export async function listOtherSheetsForJuror({
  db,
  user,
  nominationId,
}: {
  db: Executor;
  user: Pick<SessionUser, "id">;
  nominationId: string;
}): Promise<OtherSheet[]> {
  const sheets = await db
    .select({
      id: scoreSheets.id,
      // The name leaves the database only when the edition shows names.
      name: sql<string | null>`case when ${editions.scoreVisibility} = 'named' then ${users.name} end`,
    })
    .from(scoreSheets)
    .innerJoin(nominations, and(eq(nominations.id, scoreSheets.nominationId), eq(nominations.editionId, scoreSheets.editionId)))
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(memberships, jurorOfEditionFromOtherCountry(user.id))
    .innerJoin(users, eq(users.id, scoreSheets.jurorUserId))
    .where(
      and(
        eq(nominations.id, nominationId),
        scorableForJuror(db, user.id),
        isNotNull(editions.juryClosedAt),
        inArray(editions.scoreVisibility, ["anonymous", "named"]),
        ne(scoreSheets.jurorUserId, user.id),
        eq(scoreSheets.state, "submitted"),
        eq(scoreSheets.isExcluded, false),
        // A conflicted juror's scores never count, so they are never shown either.
        notExists(
          db
            .select({ one: sql`1` })
            .from(conflicts)
            .where(and(eq(conflicts.jurorUserId, scoreSheets.jurorUserId), eq(conflicts.nominationId, nominations.id))),
        ),
      ),
    )
    .orderBy(asc(scoreSheets.id));
  if (sheets.length === 0) return [];

  const rows = await db
    .select({ sheetId: scores.sheetId, criterionId: scores.criterionId, value: scores.value })
    .from(scores)
    .where(
      inArray(
        scores.sheetId,
        sheets.map((sheet) => sheet.id),
      ),
    )
    .orderBy(asc(scores.criterionId));
  return sheets.map((sheet, index) => ({
    label: `Juror ${toLetter(index)}`,
    name: sheet.name,
    scores: rows.filter((row) => row.sheetId === sheet.id).map(({ criterionId, value }) => ({ criterionId, value })),
  }));
}
