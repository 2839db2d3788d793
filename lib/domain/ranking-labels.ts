/**
 * How the deliberation and the exports put the ranking into words, in one place so both say the same.
 * Pure: no database, no framework.
 */
import type { RankingBasis } from "./ranking-lists";
import type { NormalisationFallback } from "./ranking-normalisation";
import type { PlaceDecision, TieBreakToken, TieDeciderRole } from "./ranking-ties";
import { describeTieBreakStepInWords } from "./tie-break-words";

export const BASIS_LABELS: Record<RankingBasis, string> = { raw: "Raw", normalised: "Normalised" };

/** A chain step as a person reads it, e.g. "the score on criterion 1". */
export function describeTieBreakStep(step: TieBreakToken): string {
  return describeTieBreakStepInWords(step);
}

/** Who recorded a decision, as a sentence names them. */
export const TIE_DECIDER_LABELS: Record<TieDeciderRole, string> = { chair: "the chair", secretariat: "the secretariat" };

/**
 * What decided a dossier's place: empty when its score alone did. A recorded decision names who made it, looked
 * up by its id (the chair's unless the secretariat's is on record).
 */
export function describePlaceDecision(decision: PlaceDecision, deciderRoles: ReadonlyMap<number, TieDeciderRole> = new Map()): string {
  switch (decision.by) {
    case "score":
      return "";
    case "chain":
      return `tie broken by ${describeTieBreakStep(decision.step)}`;
    case "chair":
      return `decided by ${TIE_DECIDER_LABELS[deciderRoles.get(decision.decisionId) ?? "chair"]}: ${decision.reason}`;
    case "unresolved":
      return "tied: awaiting the chair's decision";
  }
}

/** Whether a juror's scores were normalised, and if not, why. */
export function describeNormalisation(fallback: NormalisationFallback | null): string {
  if (fallback === "too_few_sheets") return "raw scores: fewer than 2 sheets";
  if (fallback === "no_spread") return "raw scores: the same score for every dossier";
  return "normalised";
}
