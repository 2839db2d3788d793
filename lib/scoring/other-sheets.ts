import { and, asc, eq, inArray, isNotNull, ne, notExists, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { conflicts, editions, memberships, nominations, scoreSheets, users, type ScoreVisibility } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { jurorOfEditionFromOtherCountry, scorableForJuror } from "../jury/dossiers";

/** Another juror's submitted scores as a juror may see them after closing: by letter, named only when allowed. */
export interface OtherSheet {
  /** "Juror A", "Juror B"…, in the order the sheets were started, stable for every reader. */
  label: string;
  /** The letter alone ("A"), for pages that say "Juror" in their own language. */
  letter: string;
  /** The juror's name when the edition shows names; null when it shows scores anonymously. */
  name: string | null;
  scores: { criterionId: number; value: number }[];
}

function toLetter(index: number): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return index < letters.length ? letters[index]! : `${letters[Math.floor(index / letters.length) - 1]}${letters[index % letters.length]}`;
}

/** What the page knows of the edition already, enough to know that no other sheet can be shown. */
export interface OtherSheetsVisibility {
  isJuryClosed: boolean;
  scoreVisibility: ScoreVisibility;
}

/** The edition's rule on the others' scores: hidden while the jury is open, and always with `own_only`. */
export function areOtherSheetsVisible({ isJuryClosed, scoreVisibility }: OtherSheetsVisibility): boolean {
  return isJuryClosed && scoreVisibility !== "own_only";
}

function fromJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/**
 * The other jurors' submitted, counted scores on a dossier, for a juror who may read that dossier (assigned,
 * other country, no conflict) and only once the jury is closed and the edition's setting shows them.
 * Every rule sits in the WHERE clause, so before closing, or with `own_only`, the answer is simply empty; a caller
 * that passes the edition's `visibility` (the scoring page, on every load while the jury is open) skips the query.
 * When it runs, it reaches the dossier's sheets by score_sheets_nomination_idx and their scores by the primary key.
 */
export async function listOtherSheetsForJuror({
  db,
  user,
  nominationId,
  visibility,
}: {
  db: Executor;
  user: Pick<SessionUser, "id">;
  nominationId: string;
  visibility?: OtherSheetsVisibility;
}): Promise<OtherSheet[]> {
  if (visibility && !areOtherSheetsVisible(visibility)) return [];
  const sheets = await db
    .select({
      id: scoreSheets.id,
      // The name leaves the database only when the edition shows names.
      name: sql<string | null>`case when ${editions.scoreVisibility} = 'named' then ${users.name} end`,
      scores: sql<{ criterionId: number; value: number }[]>`coalesce((select json_agg(json_build_object('criterionId', s.criterion_id, 'value', s.value) order by s.criterion_id) from scores s where s.sheet_id = ${scoreSheets.id}), '[]'::json)`.mapWith(
        fromJson<{ criterionId: number; value: number }[]>,
      ),
    })
    .from(scoreSheets)
    .innerJoin(nominations, and(eq(nominations.id, scoreSheets.nominationId), eq(nominations.editionId, scoreSheets.editionId)))
    .innerJoin(editions, eq(editions.id, nominations.editionId))
    .innerJoin(memberships, jurorOfEditionFromOtherCountry(user.id))
    .innerJoin(users, eq(users.id, scoreSheets.jurorUserId))
    .where(
      and(
        eq(nominations.id, nominationId),
        // The dossier's sheets by their index, named on the sheets themselves so the planner starts from it.
        eq(scoreSheets.nominationId, nominationId),
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
  return sheets.map((sheet, index) => ({ label: `Juror ${toLetter(index)}`, letter: toLetter(index), name: sheet.name, scores: sheet.scores }));
}
