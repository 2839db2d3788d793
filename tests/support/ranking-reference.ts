/**
 * The ranking as it was computed before issue 10 (sheets filtered per dossier, the whole ranking rebuilt per
 * juror left out): kept word for word as the reference the fast implementation must equal exactly. Tests only.
 */
import { normaliseSheetScores } from "@/lib/domain/ranking-normalisation";
import { compareIds, getMean, getScoreStatistics, getSheetScore, listCountedSheets, type RankingSheet, type RubricCriterion } from "@/lib/domain/ranking";
import { parseTieBreakChain, placeCandidates, type TieBreakToken } from "@/lib/domain/ranking-ties";
import type { CriterionBreakdown, DossierResult, RankingBasis, RankingInput, RankingList, RankingLists } from "@/lib/domain/ranking-lists";
import { getTopPlaces, type StabilityReport, type TopPlace } from "@/lib/domain/ranking-stability";

/** A spread of 2 on a 1–10 scale counts as strong disagreement; other scales get the same share of their range. */
const SPREAD_FLAG_SHARE = 2 / 9;

function getSheetScale(criteria: readonly RubricCriterion[]) {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  const min = criteria.reduce((sum, c) => sum + c.scaleMin * c.weight, 0) / weights;
  const max = criteria.reduce((sum, c) => sum + c.scaleMax * c.weight, 0) / weights;
  return { min, max };
}

function getCriterionBreakdown(sheets: readonly RankingSheet[], criterion: RubricCriterion): CriterionBreakdown {
  const values = sheets.map((s) => s.scores[criterion.id]!).sort((a, b) => a - b);
  return { criterionId: criterion.id, position: criterion.position, mean: getMean(values), min: values[0]!, max: values[values.length - 1]! };
}

/** The value a chain step compares, for one dossier in one ranking; higher is better. */
function getStepKey(step: TieBreakToken, dossier: DossierResult, basis: RankingBasis): number {
  if (step === "median") return dossier[basis].median;
  if (step === "top_marks") return dossier.topMarks;
  const position = Number(step.slice("criterion:".length));
  return dossier.criteria.find((c) => c.position === position)!.mean;
}

/** Computes both rankings; the result never depends on the order of the sheets. */
export function referenceBuildRankingLists(input: RankingInput): RankingLists {
  const criteria = [...input.criteria].sort((a, b) => a.position - b.position);
  const sheets = listCountedSheets(input.sheets);
  const scored = sheets.map((sheet) => ({ sheet, score: getSheetScore(sheet, criteria) }));
  const normalisation = normaliseSheetScores(scored.map(({ sheet, score }) => ({ nominationId: sheet.nominationId, jurorId: sheet.jurorId, score })));
  const scale = getSheetScale(criteria);
  const spreadThreshold = SPREAD_FLAG_SHARE * (scale.max - scale.min);

  const nominationIds = [...new Set(sheets.map((s) => s.nominationId))].sort(compareIds);
  const dossiers: DossierResult[] = nominationIds.map((nominationId) => {
    const own = sheets.filter((s) => s.nominationId === nominationId);
    const ownSheets = normalisation.sheets.filter((s) => s.nominationId === nominationId);
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
  });

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

function isSameTop(a: readonly TopPlace[], b: readonly TopPlace[]): boolean {
  return a.length === b.length && a.every((place, index) => place.nominationId === b[index]!.nominationId && place.place === b[index]!.place);
}

/** Checks both rankings' top places against leaving out each juror who has a counted sheet. */
export function referenceGetStability(input: RankingInput, lists: RankingLists): Record<RankingBasis, StabilityReport> {
  const jurorIds = lists.jurors.map((juror) => juror.jurorId);
  const topPlaces = Math.min(input.awardedPlaces, lists.dossiers.length);
  const without = jurorIds.map((jurorId) => ({
    jurorId,
    lists: referenceBuildRankingLists({ ...input, sheets: input.sheets.filter((sheet) => sheet.jurorId !== jurorId) }),
  }));
  const report = (basis: RankingBasis): StabilityReport => {
    const top = getTopPlaces(lists[basis], topPlaces);
    const changes = without
      .map(({ jurorId, lists: other }) => ({ jurorId, topWithout: getTopPlaces(other[basis], topPlaces) }))
      .filter((change) => !isSameTop(change.topWithout, top));
    return { topPlaces, top, jurorsChecked: jurorIds.length, isStable: changes.length === 0, changes };
  };
  return { raw: report("raw"), normalised: report("normalised") };
}
