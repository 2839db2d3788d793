/**
 * The ranking of an edition, computed from score sheets. Pure: no database, no framework.
 * Issue-level rules: weighted mean per sheet, mean across the jurors allowed to score each dossier,
 * with median, spread and count beside it. Conflicted sheets must not be passed in; excluded ones are ignored.
 * Normalisation, tie-breaks and stability build on this file (ranking-*.ts); computeRanking in
 * ranking-result.ts puts them together.
 */

export interface RankingCriterion {
  id: number;
  weight: number;
}

/** A criterion of the rubric as the full ranking needs it: its place for `criterion:<position>` and its scale. */
export interface RubricCriterion extends RankingCriterion {
  position: number;
  scaleMin: number;
  scaleMax: number;
}

export interface RankingSheet {
  nominationId: string;
  jurorId: number;
  /** criterion id → score */
  scores: Record<number, number>;
  /** Kept for the record but never counted: the ranking ignores it whatever it holds. */
  isExcluded?: boolean;
}

/** The summary of a dossier's scores that every ranking shows beside its mean. */
export interface ScoreStatistics {
  mean: number;
  median: number;
  standardDeviation: number;
  min: number;
  max: number;
  sheetCount: number;
}

export interface RankedEntry extends ScoreStatistics {
  nominationId: string;
  rank: number;
}

/** Tolerance under which two means are considered equal (floating point, not judgement). */
export const TIE_TOLERANCE = 1e-9;

/**
 * The weighted mean of criterion scores (criterion id → score), or undefined while a criterion is unscored.
 * The one formula for a sheet's score: the ranking and the juror's running total on the score sheet both use it.
 */
export function getWeightedScore(scores: Readonly<Record<number, number>>, criteria: readonly RankingCriterion[]): number | undefined {
  let total = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const value = scores[criterion.id];
    if (value === undefined) return undefined;
    total += value * criterion.weight;
    weights += criterion.weight;
  }
  if (weights <= 0) throw new Error("The rubric has no positive weight");
  return total / weights;
}

/** The weighted mean of one sheet's criterion scores; every criterion must be scored. */
export function getSheetScore(sheet: RankingSheet, criteria: readonly RankingCriterion[]): number {
  const score = getWeightedScore(sheet.scores, criteria);
  if (score === undefined) {
    const missing = criteria.find((criterion) => sheet.scores[criterion.id] === undefined);
    throw new Error(`Sheet of juror ${sheet.jurorId} has no score for criterion ${missing?.id}`);
  }
  return score;
}

export function getMean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function getMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Population standard deviation: the spread of the jurors who scored, not an estimate of a larger jury's. */
export function getStandardDeviation(values: readonly number[]): number {
  const mean = getMean(values);
  return Math.sqrt(getMean(values.map((v) => (v - mean) ** 2)));
}

/** Mean, median, spread, range and count of some scores; sorted first so input order never changes a sum. */
export function getScoreStatistics(unsorted: readonly number[]): ScoreStatistics {
  if (unsorted.length === 0) throw new Error("No scores to summarise");
  const values = [...unsorted].sort((a, b) => a - b);
  return {
    mean: getMean(values),
    median: getMedian(values),
    standardDeviation: getStandardDeviation(values),
    min: values[0]!,
    max: values[values.length - 1]!,
    sheetCount: values.length,
  };
}

/** The sheets that count: excluded ones are dropped here as well as in the query that loads them. */
export function listCountedSheets<T extends RankingSheet>(sheets: readonly T[]): T[] {
  return sheets.filter((sheet) => sheet.isExcluded !== true);
}

/** Whether two scores are equal for the ranking: closer than floating-point error, never a judgement. */
export function isSameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE;
}

/**
 * Ranks dossiers by their mean sheet score, highest first. Dossiers with equal means (within TIE_TOLERANCE)
 * share a rank; dossiers without any sheet are left out. Input order never changes the result.
 */
export function rankNominations(sheets: readonly RankingSheet[], criteria: readonly RankingCriterion[]): RankedEntry[] {
  const byNomination = new Map<string, number[]>();
  for (const sheet of listCountedSheets(sheets)) {
    const list = byNomination.get(sheet.nominationId) ?? [];
    list.push(getSheetScore(sheet, criteria));
    byNomination.set(sheet.nominationId, list);
  }
  // Summing in a fixed (sorted) order keeps the floating-point results identical whatever the input order.
  const entries: RankedEntry[] = [...byNomination.entries()].map(([nominationId, values]) => ({
    nominationId,
    rank: 0,
    ...getScoreStatistics(values),
  }));
  entries.sort((a, b) => b.mean - a.mean || compareIds(a.nominationId, b.nominationId));
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    entry.rank = previous && isSameScore(previous.mean, entry.mean) ? previous.rank : index + 1;
  });
  return entries;
}

/** A fixed, locale-independent order for ids, so a result never depends on the server's language settings. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
