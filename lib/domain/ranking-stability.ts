/**
 * Stability of the top places: would they change if any single juror were left out? Pure: no database, no
 * framework. The result equals removing each juror's sheets in turn and computing the whole ranking again
 * (normalisation, chain and the chair's decisions included), but it is computed incrementally: leaving a juror
 * out changes only the dossiers they scored and, when that juror was normalised, the pooled mean and spread (so
 * every normalised score). Only the dossiers that can reach the top places are placed again.
 */
import { getMean, getScoreStatistics, getStandardDeviation, isSameScore, listCountedSheets, type RankingSheet } from "./ranking";
import { buildDossierResult, getStepKey, groupBy, type DossierResult, type RankingBasis, type RankingInput, type RankingList, type RankingLists, type WorkCounter } from "./ranking-lists";
import type { NormalisedSheet } from "./ranking-normalisation";
import { placeCandidates, type TieCandidate } from "./ranking-ties";

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

/** The lowest score that can still reach the first `count` places: a tie run at the edge is never cut. */
export function getCutScore(scores: Float64Array, count: number): number {
  const sorted = Float64Array.from(scores).sort().reverse();
  let last = Math.min(count, sorted.length) - 1;
  while (last + 1 < sorted.length && isSameScore(sorted[last]!, sorted[last + 1]!)) last += 1;
  return sorted[last]!;
}

/**
 * The top places: only the dossiers scoring at least the cut are placed, so the places equal those of the full
 * list (the full list's order starts with exactly these dossiers, and the chain only compares within tie runs).
 */
function placeTop(scores: Float64Array, count: number, candidateAt: (index: number) => TieCandidate, input: RankingInput, steps: RankingLists["steps"]): TopPlace[] {
  if (count <= 0) return [];
  const cut = getCutScore(scores, count);
  const best: TieCandidate[] = [];
  for (let index = 0; index < scores.length; index += 1) if (scores[index]! >= cut && scores[index] !== -Infinity) best.push(candidateAt(index));
  const { entries } = placeCandidates(best, steps, input.tieDecisions);
  return entries.filter((entry) => entry.place <= count).map(({ nominationId, place }) => ({ nominationId, place }));
}

function toCandidate(dossier: DossierResult, basis: RankingBasis, stats: { mean: number; median: number }, steps: RankingLists["steps"]): TieCandidate {
  return { nominationId: dossier.nominationId, score: stats.mean, keys: steps.map((step) => (step === "median" ? stats.median : getStepKey(step, dossier, basis))) };
}

/** Mean and median of a dossier's mapped scores μ + z × σ, from its z-scores sorted ascending (the map keeps order). */
function getMappedStatistics({ values: zs }: SortedValues, mean: number, spread: number) {
  let sum = 0;
  for (let index = 0; index < zs.length; index += 1) sum += mean + zs[index]! * spread;
  const middle = Math.floor(zs.length / 2);
  const at = (index: number) => mean + zs[index]! * spread;
  return { mean: sum / zs.length, median: zs.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2 };
}

/** A dossier's values sorted ascending with the juror of each, so that leaving one out keeps the order. */
interface SortedValues {
  values: Float64Array;
  jurors: Int32Array;
}

function sortValues(pairs: { jurorId: number; value: number }[]): SortedValues {
  pairs.sort((a, b) => a.value - b.value);
  return { values: Float64Array.from(pairs, (p) => p.value), jurors: Int32Array.from(pairs, (p) => p.jurorId) };
}

/** The mean without one juror, summed in ascending order like getMean over the sorted values (−∞ when none is left). */
function getMeanWithout(sorted: SortedValues, jurorId: number, map: (value: number) => number = (value) => value): number {
  let sum = 0;
  let count = 0;
  for (let index = 0; index < sorted.values.length; index += 1) {
    if (sorted.jurors[index] === jurorId) continue;
    sum += map(sorted.values[index]!);
    count += 1;
  }
  return count === 0 ? -Infinity : sum / count;
}

/** Checks both rankings' top places against leaving out each juror who has a counted sheet. */
export function getStability(input: RankingInput, lists: RankingLists, counter?: WorkCounter): Record<RankingBasis, StabilityReport> {
  const criteria = [...input.criteria].sort((a, b) => a.position - b.position);
  const topPlaces = Math.min(input.awardedPlaces, lists.dossiers.length);
  const steps = lists.steps;
  const jurorById = new Map(lists.jurors.map((juror) => [juror.jurorId, juror]));
  const isNormalised = (jurorId: number) => lists.pooled !== null && jurorById.get(jurorId)!.fallback === null;
  const zOf = (jurorId: number, score: number) => (score - jurorById.get(jurorId)!.mean) / jurorById.get(jurorId)!.standardDeviation;
  const ownByDossier = groupBy(listCountedSheets(input.sheets), (s) => s.nominationId, counter);
  const dossiers = lists.dossiers;
  const indexesByJuror = new Map<number, number[]>();
  const pool: { jurorId: number; score: number }[] = [];
  // Per dossier, its raw, normalised and z-scores sorted (z null when one of its sheets falls back to raw).
  const sortedRaw: SortedValues[] = [];
  const sortedNormalised: SortedValues[] = [];
  const sortedZs: (SortedValues | null)[] = [];
  dossiers.forEach((dossier, index) => {
    for (const sheet of dossier.sheets) {
      if (counter) counter.visits += 1;
      const list = indexesByJuror.get(sheet.jurorId);
      if (list) list.push(index);
      else indexesByJuror.set(sheet.jurorId, [index]);
      if (isNormalised(sheet.jurorId)) pool.push({ jurorId: sheet.jurorId, score: sheet.score });
    }
    sortedRaw.push(sortValues(dossier.sheets.map((s) => ({ jurorId: s.jurorId, value: s.score }))));
    sortedNormalised.push(sortValues(dossier.sheets.map((s) => ({ jurorId: s.jurorId, value: s.normalisedScore }))));
    const allNormalised = dossier.sheets.every((sheet) => isNormalised(sheet.jurorId));
    sortedZs.push(allNormalised ? sortValues(dossier.sheets.map((s) => ({ jurorId: s.jurorId, value: zOf(s.jurorId, s.score) }))) : null);
  });
  pool.sort((a, b) => a.score - b.score);
  const baseCandidates = {
    raw: dossiers.map((dossier) => toCandidate(dossier, "raw", dossier.raw, steps)),
    normalised: dossiers.map((dossier) => toCandidate(dossier, "normalised", dossier.normalised, steps)),
  };
  const baseScores = { raw: Float64Array.from(dossiers, (d) => d.raw.mean), normalised: Float64Array.from(dossiers, (d) => d.normalised.mean) };

  const top = { raw: getTopPlaces(lists.raw, topPlaces), normalised: getTopPlaces(lists.normalised, topPlaces) };
  const changes: Record<RankingBasis, StabilityReport["changes"]> = { raw: [], normalised: [] };
  for (const { jurorId } of lists.jurors) {
    const poolChanged = isNormalised(jurorId);
    let pooled = lists.pooled;
    if (poolChanged) {
      const values = pool.filter((p) => p.jurorId !== jurorId).map((p) => p.score);
      if (counter) counter.visits += pool.length;
      pooled = values.length === 0 ? null : { mean: getMean(values), standardDeviation: getStandardDeviation(values) };
    }
    const normalisedScore = (sheet: { jurorId: number; score: number; normalisedScore: number }) =>
      !poolChanged ? sheet.normalisedScore : pooled === null || !isNormalised(sheet.jurorId) ? sheet.score : pooled.mean + zOf(sheet.jurorId, sheet.score) * pooled.standardDeviation;
    const scores = { raw: Float64Array.from(baseScores.raw), normalised: Float64Array.from(baseScores.normalised) };
    const changed = new Map<number, Record<RankingBasis, TieCandidate>>();
    /** The full result of a dossier this juror scored, built only when it is placed (or its mean needs it). */
    const changedAt = (index: number): Record<RankingBasis, TieCandidate> => {
      const cached = changed.get(index);
      if (cached) return cached;
      const base = dossiers[index]!;
      const own: RankingSheet[] = ownByDossier.get(base.nominationId)!.filter((s) => s.jurorId !== jurorId);
      const ownSheets: NormalisedSheet[] = base.sheets
        .filter((s) => s.jurorId !== jurorId)
        .map((s) => ({ nominationId: base.nominationId, jurorId: s.jurorId, score: s.score, normalisedScore: normalisedScore(s) }));
      const dossier = buildDossierResult(base.nominationId, own, ownSheets, criteria, lists.spreadThreshold);
      const result = { raw: toCandidate(dossier, "raw", dossier.raw, steps), normalised: toCandidate(dossier, "normalised", dossier.normalised, steps) };
      changed.set(index, result);
      return result;
    };
    const affected = new Set(indexesByJuror.get(jurorId) ?? []);
    for (const index of affected) {
      if (counter) counter.visits += dossiers[index]!.sheets.length;
      scores.raw[index] = getMeanWithout(sortedRaw[index]!, jurorId);
      const zs = sortedZs[index];
      if (scores.raw[index] === -Infinity) scores.normalised[index] = -Infinity;
      else if (!poolChanged) scores.normalised[index] = getMeanWithout(sortedNormalised[index]!, jurorId);
      else if (zs && pooled) scores.normalised[index] = getMeanWithout(zs, jurorId, (z) => pooled!.mean + z * pooled!.standardDeviation);
      else scores.normalised[index] = changedAt(index).normalised.score;
    }
    const statsOf = (index: number) => {
      const zs = sortedZs[index];
      if (zs && pooled) return getMappedStatistics(zs, pooled.mean, pooled.standardDeviation);
      return getScoreStatistics(dossiers[index]!.sheets.map(normalisedScore));
    };
    if (poolChanged) {
      for (let index = 0; index < dossiers.length; index += 1) {
        if (affected.has(index) || scores.normalised[index] === -Infinity) continue;
        if (counter) counter.visits += dossiers[index]!.sheets.length;
        scores.normalised[index] = statsOf(index).mean;
      }
    }
    const candidateAt = (basis: RankingBasis) => (index: number) => {
      if (affected.has(index)) return changedAt(index)[basis];
      if (basis === "normalised" && poolChanged) return toCandidate(dossiers[index]!, basis, statsOf(index), steps);
      return baseCandidates[basis][index]!;
    };
    for (const basis of ["raw", "normalised"] as const) {
      const topWithout = placeTop(scores[basis], topPlaces, candidateAt(basis), input, steps);
      if (!isSameTop(topWithout, top[basis])) changes[basis].push({ jurorId, topWithout });
    }
  }
  const report = (basis: RankingBasis): StabilityReport => ({
    topPlaces,
    top: top[basis],
    jurorsChecked: lists.jurors.length,
    isStable: changes[basis].length === 0,
    changes: changes[basis],
  });
  return { raw: report("raw"), normalised: report("normalised") };
}
