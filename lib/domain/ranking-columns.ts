/**
 * The counted sheets laid out once in typed arrays, by dossier then juror, with each juror's normalisation.
 * Pure: no database, no framework. buildRankingLists and getStability both read it, so 1,000,000 scores are
 * grouped once, with integer indexes instead of string keys; every number is computed with the same operations
 * in the same order as normaliseSheetScores and getScoreStatistics, so the results are equal bit for bit.
 */
import { MIN_SHEETS_TO_NORMALISE, type JurorNormalisation } from "./ranking-normalisation";
import type { WorkCounter } from "./ranking-lists";
import { gatherEachDossier, groupPositions, orderByTotal, sortEachDossier, type SortedColumn } from "./ranking-orders";
import { TIE_TOLERANCE, compareIds, type RankingSheet, type RubricCriterion } from "./ranking";

export interface RankingColumns {
  /** In position order. */
  criteria: RubricCriterion[];
  /** Sorted; a dossier's index is its place here. */
  nominationIds: string[];
  /** Sheet positions [dossierStart[d], dossierStart[d + 1]) belong to dossier d, sorted by juror. */
  dossierStart: Int32Array;
  /** Per sheet: its counted sheet, juror index (into jurors), weighted score and normalised score. */
  sheets: RankingSheet[];
  /** Per sheet and criterion (position × criteria + c): the criterion's score. */
  values: Float64Array;
  /** Every criterion score is an integer and no dossier's sum of them can round, so their order does not matter. */
  areCriterionSumsExact: boolean;
  juror: Int32Array;
  score: Float64Array;
  normalisedScore: Float64Array;
  /** Each dossier's scores and normalised scores, sorted ascending. */
  sortedScore: SortedColumn;
  sortedNormalisedScore: SortedColumn;
  /** Per juror, sorted by id. */
  jurors: JurorNormalisation[];
  /** Juror j's scores, ascending, at [jurorStart[j], jurorStart[j + 1]). */
  jurorSortedScore: Float64Array;
  jurorStart: Int32Array;
  isJurorNormalised: Uint8Array;
  pooled: { mean: number; standardDeviation: number } | null;
  /** The pooled (normalised jurors') raw scores, sorted ascending. */
  pool: Float64Array;
}

/** Sums in order then divides, as getMean does over sorted values. */
export function getSliceMean(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let index = from; index < to; index += 1) sum += values[index]!;
  return sum / (to - from);
}

/** The population standard deviation, as getStandardDeviation does over sorted values. */
export function getSliceDeviation(values: Float64Array, from: number, to: number): number {
  const mean = getSliceMean(values, from, to);
  let sum = 0;
  for (let index = from; index < to; index += 1) sum += (values[index]! - mean) ** 2;
  return Math.sqrt(sum / (to - from));
}

function describeJuror(jurorId: number, sorted: Float64Array, from: number, to: number): JurorNormalisation {
  const mean = getSliceMean(sorted, from, to);
  const standardDeviation = getSliceDeviation(sorted, from, to);
  const sheetCount = to - from;
  const fallback = sheetCount < MIN_SHEETS_TO_NORMALISE ? "too_few_sheets" : standardDeviation <= TIE_TOLERANCE ? "no_spread" : null;
  return { jurorId, sheetCount, mean, standardDeviation, fallback };
}

/** The counted sheets by dossier, then juror id, each id replaced by its index in sorted order. */
interface SheetLayout {
  nominationIds: string[];
  jurorIds: number[];
  dossierStart: Int32Array;
  /** Per position: the index of its sheet in the input, and its juror's index. */
  sheetAt: Int32Array;
  juror: Int32Array;
}

/** Groups the sheets that count (excluded ones are skipped) with one Map lookup per sheet and counting sorts. */
function layOutSheets(sheets: readonly RankingSheet[], tally: WorkCounter): SheetLayout {
  // Provisional indexes in order of appearance, renumbered once the ids are sorted. A dossier's sheets usually
  // follow each other, so its id is looked up once per run of them rather than once per sheet.
  const firstDossier = new Map<string, number>();
  const firstJuror = new Map<number, number>();
  const countedAt = new Int32Array(sheets.length);
  const allDossierKeys = new Int32Array(sheets.length);
  const allJurorKeys = new Int32Array(sheets.length);
  let sheetCount = 0;
  let previousId: string | undefined;
  let dossier = -1;
  for (let index = 0; index < sheets.length; index += 1) {
    const sheet = sheets[index]!;
    if (sheet.isExcluded === true) continue;
    if (sheet.nominationId !== previousId) {
      previousId = sheet.nominationId;
      dossier = firstDossier.get(previousId) ?? -1;
      if (dossier === -1) firstDossier.set(previousId, (dossier = firstDossier.size));
    }
    let j = firstJuror.get(sheet.jurorId);
    if (j === undefined) firstJuror.set(sheet.jurorId, (j = firstJuror.size));
    countedAt[sheetCount] = index;
    allDossierKeys[sheetCount] = dossier;
    allJurorKeys[sheetCount] = j;
    sheetCount += 1;
  }
  const dossierKeys = allDossierKeys.subarray(0, sheetCount);
  const jurorKeys = allJurorKeys.subarray(0, sheetCount);
  const nominationIds = [...firstDossier.keys()].sort((a, b) => {
    tally.visits += 1;
    return compareIds(a, b);
  });
  const jurorIds = [...firstJuror.keys()].sort((a, b) => {
    tally.visits += 1;
    return a - b;
  });
  const dossierRenumber = new Int32Array(nominationIds.length);
  nominationIds.forEach((id, index) => (dossierRenumber[firstDossier.get(id)!] = index));
  const jurorRenumber = new Int32Array(jurorIds.length);
  jurorIds.forEach((id, index) => (jurorRenumber[firstJuror.get(id)!] = index));
  for (let index = 0; index < sheetCount; index += 1) {
    dossierKeys[index] = dossierRenumber[dossierKeys[index]!]!;
    jurorKeys[index] = jurorRenumber[jurorKeys[index]!]!;
  }
  const { start: dossierStart, order } = groupPositions(dossierKeys, nominationIds.length);
  // Inside a dossier, sheets by juror id; a stable insertion sort keeps the input order of equal ids.
  for (let d = 0; d < nominationIds.length; d += 1) {
    for (let i = dossierStart[d]! + 1; i < dossierStart[d + 1]!; i += 1) {
      const item = order[i]!;
      const key = jurorKeys[item]!;
      let j = i - 1;
      tally.visits += 1;
      while (j >= dossierStart[d]! && jurorKeys[order[j]!]! > key) {
        tally.visits += 1;
        order[j + 1] = order[j]!;
        j -= 1;
      }
      order[j + 1] = item;
    }
  }
  const sheetAt = new Int32Array(sheetCount);
  const juror = new Int32Array(sheetCount);
  for (let position = 0; position < sheetCount; position += 1) {
    sheetAt[position] = countedAt[order[position]!]!;
    juror[position] = jurorKeys[order[position]!]!;
  }
  // The passes over every sheet: the first, the renumbering, the two of the grouping and the last.
  tally.visits += sheets.length + sheetCount * 4;
  return { nominationIds, jurorIds, dossierStart, sheetAt, juror };
}

/** Each sheet's criterion scores and weighted score (getSheetScore's arithmetic, in the same order). */
function readScores(sheets: readonly RankingSheet[], sheetAt: Int32Array, criteria: readonly RubricCriterion[]) {
  const C = criteria.length;
  const ids = criteria.map((criterion) => criterion.id);
  const weights = criteria.map((criterion) => criterion.weight);
  // getSheetScore's sum of the weights, in the same order: the same for every sheet.
  let weightTotal = 0;
  for (const weight of weights) weightTotal += weight;
  const counted: RankingSheet[] = new Array<RankingSheet>(sheetAt.length);
  const values = new Float64Array(sheetAt.length * C);
  const totals = new Float64Array(sheetAt.length);
  const score = new Float64Array(sheetAt.length);
  let areIntegers = true;
  let largestValue = 0;
  for (let position = 0; position < sheetAt.length; position += 1) {
    const sheet = sheets[sheetAt[position]!]!;
    counted[position] = sheet;
    let total = 0;
    for (let c = 0; c < C; c += 1) {
      const value = sheet.scores[ids[c]!];
      if (value === undefined) throw new Error(`Sheet of juror ${sheet.jurorId} has no score for criterion ${ids[c]}`);
      values[position * C + c] = value;
      total += value * weights[c]!;
      // -0 is left out: a sort puts it before 0, which a scan for the minimum would not.
      if (!Number.isInteger(value) || Object.is(value, -0)) areIntegers = false;
      largestValue = Math.max(largestValue, Math.abs(value));
    }
    if (weightTotal <= 0) throw new Error("The rubric has no positive weight");
    totals[position] = total;
    score[position] = total / weightTotal;
  }
  // Integer scores and weights kept under 2^31 make every total, and every sum on the way to it, an exact integer.
  const weightSize = weights.reduce((sum, weight) => sum + Math.abs(weight), 0);
  const areTotalsIntegers = areIntegers && weights.every(Number.isInteger) && largestValue * weightSize < 2 ** 31;
  return { counted, values, totals, score, areIntegers, largestValue, areTotalsIntegers };
}

/**
 * Each juror's mean and spread, the pooled ones and the normalised scores, as normaliseSheetScores computes them.
 * `byScore`, when given, lists the positions in ascending order of score, which spares every sort here.
 */
function normaliseJurors(jurorIds: readonly number[], juror: Int32Array, score: Float64Array, byScore: Int32Array | null, tally: WorkCounter) {
  const sheetCount = score.length;
  const byJuror = groupPositions(juror, jurorIds.length, byScore ?? undefined);
  const jurorSorted = new Float64Array(sheetCount);
  for (let index = 0; index < sheetCount; index += 1) jurorSorted[index] = score[byJuror.order[index]!]!;
  for (let j = 0; j < jurorIds.length && byScore === null; j += 1) {
    const size = byJuror.start[j + 1]! - byJuror.start[j]!;
    jurorSorted.subarray(byJuror.start[j]!, byJuror.start[j + 1]!).sort();
    // A typed-array sort takes no comparator to count: counted as n log n.
    tally.visits += Math.ceil(size * Math.log2(size + 1));
  }
  const jurors = jurorIds.map((id, j) => describeJuror(id, jurorSorted, byJuror.start[j]!, byJuror.start[j + 1]!));
  const isJurorNormalised = Uint8Array.from(jurors, (j) => (j.fallback === null ? 1 : 0));

  let poolSize = 0;
  for (let position = 0; position < sheetCount; position += 1) poolSize += isJurorNormalised[juror[position]!]!;
  const pool = new Float64Array(poolSize);
  for (let index = 0, next = 0; index < sheetCount; index += 1) {
    const position = byScore === null ? index : byScore[index]!;
    if (isJurorNormalised[juror[position]!] === 1) pool[next++] = score[position]!;
  }
  if (byScore === null) {
    pool.sort();
    tally.visits += Math.ceil(poolSize * Math.log2(poolSize + 1));
  }
  const pooled = pool.length === 0 ? null : { mean: getSliceMean(pool, 0, pool.length), standardDeviation: getSliceDeviation(pool, 0, pool.length) };

  const normalisedScore = new Float64Array(sheetCount);
  for (let position = 0; position < sheetCount; position += 1) {
    const j = juror[position]!;
    if (isJurorNormalised[j] === 0 || pooled === null) normalisedScore[position] = score[position]!;
    else {
      const z = (score[position]! - jurors[j]!.mean) / jurors[j]!.standardDeviation;
      normalisedScore[position] = pooled.mean + z * pooled.standardDeviation;
    }
  }
  // The passes over every sheet: the two of the grouping, the gathering, the two for the pool and the last.
  tally.visits += sheetCount * 6;
  return { jurors, jurorSortedScore: jurorSorted, jurorStart: byJuror.start, isJurorNormalised, pooled, pool, normalisedScore };
}

/**
 * Lays out the counted sheets (excluded ones are skipped here) and normalises every juror's scores.
 * Sheets arrive in any order; the layout depends only on their ids.
 */
export function buildRankingColumns(sheets: readonly RankingSheet[], criteria: RubricCriterion[], counter?: WorkCounter): RankingColumns {
  const tally: WorkCounter = { visits: 0 };
  const { nominationIds, jurorIds, dossierStart, sheetAt, juror } = layOutSheets(sheets, tally);
  const { counted, values, totals, score, areIntegers, largestValue, areTotalsIntegers } = readScores(sheets, sheetAt, criteria);
  tally.visits += sheetAt.length * criteria.length;
  // Integer totals are ordered by a counting sort, in place of the typed sorts of the scores.
  const byScore = areTotalsIntegers ? orderByTotal(totals) : null;
  const { jurors, jurorSortedScore, jurorStart, isJurorNormalised, pooled, pool, normalisedScore } = normaliseJurors(jurorIds, juror, score, byScore, tally);
  const sortedScore = byScore === null ? sortEachDossier(dossierStart, score, juror, tally) : gatherEachDossier(dossierStart, byScore, score, juror);
  // orderByTotal's and gatherEachDossier's passes over every sheet, four each.
  if (byScore) tally.visits += sheetAt.length * 8;
  const sortedNormalisedScore = sortEachDossier(dossierStart, normalisedScore, juror, tally);
  if (counter) counter.visits += tally.visits;

  let largestDossier = 0;
  for (let d = 0; d < nominationIds.length; d += 1) largestDossier = Math.max(largestDossier, dossierStart[d + 1]! - dossierStart[d]!);
  // Integer sums below 2^53 are exact, so a criterion's sum over a dossier is the same in any order.
  const areCriterionSumsExact = areIntegers && largestValue * largestDossier <= Number.MAX_SAFE_INTEGER;
  return {
    criteria,
    nominationIds,
    dossierStart,
    sheets: counted,
    values,
    areCriterionSumsExact,
    juror,
    score,
    normalisedScore,
    sortedScore,
    sortedNormalisedScore,
    jurors,
    jurorSortedScore,
    jurorStart,
    isJurorNormalised,
    pooled,
    pool,
  };
}
