/** Random ranking inputs for the large property tests and the bench (a seeded generator: runs are repeatable). */
import type { RankingSheet, RubricCriterion } from "@/lib/domain/ranking";
import type { RankingInput } from "@/lib/domain/ranking-lists";

function makeRandom(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export interface RandomOptions {
  dossiers: number;
  jurors: number;
  sheetsPerDossier: number;
  criteria: number;
  seed: number;
  /** Scores on a small scale tie often, which exercises the chain. */
  scaleMax?: number;
  isNormalised?: boolean;
}

export function makeRandomInput(options: RandomOptions): RankingInput {
  const random = makeRandom(options.seed);
  const scaleMax = options.scaleMax ?? 10;
  const criteria: RubricCriterion[] = Array.from({ length: options.criteria }, (_, index) => ({
    id: index + 1,
    position: index + 1,
    weight: 1 + Math.floor(random() * 3),
    scaleMin: 1,
    scaleMax,
  }));
  const sheets: RankingSheet[] = [];
  for (let d = 0; d < options.dossiers; d += 1) {
    const nominationId = `n-${String(d).padStart(6, "0")}`;
    const start = Math.floor(random() * options.jurors);
    const count = Math.min(options.sheetsPerDossier, options.jurors);
    for (let k = 0; k < count; k += 1) {
      const jurorId = ((start + k) % options.jurors) + 1;
      const scores: Record<number, number> = {};
      for (const c of criteria) scores[c.id] = 1 + Math.floor(random() * scaleMax);
      sheets.push({ nominationId, jurorId, scores, isExcluded: random() < 0.02 });
    }
  }
  return {
    criteria,
    sheets,
    tieBreakChain: ["median", "criterion:1", "top_marks"],
    tieDecisions: [],
    awardedPlaces: 3,
    isNormalised: options.isNormalised ?? true,
  };
}
