/**
 * Bench of the pure ranking (issue 10): buildRankingLists + stability on random in-memory inputs of 100 / 1k / 10k
 * dossiers × 20 sheets × 5 criteria. Prints a table beside the goal (< 500 ms at 1,000,000 scores). Bounded: one
 * warm-up and three timed runs per size below 10k (the median reported), a single run at 10k. Run with `npm run bench:ranking`.
 */
import { buildRankingLists } from "../lib/domain/ranking-lists";
import { getStability } from "../lib/domain/ranking-stability";
import { makeRandomInput } from "../tests/support/random-ranking";

const GOAL_MS = 500;
const sizes = [100, 1_000, 10_000];
const rows: string[] = [];
for (const dossiers of sizes) {
  const jurors = Math.max(20, Math.round(dossiers / 50));
  const input = makeRandomInput({ dossiers, jurors, sheetsPerDossier: 20, criteria: 5, seed: 42 });
  const run = () => {
    const started = performance.now();
    const lists = buildRankingLists(input);
    const built = performance.now();
    getStability(input, lists);
    return { build: built - started, total: performance.now() - started };
  };
  // One warm-up and three timed runs for the small sizes; a single run at 10k keeps the bench bounded.
  const times = dossiers >= 10_000 ? [run()] : (run(), [run(), run(), run()].sort((a, b) => a.total - b.total));
  const median = times[Math.floor(times.length / 2)]!;
  const scores = input.sheets.length * input.criteria.length;
  const goal = scores >= 1_000_000 ? `< ${GOAL_MS} ms ${median.total < GOAL_MS ? "met" : "MISSED"}` : "";
  rows.push([String(dossiers).padStart(6), String(jurors).padStart(6), String(scores).padStart(9), median.build.toFixed(0).padStart(9), (median.total - median.build).toFixed(0).padStart(12), median.total.toFixed(0).padStart(9), goal].join(" | "));
}
console.log("dossiers | jurors |    scores | lists ms | stability ms | total ms | goal");
for (const row of rows) console.log(row);
