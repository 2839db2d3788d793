/**
 * Stability of the top places: would they change if any single juror were left out? Pure: no database, no
 * framework. The result equals removing each juror's sheets in turn and computing the whole ranking again
 * (normalisation, chain and the chair's decisions included), but it is computed incrementally: leaving a juror
 * out changes the means of the dossiers they scored and, when that juror was normalised, the pooled mean and
 * spread (recomputed exactly from runs of equal scores in O(distinct scores)). Every other dossier keeps its place
 * in an order sorted once, so only the dossiers that can reach the top places are looked at again.
 */
import { getScoreStatistics } from "./ranking";
import { groupPositions, sortEachDossier, type SortedColumn } from "./ranking-orders";
import { buildDossierResult, getRankingCandidates, getRankingColumns, getStepKey, type DossierResult, type RankingBasis, type RankingInput, type RankingList, type RankingLists, type WorkCounter } from "./ranking-lists";
import type { NormalisedSheet } from "./ranking-normalisation";
import { getRunStatistics, getValueRuns } from "./ranking-repeated-sum";
import type { TieCandidate } from "./ranking-ties";
import { addToSelection, createSelection, placeTop, selectTop, type Stream } from "./ranking-top-places";

export { getCutScore } from "./ranking-top-places";

export interface TopPlace {
  nominationId: string;
  place: number;
}

export interface StabilityReport {
  /** The places checked: the edition's awarded places, or fewer when fewer dossiers were scored. */
  topPlaces: number;
  top: TopPlace[];
  jurorsChecked: number;
  /** True when no single juror's absence changes the top places. */
  isStable: boolean;
  /** The jurors whose absence changes the top places, with the top places without them. */
  changes: { jurorId: number; topWithout: TopPlace[] }[];
}

/** The dossiers placed within the first `count` places, best first (a tie at the edge keeps every tied dossier). */
export function getTopPlaces(list: RankingList, count: number): TopPlace[] {
  return list.entries.filter((entry) => entry.place <= count).map(({ nominationId, place }) => ({ nominationId, place }));
}

function isSameTop(a: readonly TopPlace[], b: readonly TopPlace[]): boolean {
  return a.length === b.length && a.every((place, index) => place.nominationId === b[index]!.nominationId && place.place === b[index]!.place);
}

function toCandidate(dossier: DossierResult, basis: RankingBasis, stats: { mean: number; median: number }, steps: RankingLists["steps"]): TieCandidate {
  return { nominationId: dossier.nominationId, score: stats.mean, keys: steps.map((step) => (step === "median" ? stats.median : getStepKey(step, dossier, basis))) };
}

/** The mean of a dossier's sorted values without one juror, summed in ascending order (−∞ when none is left). */
function getMeanWithout(column: SortedColumn, from: number, to: number, juror: number): number {
  let sum = 0;
  let count = 0;
  for (let index = from; index < to; index += 1) {
    if (column.jurors[index] === juror) continue;
    sum += column.values[index]!;
    count += 1;
  }
  return count === 0 ? -Infinity : sum / count;
}

/** The same for z-scores mapped to mean + z × spread (the map keeps their order); written apart to stay a plain loop. */
function getMappedMeanWithout(column: SortedColumn, from: number, to: number, juror: number, mean: number, spread: number): number {
  let sum = 0;
  let count = 0;
  for (let index = from; index < to; index += 1) {
    if (column.jurors[index] === juror) continue;
    sum += mean + column.values[index]! * spread;
    count += 1;
  }
  return count === 0 ? -Infinity : sum / count;
}

/** Mean and median of a dossier's mapped scores μ + z × σ, from its z-scores sorted ascending (the map keeps order). */
function getMappedStatistics(zs: Float64Array, from: number, to: number, mean: number, spread: number) {
  let sum = 0;
  for (let index = from; index < to; index += 1) sum += mean + zs[index]! * spread;
  const count = to - from;
  const middle = from + Math.floor(count / 2);
  const at = (index: number) => mean + zs[index]! * spread;
  return { mean: sum / count, median: count % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2 };
}

/** Indexes by key, highest first (ties in index order), leaving out those not included. */
function sortIndexesBy(keys: Float64Array, include?: Uint8Array): Int32Array {
  const indexes: number[] = [];
  for (let index = 0; index < keys.length; index += 1) if (include === undefined || include[index] === 1) indexes.push(index);
  // −1, 0 or 1 rather than keys[b] − keys[a]: a fractional result is boxed in a new heap number at each comparison.
  indexes.sort((a, b) => (keys[a]! > keys[b]! ? -1 : keys[a]! < keys[b]! ? 1 : 0));
  return Int32Array.from(indexes);
}

/** Checks both rankings' top places against leaving out each juror who has a counted sheet. */
export function getStability(input: RankingInput, lists: RankingLists, counter?: WorkCounter): Record<RankingBasis, StabilityReport> {
  const columns = getRankingColumns(input, lists);
  const { dossierStart, juror: jurorAt, score, normalisedScore, isJurorNormalised, jurorSortedScore, jurorStart } = columns;
  const criteria = columns.criteria;
  const dossiers = lists.dossiers;
  const D = dossiers.length;
  const topPlaces = Math.min(input.awardedPlaces, D);
  const steps = lists.steps;
  const basePooled = lists.pooled;
  const jurorStats = columns.jurors;
  const dossierAt = new Int32Array(columns.sheets.length);
  for (let d = 0; d < D; d += 1) dossierAt.fill(d, dossierStart[d]!, dossierStart[d + 1]!);
  const zAt = (position: number) => (score[position]! - jurorStats[jurorAt[position]!]!.mean) / jurorStats[jurorAt[position]!]!.standardDeviation;

  const { sortedScore: sortedRaw, sortedNormalisedScore: sortedNormalised } = columns;
  const isRegular = new Uint8Array(D);
  for (let d = 0; d < D && basePooled !== null; d += 1) {
    isRegular[d] = 1;
    for (let p = dossierStart[d]!; p < dossierStart[d + 1]!; p += 1) if (isJurorNormalised[jurorAt[p]!] === 0) isRegular[d] = 0;
  }
  // z-scores only where every sheet is normalised; elsewhere the slot is never read.
  const zs = new Float64Array(columns.sheets.length);
  for (let p = 0; p < zs.length; p += 1) zs[p] = isJurorNormalised[jurorAt[p]!] === 1 ? zAt(p) : 0;
  const sortedZ = sortEachDossier(dossierStart, zs, jurorAt);
  const meanZ = new Float64Array(D);
  for (let d = 0; d < D; d += 1) {
    let sum = 0;
    for (let p = dossierStart[d]!; p < dossierStart[d + 1]!; p += 1) sum += sortedZ.values[p]!;
    meanZ[d] = sum / (dossierStart[d + 1]! - dossierStart[d]!);
  }
  let largestZ = 0;
  for (let p = 0; p < sortedZ.values.length; p += 1) largestZ = Math.max(largestZ, Math.abs(sortedZ.values[p]!));
  if (counter) counter.visits += columns.sheets.length * 6;

  // Filled in a loop: Float64Array.from with a map function is ten times slower.
  const baseRaw = new Float64Array(D);
  const baseNormalised = new Float64Array(D);
  for (let d = 0; d < D; d += 1) {
    baseRaw[d] = dossiers[d]!.raw.mean;
    baseNormalised[d] = dossiers[d]!.normalised.mean;
  }
  const rawOrder = sortIndexesBy(baseRaw);
  const normalisedOrder = sortIndexesBy(baseNormalised);
  const zOrder = sortIndexesBy(meanZ, isRegular);
  const irregular: number[] = [];
  for (let d = 0; d < D; d += 1) if (isRegular[d] === 0) irregular.push(d);
  const baseCandidates = getRankingCandidates(lists);

  const poolRuns = getValueRuns(columns.pool);
  const sheetsByJuror = groupPositions(jurorAt, jurorStats.length);
  const removed = new Int32Array(poolRuns.values.length);
  const skip = new Uint8Array(D);
  // Buffers for every dossier, reused for each juror left out.
  const affected = new Int32Array(D);
  const raw = createSelection(D);
  const normalised = createSelection(D);

  const top = { raw: getTopPlaces(lists.raw, topPlaces), normalised: getTopPlaces(lists.normalised, topPlaces) };
  const changes: Record<RankingBasis, StabilityReport["changes"]> = { raw: [], normalised: [] };
  jurorStats.forEach(({ jurorId }, j) => {
    const poolChanged = basePooled !== null && isJurorNormalised[j] === 1;
    let pooled = basePooled;
    if (poolChanged) {
      // The juror's scores ascending meet the runs in order: one walk along both instead of a search per score.
      for (let i = jurorStart[j]!, run = 0; i < jurorStart[j + 1]!; i += 1) {
        while (poolRuns.values[run]! < jurorSortedScore[i]!) run += 1;
        removed[run]! += 1;
      }
      pooled = getRunStatistics(poolRuns, removed);
      removed.fill(0);
      if (counter) counter.visits += poolRuns.values.length * 2;
    }
    const normalisedAt = (position: number) =>
      !poolChanged ? normalisedScore[position]! : pooled === null || isJurorNormalised[jurorAt[position]!] === 0 ? score[position]! : pooled.mean + zAt(position) * pooled.standardDeviation;
    let affectedCount = 0;
    for (let i = sheetsByJuror.start[j]!; i < sheetsByJuror.start[j + 1]!; i += 1) {
      const d = dossierAt[sheetsByJuror.order[i]!]!;
      if (skip[d] === 0) affected[affectedCount++] = d;
      skip[d] = 1;
    }
    const changed = new Map<number, Record<RankingBasis, TieCandidate>>();
    /** The full result of a dossier this juror scored, built only when it is placed (or its mean needs it). */
    const changedAt = (d: number): Record<RankingBasis, TieCandidate> => {
      const cached = changed.get(d);
      if (cached) return cached;
      const own = columns.sheets.slice(dossierStart[d]!, dossierStart[d + 1]!).filter((s) => s.jurorId !== jurorId);
      const ownSheets: NormalisedSheet[] = [];
      for (let p = dossierStart[d]!; p < dossierStart[d + 1]!; p += 1) {
        if (jurorAt[p] !== j) ownSheets.push({ nominationId: dossiers[d]!.nominationId, jurorId: jurorStats[jurorAt[p]!]!.jurorId, score: score[p]!, normalisedScore: normalisedAt(p) });
      }
      const dossier = buildDossierResult(dossiers[d]!.nominationId, own, ownSheets, criteria, lists.spreadThreshold);
      const result = { raw: toCandidate(dossier, "raw", dossier.raw, steps), normalised: toCandidate(dossier, "normalised", dossier.normalised, steps) };
      changed.set(d, result);
      return result;
    };
    const statsOf = (d: number) => {
      if (isRegular[d] === 1 && pooled) return getMappedStatistics(sortedZ.values, dossierStart[d]!, dossierStart[d + 1]!, pooled.mean, pooled.standardDeviation);
      const values: number[] = [];
      for (let p = dossierStart[d]!; p < dossierStart[d + 1]!; p += 1) values.push(normalisedAt(p));
      return getScoreStatistics(values);
    };

    raw.length = 0;
    normalised.length = 0;
    for (let a = 0; a < affectedCount; a += 1) {
      const d = affected[a]!;
      const from = dossierStart[d]!;
      const to = dossierStart[d + 1]!;
      if (counter) counter.visits += to - from;
      const rawMean = getMeanWithout(sortedRaw, from, to, j);
      addToSelection(raw, d, rawMean);
      if (rawMean === -Infinity) addToSelection(normalised, d, -Infinity);
      else if (!poolChanged) addToSelection(normalised, d, getMeanWithout(sortedNormalised, from, to, j));
      else if (isRegular[d] === 1 && pooled) addToSelection(normalised, d, getMappedMeanWithout(sortedZ, from, to, j, pooled.mean, pooled.standardDeviation));
      else addToSelection(normalised, d, changedAt(d).normalised.score);
    }
    const rawStream: Stream = { order: rawOrder, estimate: (d) => baseRaw[d]!, exact: (d) => baseRaw[d]!, margin: 0 };
    let normalisedStream: Stream;
    if (!poolChanged) normalisedStream = { order: normalisedOrder, estimate: (d) => baseNormalised[d]!, exact: (d) => baseNormalised[d]!, margin: 0 };
    else if (pooled === null) normalisedStream = rawStream;
    else {
      const { mean, standardDeviation } = pooled;
      // Dossiers with a juror who falls back are not ordered by their mean z-score: they are scored one by one.
      for (const d of irregular) if (skip[d] === 0) addToSelection(normalised, d, statsOf(d).mean);
      if (counter) counter.visits += irregular.length;
      normalisedStream = {
        order: zOrder,
        estimate: (d) => mean + meanZ[d]! * standardDeviation,
        exact: (d) => statsOf(d).mean,
        // Rounding differences only: far below this, and a dossier within it is scored exactly.
        margin: 1e-7 * (1 + Math.abs(mean) + standardDeviation * (1 + largestZ)),
      };
    }

    const rawCut = selectTop(topPlaces, raw, skip, rawStream, counter);
    const rawTop = placeTop(topPlaces, raw, rawCut, (d) => (skip[d] === 1 ? changedAt(d).raw : baseCandidates.raw[d]!), input, steps);
    const normalisedCandidate = (d: number): TieCandidate => {
      if (skip[d] === 1) return changedAt(d).normalised;
      if (!poolChanged) return baseCandidates.normalised[d]!;
      return toCandidate(dossiers[d]!, "normalised", statsOf(d), steps);
    };
    const normalisedCut = selectTop(topPlaces, normalised, skip, normalisedStream, counter);
    const normalisedTop = placeTop(topPlaces, normalised, normalisedCut, normalisedCandidate, input, steps);
    for (let a = 0; a < affectedCount; a += 1) skip[affected[a]!] = 0;
    if (!isSameTop(rawTop, top.raw)) changes.raw.push({ jurorId, topWithout: rawTop });
    if (!isSameTop(normalisedTop, top.normalised)) changes.normalised.push({ jurorId, topWithout: normalisedTop });
  });
  const report = (basis: RankingBasis): StabilityReport => ({
    topPlaces,
    top: top[basis],
    jurorsChecked: lists.jurors.length,
    isStable: changes[basis].length === 0,
    changes: changes[basis],
  });
  return { raw: report("raw"), normalised: report("normalised") };
}
