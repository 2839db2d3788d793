/**
 * The raw and the normalised ranking of an edition, with each dossier's statistics and per-criterion breakdown.
 * Pure: no database, no framework. ranking-result.ts adds stability and the chair's decisions on top.
 */
import { normaliseSheetScores, type JurorNormalisation, type NormalisedSheet } from "./ranking-normalisation";
import { compareIds, getMean, getScoreStatistics, getSheetScore, listCountedSheets, type RankingSheet, type RubricCriterion, type ScoreStatistics } from "./ranking";
import { parseTieBreakChain, placeCandidates, type ChairTieDecision, type OpenTie, type PlacedEntry, type TieBreakToken } from "./ranking-ties";

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

/** Puts items in buckets by key in one pass (a Map), keeping their order inside each bucket. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K, counter?: WorkCounter): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    if (counter) counter.visits += 1;
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Computes both rankings; the result never depends on the order of the sheets. Sheets are grouped once by dossier
 * (Maps), so the work is O(S log S); `counter`, when given, counts the sheet visits and comparisons.
 */
export function buildRankingLists(input: RankingInput, counter?: WorkCounter): RankingLists {
  const criteria = [...input.criteria].sort((a, b) => a.position - b.position);
  const sheets = listCountedSheets(input.sheets);
  const scored = sheets.map((sheet) => ({ sheet, score: getSheetScore(sheet, criteria) }));
  const normalisation = normaliseSheetScores(scored.map(({ sheet, score }) => ({ nominationId: sheet.nominationId, jurorId: sheet.jurorId, score })));
  const scale = getSheetScale(criteria);
  const spreadThreshold = SPREAD_FLAG_SHARE * (scale.max - scale.min);

  const ownByDossier = groupBy(sheets, (s) => s.nominationId, counter);
  // normalisation.sheets is sorted by dossier then juror, so each bucket stays sorted by juror.
  const normalisedByDossier = groupBy(normalisation.sheets, (s) => s.nominationId, counter);
  const nominationIds = [...ownByDossier.keys()].sort((a, b) => {
    if (counter) counter.visits += 1;
    return compareIds(a, b);
  });
  const dossiers = nominationIds.map((id) => buildDossierResult(id, ownByDossier.get(id)!, normalisedByDossier.get(id)!, criteria, spreadThreshold));

  const { steps, invalid } = parseTieBreakChain(input.tieBreakChain, criteria.map((c) => c.position));
  const rank = (basis: RankingBasis): RankingList => {
    const candidates = dossiers.map((dossier) => ({
      nominationId: dossier.nominationId,
      score: dossier[basis].mean,
      keys: steps.map((step) => getStepKey(step, dossier, basis)),
    }));
    return { basis, ...placeCandidates(candidates, steps, input.tieDecisions) };
  };

  return {
    raw: rank("raw"),
    normalised: rank("normalised"),
    jurors: normalisation.jurors,
    pooled: normalisation.pooled,
    dossiers,
    steps,
    invalidSteps: invalid,
    scale,
    spreadThreshold,
  };
}
