/**
 * The ranking of an edition, computed from score sheets. Pure: no database, no framework.
 * Issue-level rules: weighted mean per sheet, mean across the jurors allowed to score each dossier,
 * with median, spread and count beside it. Excluded or conflicted sheets must not be passed in.
 */

export interface RankingCriterion {
  id: number;
  weight: number;
}

export interface RankingSheet {
  nominationId: string;
  jurorId: number;
  /** criterion id → score */
  scores: Record<number, number>;
}

export interface RankedEntry {
  nominationId: string;
  rank: number;
  mean: number;
  median: number;
  standardDeviation: number;
  min: number;
  max: number;
  sheetCount: number;
}

/** Tolerance under which two means are considered equal (floating point, not judgement). */
export const TIE_TOLERANCE = 1e-9;

/** The weighted mean of one sheet's criterion scores; every criterion must be scored. */
export function getSheetScore(sheet: RankingSheet, criteria: readonly RankingCriterion[]): number {
  let total = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const value = sheet.scores[criterion.id];
    if (value === undefined) throw new Error(`Sheet of juror ${sheet.jurorId} has no score for criterion ${criterion.id}`);
    total += value * criterion.weight;
    weights += criterion.weight;
  }
  if (weights <= 0) throw new Error("The rubric has no positive weight");
  return total / weights;
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

/**
 * Ranks dossiers by their mean sheet score, highest first. Dossiers with equal means (within TIE_TOLERANCE)
 * share a rank; dossiers without any sheet are left out. Input order never changes the result.
 */
export function rankNominations(sheets: readonly RankingSheet[], criteria: readonly RankingCriterion[]): RankedEntry[] {
  const byNomination = new Map<string, number[]>();
  for (const sheet of sheets) {
    const list = byNomination.get(sheet.nominationId) ?? [];
    list.push(getSheetScore(sheet, criteria));
    byNomination.set(sheet.nominationId, list);
  }
  // Summing in a fixed (sorted) order keeps the floating-point results identical whatever the input order.
  const entries = [...byNomination.entries()].map(([nominationId, unsorted]) => {
    const values = [...unsorted].sort((a, b) => a - b);
    return {
      nominationId,
      rank: 0,
      mean: getMean(values),
      median: getMedian(values),
      standardDeviation: getStandardDeviation(values),
      min: Math.min(...values),
      max: Math.max(...values),
      sheetCount: values.length,
    };
  });
  entries.sort((a, b) => b.mean - a.mean || a.nominationId.localeCompare(b.nominationId));
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    entry.rank = previous && Math.abs(previous.mean - entry.mean) <= TIE_TOLERANCE ? previous.rank : index + 1;
  });
  return entries;
}
