import { and, asc, eq, inArray, ne, notExists, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { conflicts, countries, criteria, editions, memberships, nominations, scoreSheets, scores } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { rankNominations, type RankedEntry, type RankingSheet } from "../domain/ranking";
import { AppError } from "../errors";

/** Nomination states that take part in the ranking: accepted, and what accepted ones become at publication. */
export const RANKED_STATES = ["accepted", "awarded", "participant"] as const;

/**
 * The score sheets that count for an edition's ranking: submitted, not excluded, by a voting juror of the
 * edition, on an accepted competing nomination, never from the juror's own country nor under a conflict.
 */
export async function listCountableSheets({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({ id: scoreSheets.id, nominationId: scoreSheets.nominationId, jurorUserId: scoreSheets.jurorUserId })
    .from(scoreSheets)
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, scoreSheets.jurorUserId),
        eq(memberships.role, "juror"),
        eq(memberships.editionId, scoreSheets.editionId),
      ),
    )
    .where(
      and(
        eq(scoreSheets.editionId, editionId),
        eq(nominations.editionId, editionId),
        eq(scoreSheets.state, "submitted"),
        eq(scoreSheets.isExcluded, false),
        eq(nominations.kind, "competing"),
        inArray(nominations.state, [...RANKED_STATES]),
        eq(memberships.isVoting, true),
        // Belt and braces: the scoring screens refuse these already, but a stray sheet must never count.
        ne(memberships.countryCode, nominations.countryCode),
        notExists(
          db
            .select({ one: sql`1` })
            .from(conflicts)
            .where(and(eq(conflicts.jurorUserId, scoreSheets.jurorUserId), eq(conflicts.nominationId, scoreSheets.nominationId))),
        ),
      ),
    );
}

/** The accepted competing nominations of an edition, the ones that can be ranked and awarded. */
export async function listRankedNominations({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({ id: nominations.id, countryCode: nominations.countryCode, countryName: countries.name, title: nominations.title })
    .from(nominations)
    .innerJoin(countries, eq(countries.code, nominations.countryCode))
    .where(
      and(eq(nominations.editionId, editionId), eq(nominations.kind, "competing"), inArray(nominations.state, [...RANKED_STATES])),
    )
    .orderBy(asc(countries.name));
}

export interface RankingRow extends RankedEntry {
  countryCode: string;
  countryName: string;
  title: string;
  /** Another nomination shares this rank. */
  isTied: boolean;
}

/**
 * The edition's ranking for someone allowed to see it (the secretariat, or the jury chair), computed from
 * the countable sheets. Nominations with no countable sheet are listed apart as unscored.
 */
export async function getEditionRanking({ db, viewer, editionId }: { db: Executor; viewer: SessionUser; editionId: number }) {
  const [edition] = await db.select({ id: editions.id, phase: editions.phase }).from(editions).where(eq(editions.id, editionId));
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  if (!can(viewer, "ranking.view", { edition })) throw new AppError("FORBIDDEN", "You may not see this edition's ranking.");

  const [rubric, sheets, candidates] = await Promise.all([
    db
      .select({ id: criteria.id, weight: criteria.weight })
      .from(criteria)
      .where(eq(criteria.editionId, editionId))
      .orderBy(asc(criteria.position)),
    listCountableSheets({ db, editionId }),
    listRankedNominations({ db, editionId }),
  ]);
  const sheetScores =
    sheets.length === 0
      ? []
      : await db
          .select({ sheetId: scores.sheetId, criterionId: scores.criterionId, value: scores.value })
          .from(scores)
          .where(inArray(scores.sheetId, sheets.map((s) => s.id)));

  const scoresBySheet = new Map<number, Record<number, number>>();
  for (const score of sheetScores) {
    const record = scoresBySheet.get(score.sheetId) ?? {};
    record[score.criterionId] = score.value;
    scoresBySheet.set(score.sheetId, record);
  }
  const rankingSheets: RankingSheet[] = [];
  let incompleteSheetCount = 0;
  for (const sheet of sheets) {
    const values = scoresBySheet.get(sheet.id) ?? {};
    // A submitted sheet should be complete; one that is not is reported rather than allowed to break the ranking.
    if (rubric.length === 0 || rubric.some((c) => values[c.id] === undefined)) {
      incompleteSheetCount += 1;
      continue;
    }
    rankingSheets.push({ nominationId: sheet.nominationId, jurorId: sheet.jurorUserId, scores: values });
  }

  const entries = rankNominations(rankingSheets, rubric);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rows: RankingRow[] = entries.flatMap((entry) => {
    const nomination = byId.get(entry.nominationId);
    if (!nomination) return [];
    const isTied = entries.some((other) => other !== entry && other.rank === entry.rank);
    return [{ ...entry, countryCode: nomination.countryCode, countryName: nomination.countryName, title: nomination.title, isTied }];
  });
  const unscored = candidates.filter((c) => !entries.some((e) => e.nominationId === c.id));
  return { rows, unscored, incompleteSheetCount, criterionCount: rubric.length };
}

export type EditionRanking = Awaited<ReturnType<typeof getEditionRanking>>;
