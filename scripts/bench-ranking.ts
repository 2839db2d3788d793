/**
 * Bench of the ranking (issue 10), each figure beside its goal (< 500 ms for the full ranking at 1,000,000 scores).
 * Pure steps on random in-memory inputs of 100 / 1k / 10k dossiers × 20 sheets × 5 criteria (20 / 100 / 1,000
 * jurors): grouping and normalisation, the two lists, stability (leave one juror out), their total. With `--url`,
 * also the load of a seeded edition (`npm run db:seed:scale`) from PostgreSQL, load + compute, the store of the
 * snapshot the deliberation page reads (rewritten for the version it holds) and the whole job ranking.compute.
 * Bounded: at each size one timed warm-up (shown as the first run, cold) and three timed runs (the median, which the
 * goal is judged on), and nothing started after BUDGET_MS. Wall and CPU time are both shown: the CPU time is what a
 * loaded machine distorts least.
 *
 *   npm run bench:ranking [-- --url postgres://… --year 2090]
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { openConnection } from "../db/client";
import { editions } from "../db/schema";
import { buildRankingColumns } from "../lib/domain/ranking-columns";
import { buildRankingLists } from "../lib/domain/ranking-lists";
import { computeRanking } from "../lib/domain/ranking-result";
import { getStability } from "../lib/domain/ranking-stability";
import { loadRankingRecordInput } from "../lib/results/ranking";
import { getRankingVersion, storeRankingSnapshot, toRankingView } from "../lib/results/ranking-snapshot";
import { makeRandomInput } from "../tests/support/random-ranking";

const GOAL_MS = 500;
const BUDGET_MS = 240_000;
const SIZES = [100, 1_000, 10_000];
const RUNS = 3;
const started = performance.now();

interface Timing {
  wall: number;
  cpu: number;
}

/** Runs `work` and returns its wall and CPU milliseconds with its result. */
async function time<T>(work: () => T | Promise<T>): Promise<Timing & { value: T }> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000, value };
}

function median(times: Timing[]): Timing {
  const sorted = [...times].sort((a, b) => a.wall - b.wall);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const rows: string[][] = [];
function addRow(size: string, step: string, timing: Timing | null, goal: string) {
  rows.push([size, step, timing ? timing.wall.toFixed(0) : "—", timing ? timing.cpu.toFixed(0) : "—", goal]);
}
function judge(timing: Timing, scores: number): string {
  if (scores < 1_000_000) return "—";
  return `< ${GOAL_MS} ms: ${timing.wall < GOAL_MS ? "met" : "MISSED"}`;
}

async function benchCompute() {
  for (const dossiers of SIZES) {
    if (performance.now() - started > BUDGET_MS) {
      addRow(String(dossiers), "skipped: time budget spent", null, "");
      continue;
    }
    const jurors = Math.max(20, Math.round(dossiers / 10));
    const input = makeRandomInput({ dossiers, jurors, sheetsPerDossier: 20, criteria: 5, seed: 42 });
    const scores = input.sheets.length * input.criteria.length;
    const criteria = [...input.criteria].sort((a, b) => a.position - b.position);
    const columns: Timing[] = [];
    const lists: Timing[] = [];
    const stability: Timing[] = [];
    const totals: Timing[] = [];
    let first: Timing | null = null;
    // Run 0 is the warm-up: the first run in a fresh process, reported apart so the cold figure stays visible.
    for (let run = 0; run <= RUNS; run += 1) {
      const grouped = await time(() => buildRankingColumns(input.sheets, criteria));
      const built = await time(() => buildRankingLists(input));
      const stable = await time(() => getStability(input, built.value));
      const total = { wall: built.wall + stable.wall, cpu: built.cpu + stable.cpu };
      if (run === 0) {
        first = total;
        continue;
      }
      columns.push(grouped);
      lists.push(built);
      stability.push(stable);
      totals.push(total);
    }
    const size = `${dossiers} × ${jurors} (${scores} scores)`;
    const share = scores >= 1_000_000 ? `within the ${GOAL_MS} ms` : "—";
    addRow(size, "grouping + normalisation", median(columns), share);
    addRow(size, "lists (incl. grouping + normalisation)", median(lists), share);
    addRow(size, "stability (leave one juror out)", median(stability), share);
    addRow(size, "compute total (lists + stability)", median(totals), judge(median(totals), scores));
    // Not named after a step: bench.mjs reads the rows whose step starts with "lists", "stability" or "compute total".
    addRow(size, "first run, cold (lists + stability)", first, scores >= 1_000_000 ? "shown, not judged" : "—");
  }
}

async function benchLoad(url: string, year: number) {
  const connection = openConnection({ url, max: 2 });
  try {
    const [edition] = await connection.db.select({ id: editions.id, theme: editions.theme }).from(editions).where(eq(editions.year, year));
    if (!edition) {
      addRow(`edition ${year}`, "load: no such edition (seed it with npm run db:seed:scale)", null, "");
      return;
    }
    const loaded = await time(() => loadRankingRecordInput({ db: connection.db, editionId: edition.id }));
    const scores = loaded.value.input.sheets.length * loaded.value.input.criteria.length;
    const computed = await time(() => computeRanking(loaded.value.input));
    const size = `edition ${year} on PostgreSQL (${scores} scores)`;
    addRow(size, "load (sheets aggregated in SQL, nominations, jurors)", loaded, scores >= 1_000_000 ? `within the ${GOAL_MS} ms` : "—");
    addRow(size, "compute (computeRanking)", computed, scores >= 1_000_000 ? `within the ${GOAL_MS} ms` : "—");
    const total = { wall: loaded.wall + computed.wall, cpu: loaded.cpu + computed.cpu };
    addRow(size, "load + compute", total, judge(total, scores));
    // The job's last step, what the deliberation page then reads: written again for the version it already holds,
    // so only an edition made by db:seed:scale is touched.
    if (!edition.theme.startsWith("Scale test:")) {
      addRow(size, "store: skipped (not an edition made by db:seed:scale)", null, "");
      return;
    }
    const { input, ...rest } = loaded.value;
    const version = await getRankingVersion({ db: connection.db, editionId: edition.id });
    const stored = await time(() =>
      storeRankingSnapshot({ db: connection.db, editionId: edition.id, version, view: toRankingView({ ...rest, input, result: computed.value }), sheetCount: input.sheets.length, loadMs: 0, computeMs: 0 }),
    );
    addRow(size, "store (snapshot, summary, one row per dossier)", stored, "off the request path");
    const job = { wall: total.wall + stored.wall, cpu: total.cpu + stored.cpu };
    addRow(size, "the whole job (load + compute + store)", job, "off the request path (worker thread)");
  } finally {
    await connection.close();
  }
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: "string" }, year: { type: "string", default: "2090" } } });
  await benchCompute();
  if (values.url) await benchLoad(values.url, Number(values.year));
  else addRow("—", "load: skipped (pass --url of a database seeded by db:seed:scale)", null, "");
  const header = ["size (dossiers × jurors)", "step", "wall ms", "cpu ms", "goal"];
  const widths = header.map((h, index) => Math.max(h.length, ...rows.map((row) => row[index]!.length)));
  const line = (cells: string[]) => cells.map((cell, index) => (index >= 2 && index <= 3 ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!))).join(" | ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
