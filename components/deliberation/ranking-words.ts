import { useTranslations } from "next-intl";
import type { RankingBasis } from "@/lib/domain/ranking-lists";
import type { NormalisationFallback } from "@/lib/domain/ranking-normalisation";
import type { PlaceDecision, TieDeciderRole } from "@/lib/domain/ranking-ties";

/**
 * The ranking in words in the page's language, as lib/domain/ranking-labels says it in English for the exports:
 * the bases, what decided a place, the tie-break chain and each juror's normalisation.
 */
export function useRankingWords() {
  const t = useTranslations("deliberation.words");
  const describeStep = (token: string): string => {
    if (token === "median") return t("median");
    if (token === "top_marks") return t("topMarks");
    const criterion = /^criterion:(\d+)$/.exec(token);
    return criterion ? t("criterionScore", { position: criterion[1]! }) : t("unknownStep");
  };
  const describeDecider = (role: TieDeciderRole): string => t(role === "chair" ? "theChair" : "theSecretariat");
  return {
    /** "Raw" or "Normalised", as a list's heading starts. */
    basis: (basis: RankingBasis): string => t(basis === "raw" ? "raw" : "normalised"),
    /** "raw" or "normalised" within a sentence. */
    basisInSentence: (basis: RankingBasis): string => t(basis === "raw" ? "rawInSentence" : "normalisedInSentence"),
    describeStep,
    describeDecider,
    describeChain: (chain: readonly string[]): string => (chain.length === 0 ? t("noChain") : chain.map(describeStep).join(t("then"))),
    /** What decided a dossier's place: empty when its score alone did. */
    describePlace: (decision: PlaceDecision, deciderRoles: ReadonlyMap<number, TieDeciderRole> = new Map()): string => {
      switch (decision.by) {
        case "score":
          return "";
        case "chain":
          return t("brokenBy", { step: describeStep(decision.step) });
        case "chair":
          return t("decidedBy", { decider: describeDecider(deciderRoles.get(decision.decisionId) ?? "chair"), reason: decision.reason });
        case "unresolved":
          return t("awaitingChair");
      }
    },
    describeNormalisation: (fallback: NormalisationFallback | null): string =>
      fallback === "too_few_sheets" ? t("tooFewSheets") : fallback === "no_spread" ? t("noSpread") : t("normalisedFallback"),
  };
}
