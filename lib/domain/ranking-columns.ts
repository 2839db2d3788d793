/**
 * The counted sheets laid out once in typed arrays, by dossier then juror, with each juror's normalisation.
 * Pure: no database, no framework. buildRankingLists and getStability both read it, so 1,000,000 scores are
 * grouped once, with integer indexes instead of string keys; every number is computed with the same operations
 * in the same order as normaliseSheetScores and getScoreStatistics, so the results are equal bit for bit.
 */
import { MIN_SHEETS_TO_NORMALISE, type JurorNormalisation } from "./ranking-normalisation";
import type { WorkCounter } from "./ranking-lists";
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
  juror: Int32Array;
  score: Float64Array;
  normalisedScore: Float64Array;
  /** Per juror, sorted by id. */
  jurors: JurorNormalisation[];
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

/** Counting sort: the order of `keys` grouped by key, keeping the input order inside each group. */
export function groupPositions(keys: Int32Array, groupCount: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(groupCount + 1);
  for (let index = 0; index < keys.length; index += 1) start[keys[index]! + 1]! += 1;
  for (let group = 0; group < groupCount; group += 1) start[group + 1]! += start[group]!;
  const next = start.slice(0, groupCount);
  const order = new Int32Array(keys.length);
  for (let index = 0; index < keys.length; index += 1) order[next[keys[index]!]!++] = index;
  return { start, order };
}

/** Lays out the counted sheets (excluded ones already dropped) and normalises every juror's scores. */
export function buildRankingColumns(counted: readonly RankingSheet[], criteria: RubricCriterion[], counter?: WorkCounter): RankingColumns {
  const count = (visits: number) => {
    if (counter) counter.visits += visits;
  };
  // One Map lookup per sheet: provisional indexes in order of appearance, renumbered once the ids are sorted.
  const firstDossier = new Map<string, number>();
  const firstJuror = new Map<number, number>();
  const dossierKeys = new Int32Array(counted.length);
  const jurorKeys = new Int32Array(counted.length);
  for (let index = 0; index < counted.length; index += 1) {
    const sheet = counted[index]!;
    let d = firstDossier.get(sheet.nominationId);
    if (d === undefined) firstDossier.set(sheet.nominationId, (d = firstDossier.size));
    let j = firstJuror.get(sheet.jurorId);
    if (j === undefined) firstJuror.set(sheet.jurorId, (j = firstJuror.size));
    dossierKeys[index] = d;
    jurorKeys[index] = j;
  }
  const nominationIds = [...firstDossier.keys()].sort((a, b) => {
    count(1);
    return compareIds(a, b);
  });
  const jurorIds = [...firstJuror.keys()].sort((a, b) => {
    count(1);
    return a - b;
  });
  const dossierRenumber = new Int32Array(nominationIds.length);
  nominationIds.forEach((id, index) => (dossierRenumber[firstDossier.get(id)!] = index));
  const jurorRenumber = new Int32Array(jurorIds.length);
  jurorIds.forEach((id, index) => (jurorRenumber[firstJuror.get(id)!] = index));
  for (let index = 0; index < counted.length; index += 1) {
    dossierKeys[index] = dossierRenumber[dossierKeys[index]!]!;
    jurorKeys[index] = jurorRenumber[jurorKeys[index]!]!;
  }
  // Each pass below visits every sheet once.
  count(counted.length * 8);
  const { start: dossierStart, order } = groupPositions(dossierKeys, nominationIds.length);
  // Inside a dossier, sheets by juror id; a stable insertion sort keeps the input order of equal ids.
  for (let d = 0; d < nominationIds.length; d += 1) {
    for (let i = dossierStart[d]! + 1; i < dossierStart[d + 1]!; i += 1) {
      const item = order[i]!;
      const key = jurorKeys[item]!;
      let j = i - 1;
      count(1);
      while (j >= dossierStart[d]! && jurorKeys[order[j]!]! > key) {
        count(1);
        order[j + 1] = order[j]!;
        j -= 1;
      }
      order[j + 1] = item;
    }
  }
  const sheetCount = counted.length;
  const sheets: RankingSheet[] = new Array<RankingSheet>(sheetCount);
  const juror = new Int32Array(sheetCount);
  const score = new Float64Array(sheetCount);
  const values = new Float64Array(sheetCount * criteria.length);
  for (let position = 0; position < sheetCount; position += 1) {
    const sheet = counted[order[position]!]!;
    sheets[position] = sheet;
    juror[position] = jurorKeys[order[position]!]!;
    // getSheetScore's arithmetic, in the same order, keeping each criterion's value for the breakdown.
    let total = 0;
    let weights = 0;
    for (let c = 0; c < criteria.length; c += 1) {
      const value = sheet.scores[criteria[c]!.id];
      if (value === undefined) throw new Error(`Sheet of juror ${sheet.jurorId} has no score for criterion ${criteria[c]!.id}`);
      values[position * criteria.length + c] = value;
      total += value * criteria[c]!.weight;
      weights += criteria[c]!.weight;
    }
    if (weights <= 0) throw new Error("The rubric has no positive weight");
    score[position] = total / weights;
  }

  const byJuror = groupPositions(juror, jurorIds.length);
  const jurorSorted = new Float64Array(sheetCount);
  for (let index = 0; index < sheetCount; index += 1) jurorSorted[index] = score[byJuror.order[index]!]!;
  for (let j = 0; j < jurorIds.length; j += 1) {
    const size = byJuror.start[j + 1]! - byJuror.start[j]!;
    jurorSorted.subarray(byJuror.start[j]!, byJuror.start[j + 1]!).sort();
    // A typed-array sort takes no comparator to count: counted as n log n.
    count(Math.ceil(size * Math.log2(size + 1)));
  }
  const jurors = jurorIds.map((id, j) => describeJuror(id, jurorSorted, byJuror.start[j]!, byJuror.start[j + 1]!));
  const isJurorNormalised = Uint8Array.from(jurors, (j) => (j.fallback === null ? 1 : 0));

  let poolSize = 0;
  for (let position = 0; position < sheetCount; position += 1) poolSize += isJurorNormalised[juror[position]!]!;
  const pool = new Float64Array(poolSize);
  for (let position = 0, next = 0; position < sheetCount; position += 1) if (isJurorNormalised[juror[position]!] === 1) pool[next++] = score[position]!;
  pool.sort();
  count(Math.ceil(poolSize * Math.log2(poolSize + 1)));
  const pooled = pool.length === 0 ? null : { mean: getSliceMean(pool, 0, pool.length), standardDeviation: getSliceDeviation(pool, 0, pool.length) };

  const normalisedScore = new Float64Array(sheets.length);
  for (let position = 0; position < sheets.length; position += 1) {
    const j = juror[position]!;
    if (isJurorNormalised[j] === 0 || pooled === null) normalisedScore[position] = score[position]!;
    else {
      const z = (score[position]! - jurors[j]!.mean) / jurors[j]!.standardDeviation;
      normalisedScore[position] = pooled.mean + z * pooled.standardDeviation;
    }
  }
  return { criteria, nominationIds, dossierStart, sheets, values, juror, score, normalisedScore, jurors, isJurorNormalised, pooled, pool };
}
