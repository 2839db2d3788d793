/**
 * The raw and the normalised ranking of an edition, with each dossier's statistics and per-criterion breakdown.
 * Pure: no database, no framework. ranking-result.ts adds stability and the chair's decisions on top.
 */
import { buildRankingColumns, getSliceDeviation, getSliceMean, type RankingColumns } from "./ranking-columns";
import type { JurorNormalisation, NormalisedSheet } from "./ranking-normalisation";
import { getMean, getScoreStatistics, type RankingSheet, type RubricCriterion, type ScoreStatistics } from "./ranking";
import { parseTieBreakChain, placeCandidates, type ChairTieDecision, type OpenTie, type PlacedEntry, type TieBreakToken, type TieCandidate } from "./ranking-ties";

export interface RankingInput {
  criteria: readonly RubricCriterion[];
  /** Countable sheets only: submitted, by voting jurors, never conflicted. Excluded ones are ignored. */
  sheets: readonly RankingSheet[];
  /** The edition's declared chain, e.g. ["median", "criterion:1", "top_marks"]. */
  tieBreakChain: readonly string[];
  tieDecisions: readonly ChairTieDecision[];
  /** How many places are awarded (the top places checked for stability). */
  awardedPlaces: number;
  /** Whether the normalised ranking is the edition's official one (both are always computed). */
  isNormalised: boolean;
}

export type RankingBasis = "raw" | "normalised";

export interface CriterionBreakdown {
  criterionId: number;
  position: number;
  mean: number;
  min: number;
  max: number;
}

export interface DossierSheet {
  jurorId: number;
  /** The juror's weighted mean over the criteria. */
  score: number;
  /** The same after normalisation (equal to score when the juror falls back to raw scores). */
  normalisedScore: number;
}

export interface DossierResult {
  nominationId: string;
  raw: ScoreStatistics;
  normalised: ScoreStatistics;
  /** The jurors disagree strongly: the raw spread reaches the edition's threshold. */
  isSpreadFlagged: boolean;
  /** How many criterion scores equal their criterion's scale maximum. */
  topMarks: number;
  criteria: CriterionBreakdown[];
  /** Sorted by juror. */
  sheets: DossierSheet[];
}

export interface RankingList {
  basis: RankingBasis;
  entries: PlacedEntry[];
  openTies: OpenTie[];
}

export interface RankingLists {
  raw: RankingList;
  normalised: RankingList;
  jurors: JurorNormalisation[];
  pooled: { mean: number; standardDeviation: number } | null;
  dossiers: DossierResult[];
  steps: TieBreakToken[];
  invalidSteps: string[];
  /** The lowest and highest possible sheet score (the weighted means of the criteria's scale ends). */
  scale: { min: number; max: number };
  spreadThreshold: number;
}

/** A spread of 2 on a 1–10 scale counts as strong disagreement; other scales get the same share of their range. */
export const SPREAD_FLAG_SHARE = 2 / 9;

function getSheetScale(criteria: readonly RubricCriterion[]) {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  const min = criteria.reduce((sum, c) => sum + c.scaleMin * c.weight, 0) / weights;
  const max = criteria.reduce((sum, c) => sum + c.scaleMax * c.weight, 0) / weights;
  return { min, max };
}

/** Counts the work done, for the test that checks it grows like S log S and not like D × S. */
export interface WorkCounter {
  visits: number;
}

function getCriterionBreakdown(sheets: readonly RankingSheet[], criterion: RubricCriterion): CriterionBreakdown {
  const values = sheets.map((s) => s.scores[criterion.id]!).sort((a, b) => a - b);
  return { criterionId: criterion.id, position: criterion.position, mean: getMean(values), min: values[0]!, max: values[values.length - 1]! };
}

/** The value a chain step compares, for one dossier in one ranking; higher is better. */
export function getStepKey(step: TieBreakToken, dossier: DossierResult, basis: RankingBasis): number {
  if (step === "median") return dossier[basis].median;
  if (step === "top_marks") return dossier.topMarks;
  const position = Number(step.slice("criterion:".length));
  return dossier.criteria.find((c) => c.position === position)!.mean;
}

/** One dossier's result from its own sheets (any order) and their normalised scores (sorted by juror). */
export function buildDossierResult(
  nominationId: string,
  own: readonly RankingSheet[],
  ownSheets: readonly NormalisedSheet[],
  criteria: readonly RubricCriterion[],
  spreadThreshold: number,
): DossierResult {
  const raw = getScoreStatistics(ownSheets.map((s) => s.score));
  return {
    nominationId,
    raw,
    normalised: getScoreStatistics(ownSheets.map((s) => s.normalisedScore)),
    isSpreadFlagged: raw.standardDeviation >= spreadThreshold - 1e-9,
    topMarks: own.reduce((count, s) => count + criteria.filter((c) => s.scores[c.id] === c.scaleMax).length, 0),
    criteria: criteria.map((criterion) => getCriterionBreakdown(own, criterion)),
    sheets: ownSheets.map(({ jurorId, score, normalisedScore }) => ({ jurorId, score, normalisedScore })),
  };
}

/** Statistics of sorted[from, to), with the operations and order of getScoreStatistics (so equal bit for bit). */
function getSortedStatistics(sorted: Float64Array, from: number, to: number): ScoreStatistics {
  const count = to - from;
  const middle = from + Math.floor(count / 2);
  return {
    mean: getSliceMean(sorted, from, to),
    median: count % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2,
    standardDeviation: getSliceDeviation(sorted, from, to),
    min: sorted[from]!,
    max: sorted[to - 1]!,
    sheetCount: count,
  };
}

/**
 * Mean, min and max of criterion c over sheets [from, to). getCriterionBreakdown sums in ascending order; integer
 * sums are exact in any order, so then a scan gives the same bits; other values are sorted into the scratch array.
 */
function getColumnBreakdown(columns: RankingColumns, c: number, from: number, to: number, scratch: Float64Array): CriterionBreakdown {
  const { values } = columns;
  const { id: criterionId, position } = columns.criteria[c]!;
  const C = columns.criteria.length;
  if (columns.areCriterionSumsExact) {
    let sum = 0;
    let min = values[from * C + c]!;
    let max = min;
    for (let at = from; at < to; at += 1) {
      const value = values[at * C + c]!;
      sum += value;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    return { criterionId, position, mean: sum / (to - from), min, max };
  }
  const sorted = scratch.subarray(0, to - from);
  for (let at = from; at < to; at += 1) sorted[at - from] = values[at * C + c]!;
  sorted.sort();
  return { criterionId, position, mean: getSliceMean(sorted, 0, sorted.length), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function buildDossierResults(columns: RankingColumns, spreadThreshold: number, counter?: WorkCounter): DossierResult[] {
  const { criteria, dossierStart, values, score, normalisedScore, juror, sortedScore, sortedNormalisedScore } = columns;
  const C = criteria.length;
  const scaleMax = criteria.map((criterion) => criterion.scaleMax);
  const jurorIds = columns.jurors.map((j) => j.jurorId);
  let largest = 0;
  for (let d = 0; d + 1 < dossierStart.length; d += 1) largest = Math.max(largest, dossierStart[d + 1]! - dossierStart[d]!);
  const scratch = new Float64Array(columns.areCriterionSumsExact ? 0 : largest);
  return columns.nominationIds.map((nominationId, d) => {
    const from = dossierStart[d]!;
    const to = dossierStart[d + 1]!;
    // Each sheet is read twice per criterion and four times more; a breakdown's typed sort counts as n log n.
    if (counter) counter.visits += (to - from) * (2 * C + 4) + (columns.areCriterionSumsExact ? 0 : C * Math.ceil((to - from) * Math.log2(to - from + 1)));
    const raw = getSortedStatistics(sortedScore.values, from, to);
    let topMarks = 0;
    for (let position = from; position < to; position += 1) {
      for (let c = 0; c < C; c += 1) if (values[position * C + c] === scaleMax[c]) topMarks += 1;
    }
    const breakdown = criteria.map((_, c) => getColumnBreakdown(columns, c, from, to, scratch));
    const own = new Array<DossierSheet>(to - from);
    for (let position = from; position < to; position += 1) own[position - from] = { jurorId: jurorIds[juror[position]!]!, score: score[position]!, normalisedScore: normalisedScore[position]! };
    return {
      nominationId,
      raw,
      normalised: getSortedStatistics(sortedNormalisedScore.values, from, to),
      isSpreadFlagged: raw.standardDeviation >= spreadThreshold - 1e-9,
      topMarks,
      criteria: breakdown,
      sheets: own,
    };
  });
}

/** Each dossier as placeCandidates takes it, in dossier order: its mean in one ranking and its chain's keys. */
function listCandidates(dossiers: readonly DossierResult[], steps: readonly TieBreakToken[], basis: RankingBasis): TieCandidate[] {
  return dossiers.map((dossier) => ({ nominationId: dossier.nominationId, score: dossier[basis].mean, keys: steps.map((step) => getStepKey(step, dossier, basis)) }));
}

/** What each built list was computed from, for getStability to reuse without building it again. */
const builtFrom = new WeakMap<RankingLists, { columns: RankingColumns; candidates: Record<RankingBasis, TieCandidate[]> }>();

/** The columns behind lists built by buildRankingLists, or built again from the input for lists made elsewhere. */
export function getRankingColumns(input: RankingInput, lists: RankingLists): RankingColumns {
  return builtFrom.get(lists)?.columns ?? buildRankingColumns(input.sheets, [...input.criteria].sort((a, b) => a.position - b.position));
}

/** The candidates both lists were placed from (never changed by placing them), or made again from the lists' dossiers. */
export function getRankingCandidates(lists: RankingLists): Record<RankingBasis, TieCandidate[]> {
  return builtFrom.get(lists)?.candidates ?? { raw: listCandidates(lists.dossiers, lists.steps, "raw"), normalised: listCandidates(lists.dossiers, lists.steps, "normalised") };
}

/**
 * Computes both rankings; the result never depends on the order of the sheets. Sheets are grouped once by dossier
 * and juror (counting sorts over integer indexes), so the work is O(S log S); `counter`, when given, counts the
 * sheet visits and comparisons.
 */
export function buildRankingLists(input: RankingInput, counter?: WorkCounter): RankingLists {
  const criteria = [...input.criteria].sort((a, b) => a.position - b.position);
  const columns = buildRankingColumns(input.sheets, criteria, counter);
  const scale = getSheetScale(criteria);
  const spreadThreshold = SPREAD_FLAG_SHARE * (scale.max - scale.min);
  const dossiers = buildDossierResults(columns, spreadThreshold, counter);

  const { steps, invalid } = parseTieBreakChain(input.tieBreakChain, criteria.map((c) => c.position));
  const candidates = { raw: listCandidates(dossiers, steps, "raw"), normalised: listCandidates(dossiers, steps, "normalised") };
  const rank = (basis: RankingBasis): RankingList => ({ basis, ...placeCandidates(candidates[basis], steps, input.tieDecisions, counter) });

  const lists: RankingLists = {
    raw: rank("raw"),
    normalised: rank("normalised"),
    jurors: columns.jurors,
    pooled: columns.pooled,
    dossiers,
    steps,
    invalidSteps: invalid,
    scale,
    spreadThreshold,
  };
  builtFrom.set(lists, { columns, candidates });
  return lists;
}
