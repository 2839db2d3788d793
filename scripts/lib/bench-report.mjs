// The one table `npm run bench` prints: each row of issue 10 with its goal and whether the measurement meets it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./app.mjs";

const DOC = path.join(ROOT, "docs/performance.md");
const START = "<!-- bench:table:start -->";
const END = "<!-- bench:table:end -->";

const ms = (value) => (!Number.isFinite(value) ? "—" : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
const kib = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
const verdict = (isMet) => (isMet === null ? "—" : isMet ? "yes" : "**no**");

/** A page loaded one request at a time: a failure is the row's figure, otherwise the median with what surrounds it. */
export function toPageRow(row, engine, page, { goalMs, goal, needsNoWait = false }) {
  if (page.status === "timeout") {
    return { row, engine, measured: `no answer within ${ms(page.maxMs)}; health check waited ≤ ${ms(page.healthMaxMs)}`, goal, met: false };
  }
  if (page.status !== 200) return { row, engine, measured: `HTTP ${page.status}`, goal, met: false };
  const measured = `median ${ms(page.medianMs)}, max ${ms(page.maxMs)} (${page.count} ${page.count === 1 ? "load" : "loads"}), ${kib(page.bytes)} of HTML; health check waited ≤ ${ms(page.healthMaxMs)}`;
  const met = page.medianMs < goalMs && (!needsNoWait || page.healthMaxMs < 100);
  return { row, engine, measured, goal, met };
}

/** The rows of the in-process ranking bench (scripts/bench-ranking.ts), read from its table by column and step name. */
export function toRankingRows(output) {
  const lines = output.split("\n").filter((line) => line.includes("|"));
  const header = lines.findIndex((line) => /\bstep\b/.test(line) && /wall ms/.test(line));
  const engine = "in-process (no database)";
  if (header < 0) {
    const raw = output.trim().split("\n").slice(-3).join(" / ") || "no output";
    return [{ row: "`buildRankingLists` + stability", engine, measured: `could not read bench:ranking's table: ${raw}`, goal: "O(S log S), incremental", met: null }];
  }
  const names = lines[header].split("|").map((name) => name.trim());
  const cells = lines
    .slice(header + 1)
    .map((line) => Object.fromEntries(line.split("|").map((cell, i) => [names[i], cell.trim()])))
    .filter((row) => /^\d+ × \d+/.test(row[names[0]] ?? ""));
  // One series per step, in the order of the sizes (100 → 1,000 → 10,000 dossiers).
  const series = (step) => cells.filter((row) => row.step.startsWith(step)).map((row) => ({ size: Number(row[names[0]].split(" ")[0]), scores: Number(/\((\d+) scores\)/.exec(row[names[0]])?.[1]), ms: Number(row["wall ms"]) }));
  const lists = series("lists");
  const stability = series("stability");
  const total = series("compute total").at(-1);
  const growth = (values) => (values.length >= 2 ? values.at(-1).ms / Math.max(1, values.at(-2).ms) : NaN);
  const describe = (values) => `${values.map((v) => (v.size >= 1000 ? `${v.size / 1000}k` : v.size)).join(" → ")} dossiers: ${values.map((v) => `${v.ms} ms`).join(" → ")}`;
  // 10× the sheets: O(S log S) grows about 12×; beyond 15× (timing noise included) it is worse than that.
  return [
    {
      row: "`buildRankingLists`",
      engine,
      measured: `${describe(lists)} (last step ×${growth(lists).toFixed(1)} for ×10 sheets)`,
      goal: "O(S log S): ≤ ~12× per 10× sheets",
      met: growth(lists) <= 15,
    },
    {
      row: "stability (leave one juror out)",
      engine,
      measured: `${describe(stability)} (last step ×${growth(stability).toFixed(1)}); lists + stability ${total?.ms} ms at ${total?.scores.toLocaleString("en")} scores, in a worker thread off the request path`,
      goal: "incremental (grows with the sheets); ranking < 500 ms at 1 M scores",
      met: growth(stability) <= 15 && total !== undefined && total.ms < 500,
    },
  ];
}

export function toFailedRow(row, engine, why, goal) {
  return { row, engine, measured: `not measured: ${why}`, goal, met: false };
}

export function toLoadRow(row, engine, load, { goalMs, goal, extra = "" }) {
  const refusals = load.total - (load.statuses[200] ?? 0);
  const cut = load.unfinished ? `, stopped at ${load.seconds} s with ${load.unfinished} unanswered` : "";
  const measured = `p95 ${ms(load.p95Ms)} (p50 ${ms(load.p50Ms)}, ${load.requestsPerSecond.toFixed(0)} req/s, ${load.total} answers${refusals ? `, ${refusals} not 200` : ""}${load.timeouts ? `, ${load.timeouts} timed out` : ""}${load.errors > load.timeouts ? `, ${load.errors - load.timeouts} errors` : ""}${cut})${extra}`;
  return { row, engine, measured, goal, met: load.p95Ms < goalMs && refusals === 0 && load.errors === 0 && !load.unfinished };
}

export function toPublicRow(engine, result) {
  if (result.status !== 200) return { row: "public results page @200 connections", engine, measured: `HTTP ${result.status}`, goal: "", met: false };
  const ratio = result.app.requestsPerSecond / result.bare.requestsPerSecond;
  const cut = result.app.unfinished ? ` (${result.app.unfinished} unanswered when the runs stopped)` : "";
  const measured = `app ${result.app.requestsPerSecond.toFixed(0)} req/s, p99 ${ms(result.app.p99Ms)}${cut}; bare node:http ${result.bare.requestsPerSecond.toFixed(0)} req/s, p99 ${ms(result.bare.p99Ms)} (same ${kib(result.bytes)}${result.encoding && result.encoding !== "none" ? ` ${result.encoding}` : ""}, ${result.rounds} alternated rounds of ${result.seconds} s, load by ${result.generator ?? "autocannon"}): **${ratio.toFixed(3)}×**`;
  return { row: `public results page @200 connections (${result.path})`, engine, measured, goal: "≥ 0.5× the bare server, p99 < 100 ms", met: ratio >= 0.5 && result.app.p99Ms < 100 && result.app.errors === 0 };
}

export function toRssRow(engine, rss) {
  const note = engine.startsWith("PGlite") ? " (the database runs inside the app's process)" : "";
  return {
    row: "app RSS (server process tree)",
    engine,
    measured: `idle ${Math.round(rss.idle)} MB, after load ${Math.round(rss.afterLoad)} MB, peak ${Math.round(rss.peak)} MB${note}`,
    goal: "< 300 MB under load (PostgreSQL)",
    met: engine.startsWith("PGlite") ? null : rss.peak < 300,
  };
}

export function toSessionRow(engine, count) {
  if (!count) return { row: "session lookup per signed-in page", engine, measured: "not measured: needs a second connection to the embedded database", goal: "once", met: null };
  return {
    row: "session lookup per signed-in page",
    engine,
    measured: `${count.perPage.toFixed(2)} per page (\`users\` table reads over ${count.pages} loads of ${count.path}, less ${count.background} read by the app's background work in a window as long)`,
    goal: "once (`cache()`)",
    met: count.perPage <= 1.05,
  };
}

const escape = (cell) => String(cell).replace(/\|/g, "\\|");

export function formatTable(rows) {
  const lines = ["| row | engine | measured | goal | met? |", "|---|---|---|---|---|"];
  for (const r of rows) lines.push(`| ${[r.row, r.engine, r.measured, r.goal, verdict(r.met)].map(escape).join(" | ")} |`);
  return lines.join("\n");
}

/** Puts the table, with how and where it was measured, between the markers of docs/performance.md. */
export function writeToDoc(table, context) {
  if (!existsSync(DOC)) throw new Error(`${DOC} is missing; it holds the markers the table goes between.`);
  const text = readFileSync(DOC, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} lacks the ${START} … ${END} markers.`);
  const block = `${START}\n${context}\n\n${table}\n${END}`;
  writeFileSync(DOC, text.slice(0, start) + block + text.slice(end + END.length));
  console.log(`Table written to docs/performance.md.`);
}
