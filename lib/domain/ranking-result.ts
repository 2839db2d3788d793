/**
 * The full result of an edition's ranking, as the deliberation shows it and the freeze seals it.
 * Pure: no database, no framework; plain JSON (numbers, strings, arrays), the same for the same input in any order.
 */
import { buildRankingLists, type DossierResult, type RankingBasis, type RankingInput, type RankingList } from "./ranking-lists";
import type { JurorNormalisation } from "./ranking-normalisation";
import { getStability, type StabilityReport } from "./ranking-stability";
import type { TieBreakToken } from "./ranking-ties";

export type { RankingBasis, RankingInput, RankingList, DossierResult } from "./ranking-lists";
export type { JurorNormalisation } from "./ranking-normalisation";
export type { ChairTieDecision, OpenTie, PlaceDecision, PlacedEntry, TieBreakToken } from "./ranking-ties";
export type { StabilityReport, TopPlace } from "./ranking-stability";

export interface RankingResult {
  /** The ranking the edition decides by: "normalised" when the edition says so, else "raw". Both are always here. */
  officialBasis: RankingBasis;
  raw: RankingList;
  normalised: RankingList;
  /** Per dossier (sorted by id): raw and normalised statistics, spread flag, top marks, criteria, sheets. */
  dossiers: DossierResult[];
  /** Per juror (sorted by id): their mean and spread, and whether they fall back to raw scores. */
  jurors: JurorNormalisation[];
  pooled: { mean: number; standardDeviation: number } | null;
  /** The chain as applied, and the declared steps that could not be (unknown, or a criterion not in the rubric). */
  tieBreakChain: TieBreakToken[];
  invalidTieBreakSteps: string[];
  /** The chair's decisions, and in which rankings each still decides a tie (none when the tie is gone). */
  tieDecisions: { id: number; orderedNominationIds: string[]; reason: string; appliesTo: RankingBasis[] }[];
  stability: Record<RankingBasis, StabilityReport>;
  scale: { min: number; max: number };
  /** The standard deviation from which a dossier's spread is flagged. */
  spreadThreshold: number;
}

/** Computes everything the deliberation needs from the countable sheets, the rubric and the edition's settings. */
export function computeRanking(input: RankingInput): RankingResult {
  const lists = buildRankingLists(input);
  const appliesTo = (decisionId: number): RankingBasis[] =>
    (["raw", "normalised"] as const).filter((basis) => lists[basis].openTies.some((tie) => tie.decisionId === decisionId));
  return {
    officialBasis: input.isNormalised ? "normalised" : "raw",
    raw: lists.raw,
    normalised: lists.normalised,
    dossiers: lists.dossiers,
    jurors: lists.jurors,
    pooled: lists.pooled,
    tieBreakChain: lists.steps,
    invalidTieBreakSteps: lists.invalidSteps,
    tieDecisions: [...input.tieDecisions]
      .sort((a, b) => a.id - b.id)
      .map((d) => ({ id: d.id, orderedNominationIds: [...d.orderedNominationIds], reason: d.reason, appliesTo: appliesTo(d.id) })),
    stability: getStability(input, lists),
    scale: lists.scale,
    spreadThreshold: lists.spreadThreshold,
  };
}

/** The official ranking of a result: the one awards and the freeze follow. */
export function getOfficialList(result: RankingResult): RankingList {
  return result[result.officialBasis];
}
