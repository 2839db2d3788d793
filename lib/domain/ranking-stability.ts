/**
 * Stability of the top places: would they change if any single juror were left out? Pure: no database, no
 * framework. The result equals removing each juror's sheets in turn and computing the whole ranking again
 * (normalisation, chain and the chair's decisions included), but it is computed incrementally: leaving a juror
 * out changes only the dossiers they scored and, when that juror was normalised, the pooled mean and spread (so
 * every normalised score). Only the dossiers that can reach the top places are placed again.
 */
import { getMean, getScoreStatistics, getStandardDeviation, isSameScore, listCountedSheets, type RankingSheet, type ScoreStatistics } from "./ranking";
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

/**
 * The top places of some candidates. Only the best ones are placed: the first `count` by score, extended while the
 * next score ties with the previous one (a tie run is never cut), so the places equal those of the full list.
 */
export function placeTop(candidates: readonly TieCandidate[], count: number, input: RankingInput, steps: RankingLists["steps"]): TopPlace[] {
  if (count <= 0 || candidates.length === 0) return [];
  const scores = Float64Array.from(candidates, (c) => c.score).sort().reverse();
  let last = Math.min(count, scores.length) - 1;
  while (last + 1 < scores.length && isSameScore(scores[last]!, scores[last + 1]!)) last += 1;
  const cut = scores[last]!;
  const best = candidates.filter((c) => c.score >= cut);
  const { entries } = placeCandidates(best, steps, input.tieDecisions);
  return entries.filter((entry) => entry.place <= count).map(({ nominationId, place }) => ({ nominationId, place }));
}

function toCandidate(dossier: DossierResult, basis: RankingBasis, stats: ScoreStatistics, steps: RankingLists["steps"]): TieCandidate {
  return { nominationId: dossier.nominationId, score: stats.mean, keys: steps.map((step) => (step === "median" ? stats.median : getStepKey(step, dossier, basis))) };
}

/** Checks both rankings' top places against leaving out each juror who has a counted sheet. */
export function getStability(input: RankingInput, lists: RankingLists, counter?: WorkCounter): Record<RankingBasis, StabilityReport> {
  const criteria = [...input.criteria].sort((a, b) => a.position - b.position);
  const topPlaces = Math.min(input.awardedPlaces, lists.dossiers.length);
  const jurorById = new Map(lists.jurors.map((juror) => [juror.jurorId, juror]));
  const isNormalised = (jurorId: number) => lists.pooled !== null && jurorById.get(jurorId)!.fallback === null;
  const ownByDossier = groupBy(listCountedSheets(input.sheets), (s) => s.nominationId, counter);
  const dossiersByJuror = new Map<number, DossierResult[]>();
  const pool: { jurorId: number; score: number }[] = [];
  for (const dossier of lists.dossiers) {
    for (const sheet of dossier.sheets) {
      if (counter) counter.visits += 1;
      const list = dossiersByJuror.get(sheet.jurorId);
      if (list) list.push(dossier);
      else dossiersByJuror.set(sheet.jurorId, [dossier]);
      if (isNormalised(sheet.jurorId)) pool.push({ jurorId: sheet.jurorId, score: sheet.score });
    }
  }
  pool.sort((a, b) => a.score - b.score);
  const zOf = (jurorId: number, score: number) => (score - jurorById.get(jurorId)!.mean) / jurorById.get(jurorId)!.standardDeviation;

  const top = { raw: getTopPlaces(lists.raw, topPlaces), normalised: getTopPlaces(lists.normalised, topPlaces) };
  const changes: Record<RankingBasis, StabilityReport["changes"]> = { raw: [], normalised: [] };
  for (const { jurorId } of lists.jurors) {
    const affected = new Set((dossiersByJuror.get(jurorId) ?? []).map((d) => d.nominationId));
    const poolChanged = isNormalised(jurorId);
    let pooled = lists.pooled;
    if (poolChanged) {
      const values = pool.filter((p) => p.jurorId !== jurorId).map((p) => p.score);
      pooled = values.length === 0 ? null : { mean: getMean(values), standardDeviation: getStandardDeviation(values) };
    }
    const normalisedScore = (sheet: { jurorId: number; score: number; normalisedScore: number }) =>
      !poolChanged ? sheet.normalisedScore : pooled === null || !isNormalised(sheet.jurorId) ? sheet.score : pooled.mean + zOf(sheet.jurorId, sheet.score) * pooled.standardDeviation;
    const candidates: Record<RankingBasis, TieCandidate[]> = { raw: [], normalised: [] };
    for (const base of lists.dossiers) {
      if (counter) counter.visits += 1;
      let dossier = base;
      if (affected.has(base.nominationId)) {
        const own: RankingSheet[] = ownByDossier.get(base.nominationId)!.filter((s) => s.jurorId !== jurorId);
        if (own.length === 0) continue;
        const ownSheets: NormalisedSheet[] = base.sheets
          .filter((s) => s.jurorId !== jurorId)
          .map((s) => ({ nominationId: base.nominationId, jurorId: s.jurorId, score: s.score, normalisedScore: normalisedScore(s) }));
        dossier = buildDossierResult(base.nominationId, own, ownSheets, criteria, lists.spreadThreshold);
        candidates.normalised.push(toCandidate(dossier, "normalised", dossier.normalised, lists.steps));
      } else if (poolChanged) {
        if (counter) counter.visits += base.sheets.length;
        candidates.normalised.push(toCandidate(dossier, "normalised", getScoreStatistics(base.sheets.map(normalisedScore)), lists.steps));
      } else {
        candidates.normalised.push(toCandidate(dossier, "normalised", dossier.normalised, lists.steps));
      }
      candidates.raw.push(toCandidate(dossier, "raw", dossier.raw, lists.steps));
    }
    for (const basis of ["raw", "normalised"] as const) {
      const topWithout = placeTop(candidates[basis], topPlaces, input, lists.steps);
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
