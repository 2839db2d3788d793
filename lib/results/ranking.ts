import { and, asc, eq, inArray, ne, notExists, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { conflicts, countries, criteria, editions, frozenResults, memberships, nominations, scoreSheets, scores, tieDecisions, users } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { SCORABLE_STATES } from "../domain/phases";
import type { RankedEntry, RankingSheet } from "../domain/ranking";
import { computeRanking, type RankingInput, type RankingResult } from "../domain/ranking-result";
import { AppError } from "../errors";

/** Nomination states that take part in the ranking: the ones jurors score. */
export const RANKED_STATES = SCORABLE_STATES;

/** The conditions under which a score sheet counts for the edition's ranking (listCountableSheets explains them). */
function getCountableSheetQuery(db: Executor, editionId: number) {
  return {
    memberships: and(eq(memberships.userId, scoreSheets.jurorUserId), eq(memberships.role, "juror"), eq(memberships.editionId, scoreSheets.editionId)),
    where: and(
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
  };
}

/**
 * The score sheets that count for an edition's ranking: submitted, not excluded, by a voting juror of the
 * edition, on an accepted competing nomination, never from the juror's own country nor under a conflict.
 */
export async function listCountableSheets({ db, editionId }: { db: Executor; editionId: number }) {
  const countable = getCountableSheetQuery(db, editionId);
  return db
    .select({ id: scoreSheets.id, nominationId: scoreSheets.nominationId, jurorUserId: scoreSheets.jurorUserId })
    .from(scoreSheets)
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .innerJoin(memberships, countable.memberships)
    .where(countable.where);
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

/** The voting jurors of an edition with their country, for naming them in the deliberation (never in public). */
async function listEditionJurors({ db, editionId }: { db: Executor; editionId: number }) {
  return db
    .select({ id: users.id, name: users.name, countryCode: memberships.countryCode, countryName: countries.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(countries, eq(countries.code, memberships.countryCode))
    .where(and(eq(memberships.editionId, editionId), eq(memberships.role, "juror"), eq(memberships.isVoting, true)))
    .orderBy(asc(users.name));
}

/** One sheet's line of the text loadRankingSheets reads: "<nomination id> <juror id> <criterion>:<value>,…". */
function parseSheetLine(line: string): { nominationId: string; jurorId: number; values: Record<number, number> } {
  const first = line.indexOf(" ");
  const second = line.indexOf(" ", first + 1);
  const values: Record<number, number> = {};
  let start = second + 1;
  while (start < line.length) {
    const colon = line.indexOf(":", start);
    const comma = line.indexOf(",", colon);
    const end = comma === -1 ? line.length : comma;
    values[Number(line.slice(start, colon))] = Number(line.slice(colon + 1, end));
    start = end + 1;
  }
  return { nominationId: line.slice(0, first), jurorId: Number(line.slice(first + 1, second)), values };
}

/**
 * Loads the countable sheets with their criterion scores, aggregated in SQL into one text of one line per sheet
 * (parseSheetLine), in nomination and juror order: 1,000,000 scores arrive as one value of about 12 MB instead of
 * 200,000 rows of two arrays, which cost the driver and drizzle a second of CPU and as much garbage. A sheet missing
 * a criterion is counted apart.
 */
export async function loadRankingSheets({ db, editionId, rubric }: { db: Executor; editionId: number; rubric: readonly { id: number }[] }) {
  const countable = getCountableSheetQuery(db, editionId);
  const perSheet = db
    .select({
      nominationId: scoreSheets.nominationId,
      jurorUserId: scoreSheets.jurorUserId,
      line: sql<string>`${scoreSheets.nominationId}::text || ' ' || ${scoreSheets.jurorUserId} || ' ' || coalesce(string_agg(${scores.criterionId} || ':' || ${scores.value}, ','), '')`.as("line"),
    })
    .from(scoreSheets)
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .innerJoin(memberships, countable.memberships)
    .leftJoin(scores, eq(scores.sheetId, scoreSheets.id))
    .where(countable.where)
    .groupBy(scoreSheets.id)
    .as("sheet");
  const [loaded] = await db
    .select({ text: sql<string | null>`string_agg(${perSheet.line}, E'\n' order by ${perSheet.nominationId}, ${perSheet.jurorUserId})` })
    .from(perSheet);
  const rankingSheets: RankingSheet[] = [];
  let incompleteSheetCount = 0;
  if (!loaded?.text) return { sheets: rankingSheets, incompleteSheetCount };
  for (const line of loaded.text.split("\n")) {
    const { nominationId, jurorId, values } = parseSheetLine(line);
    // A submitted sheet should be complete; one that is not is reported rather than allowed to break the ranking.
    if (rubric.length === 0 || rubric.some((c) => values[c.id] === undefined)) {
      incompleteSheetCount += 1;
      continue;
    }
    rankingSheets.push({ nominationId, jurorId, scores: values });
  }
  return { sheets: rankingSheets, incompleteSheetCount };
}

/**
 * Everything an edition's ranking is computed from, and the result. No access check: callers check first.
 *
 * This is the function the freeze snapshots. Its shape, all plain JSON:
 * - `edition`: id, year, phase, isNormalised, tieBreakChain, awardedPlaces;
 * - `criteria` (position order: id, position, title, weight, scaleMin, scaleMax), `nominations` (id, countryCode,
 *   countryName, title: every accepted competing one, scored or not), `jurors` (id, name, countryCode, countryName);
 * - `input`: the RankingInput given to computeRanking (the countable sheets with their criterion scores, the
 *   chain, the chair's decisions, awardedPlaces, isNormalised) — the scores used;
 * - `result`: the RankingResult (lib/domain/ranking-result.ts): both rankings with places and what decided them,
 *   open ties, per-dossier statistics and breakdown, jurors' normalisation, stability;
 * - `incompleteSheetCount`: submitted sheets left out because a criterion has no score.
 * Given the same rows it returns the same object, whatever order the database returns them in.
 */
export async function getRankingRecord({ db, editionId }: { db: Executor; editionId: number }) {
  const loaded = await loadRankingRecordInput({ db, editionId });
  const result: RankingResult = computeRanking(loaded.input);
  const { edition, criteria: rubric, nominations: rankedNominations, jurors, input, incompleteSheetCount } = loaded;
  return { edition, criteria: rubric, nominations: rankedNominations, jurors, input, result, incompleteSheetCount };
}

/** What getRankingRecord computes the ranking from, read from the database (the load step, timed apart by the bench). */
export async function loadRankingRecordInput({ db, editionId }: { db: Executor; editionId: number }) {
  const [edition] = await db
    .select({
      id: editions.id,
      year: editions.year,
      phase: editions.phase,
      isNormalised: editions.isNormalised,
      tieBreakChain: editions.tieBreakChain,
      awardedPlaces: editions.awardedPlaces,
    })
    .from(editions)
    .where(eq(editions.id, editionId));
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");

  const rubric = await db
    .select({
      id: criteria.id,
      position: criteria.position,
      title: criteria.title,
      weight: criteria.weight,
      scaleMin: criteria.scaleMin,
      scaleMax: criteria.scaleMax,
    })
    .from(criteria)
    .where(eq(criteria.editionId, editionId))
    .orderBy(asc(criteria.position));
  const { sheets, incompleteSheetCount } = await loadRankingSheets({ db, editionId, rubric });
  const rankedNominations = await listRankedNominations({ db, editionId });
  const jurors = await listEditionJurors({ db, editionId });
  const decisions = await db
    .select({ id: tieDecisions.id, orderedNominationIds: tieDecisions.orderedNominationIds, reason: tieDecisions.reason })
    .from(tieDecisions)
    .where(eq(tieDecisions.editionId, editionId))
    .orderBy(asc(tieDecisions.id));

  // Sheets on nominations that are no longer ranked (e.g. rejected after scoring) are not in the query; keep it so.
  const input: RankingInput = {
    criteria: rubric.map(({ id, position, weight, scaleMin, scaleMax }) => ({ id, position, weight, scaleMin, scaleMax })),
    sheets: [...sheets].sort((a, b) => (a.nominationId < b.nominationId ? -1 : a.nominationId > b.nominationId ? 1 : a.jurorId - b.jurorId)),
    tieBreakChain: edition.tieBreakChain,
    tieDecisions: decisions,
    awardedPlaces: edition.awardedPlaces,
    isNormalised: edition.isNormalised,
  };
  return { edition, criteria: rubric, nominations: rankedNominations, jurors, input, incompleteSheetCount };
}

export type RankingRecord = Awaited<ReturnType<typeof getRankingRecord>>;

export interface RankingRow extends RankedEntry {
  countryCode: string;
  countryName: string;
  title: string;
  /** Another nomination shares this rank. */
  isTied: boolean;
}

/** Checks that the viewer may see the edition's ranking (the secretariat, or the jury chair once the jury is closed). */
export async function assertRankingViewer({ db, viewer, editionId }: { db: Executor; viewer: SessionUser; editionId: number }) {
  const [edition] = await db.select({ id: editions.id, phase: editions.phase }).from(editions).where(eq(editions.id, editionId));
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  if (!can(viewer, "ranking.view", { edition })) throw new AppError("FORBIDDEN", "You may not see this edition's ranking.");
}

/**
 * The edition's ranking for someone allowed to see it (the secretariat, or the jury chair), computed from
 * the countable sheets. `rows` is the raw ranking by mean; `record` holds both rankings and everything beside.
 * Nominations with no countable sheet are listed apart as unscored.
 */
export async function getEditionRanking({ db, viewer, editionId }: { db: Executor; viewer: SessionUser; editionId: number }) {
  await assertRankingViewer({ db, viewer, editionId });
  return describeEditionRanking(await getRankingRecord({ db, editionId }));
}

/** The record as the deliberation lists it; `record` needs no sheets, so a stored snapshot (RankingView) serves too. */
export function describeEditionRanking<Record extends Omit<RankingRecord, "input">>(record: Record) {
  const byId = new Map(record.nominations.map((n) => [n.id, n]));
  const dossierById = new Map(record.result.dossiers.map((d) => [d.nominationId, d]));
  const rows: RankingRow[] = record.result.raw.entries.flatMap((entry) => {
    const nomination = byId.get(entry.nominationId);
    const dossier = dossierById.get(entry.nominationId);
    if (!nomination || !dossier) return [];
    return [
      {
        nominationId: entry.nominationId,
        rank: entry.rank,
        ...dossier.raw,
        countryCode: nomination.countryCode,
        countryName: nomination.countryName,
        title: nomination.title,
        isTied: entry.tiedWith.length > 0,
      },
    ];
  });
  const unscored = record.nominations.filter((n) => !dossierById.has(n.id));
  return { rows, unscored, incompleteSheetCount: record.incompleteSheetCount, criterionCount: record.criteria.length, record };
}

/** The ranking as the deliberation shows it, from a live record or a stored snapshot. */
export type EditionRanking = ReturnType<typeof describeEditionRanking<Omit<RankingRecord, "input">>>;

/** Whether the edition's result is frozen: the deliberation then shows everything read-only. */
export async function isResultFrozen({ db, editionId }: { db: Executor; editionId: number }): Promise<boolean> {
  const [row] = await db.select({ editionId: frozenResults.editionId }).from(frozenResults).where(eq(frozenResults.editionId, editionId));
  return row !== undefined;
}
