// `npm run bench:app`: start the built app on PGlite and on PostgreSQL, and compare start-up, latency and memory.
// Every request goes to 127.0.0.1 only; counts and times are bounded so the run always ends by itself.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { createAppEnv, getBuildId, logStep, runNpmScript, startNextServer, stopChild } from "./lib/app.mjs";
import { getFreePort, getTreeRssMiB } from "./lib/bench-process.mjs";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const WARM_UP = 5;
const ROUTES = ["/", "/api/v1/editions", "/api/v1/editions/2014/results"];
const START_TIMEOUT_MS = 120_000;
const REQUEST_TIMEOUT_MS = 10_000;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const secret = "palmares-bench-secret-only-for-local-runs-0123456789";

async function timeRequest(url) {
  const started = performance.now();
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  } catch (error) {
    return { ms: performance.now() - started, status: error?.name === "TimeoutError" ? "timeout" : "error" };
  }
}

async function waitForHealth(baseUrl, server) {
  const started = performance.now();
  while (performance.now() - started < START_TIMEOUT_MS) {
    if (server.exitCode !== null) throw new Error(`server exited with code ${server.exitCode} before it was healthy`);
    const { status } = await timeRequest(`${baseUrl}/api/health`);
    if (status === 200) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/api/health was not healthy within ${START_TIMEOUT_MS / 1000} s`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Starts the built app against one prepared database, measures it, and stops it by its PID. */
async function measureEngine(engine, env) {
  const port = await getFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const serverEnv = { ...env, NEXTAUTH_URL: baseUrl, NEXT_DIST_DIR: distDir };
  const server = startNextServer({ port, host: "127.0.0.1", env: serverEnv, stdio: ["ignore", "ignore", "inherit"] });
  try {
    const startMs = await waitForHealth(baseUrl, server);
    const routes = [];
    for (const route of ROUTES) {
      for (let i = 0; i < WARM_UP; i++) await timeRequest(baseUrl + route);
      const samples = [];
      for (let i = 0; i < REQUESTS; i++) samples.push(await timeRequest(baseUrl + route));
      const statuses = [...new Set(samples.map((sample) => sample.status))].join("/");
      const times = samples.map((sample) => sample.ms);
      routes.push({ route, statuses, medianMs: median(times), p95Ms: percentile(times, 95) });
    }
    return { engine, startMs, routes, rss: getTreeRssMiB(server.pid) };
  } finally {
    await stopChild(server);
  }
}

async function benchPglite() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "palmares-bench-"));
  try {
    const env = createAppEnv({ dataDir, secret });
    runNpmScript("db:migrate", env, { quiet: true });
    runNpmScript("db:seed", env, { quiet: true });
    return await measureEngine("pglite", env);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres() {
  const name = `palmares_bench_${Date.now()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (error) {
    await admin.end();
    console.log(`PostgreSQL not available at ${adminUrl} (${error.message}); skipping it.`);
    return null;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const env = createAppEnv({ databaseUrl: url.toString(), secret });
    runNpmScript("db:migrate", env, { quiet: true });
    runNpmScript("db:seed", env, { quiet: true });
    return await measureEngine("postgres", env);
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

function printTable(results) {
  const rows = [["engine", "start→healthy", "route", "status", "median", "p95", "RSS (server tree)"]];
  for (const result of results) {
    result.routes.forEach((route, index) => {
      rows.push([
        index === 0 ? result.engine : "",
        index === 0 ? `${(result.startMs / 1000).toFixed(2)} s` : "",
        route.route,
        String(route.statuses),
        `${route.medianMs.toFixed(1)} ms`,
        `${route.p95Ms.toFixed(1)} ms`,
        index === 0 ? `${result.rss.mib.toFixed(0)} MiB (${result.rss.processes} proc)` : "",
      ]);
    });
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column])).join("  "));
    if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
  }
}

async function main() {
  if (!getBuildId(distDir)) {
    throw new Error(`No build in ${distDir}: run \`npm run build\` first (or set NEXT_DIST_DIR to a built folder).`);
  }
  console.log(`Benchmarking the build in ${distDir}: ${REQUESTS} sequential requests per route after ${WARM_UP} warm-up requests.`);
  const results = [];
  logStep("PGlite (embedded, fresh temporary data folder)");
  results.push(await benchPglite());
  logStep(`PostgreSQL (fresh database on ${new URL(adminUrl).host})`);
  const server = await benchPostgres();
  if (server) results.push(server);
  logStep("Results");
  printTable(results);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
