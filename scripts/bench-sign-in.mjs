// `node scripts/bench-sign-in.mjs`: how /api/health answers while 40 wrong sign-ins run in parallel, on a built app
// (NEXT_DIST_DIR, default .next) over a fresh embedded database. Loopback only; every count and wait is bounded.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAppEnv, logStep, runNpmScript, startNextServer, stopChild } from "./lib/app.mjs";
import { getFreePort } from "./lib/bench-process.mjs";

const PARALLEL = Math.min(Number(process.env.BENCH_PARALLEL ?? 40), 100);
const BASELINE_SAMPLES = 20;
const SAMPLE_EVERY_MS = 50;
const REQUEST_TIMEOUT_MS = 20_000;
const START_TIMEOUT_MS = 120_000;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const secret = "palmares-bench-secret-only-for-local-runs-0123456789";

async function timeHealth(base) {
  const started = performance.now();
  const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  await response.arrayBuffer();
  return performance.now() - started;
}

function summarise(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (${sorted.length} requests)`;
}

/** One wrong sign-in the way next-auth's client makes it: CSRF token and cookie, then the credentials callback. */
async function signInWrongly(base, { email, address }) {
  const headers = address ? { "X-Forwarded-For": address } : {};
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const { csrfToken } = await csrf.json();
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ email, password: "not-the-password", csrfToken, callbackUrl: base, json: "true" });
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...headers, cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Runs the burst while sampling the health check; returns the latencies seen during the burst and the statuses. */
async function measureDuringBurst(base, attempts) {
  const times = [];
  let isRunning = true;
  const sampler = (async () => {
    while (isRunning) {
      times.push(await timeHealth(base));
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();
  const started = performance.now();
  const statuses = await Promise.all(attempts.map((attempt) => signInWrongly(base, attempt).catch(() => "error")));
  const burstMs = performance.now() - started;
  isRunning = false;
  await sampler;
  const counts = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return { times, counts, burstMs };
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "palmares-bench-sign-in-"));
  const port = await getFreePort();
  const base = `http://127.0.0.1:${port}`;
  // Each scenario speaks from its own address (its X-Forwarded-For), so one does not lock the next.
  const env = { ...createAppEnv({ dataDir, secret, publicUrl: base, distDir }), LOG_LEVEL: "error" };
  let server;
  try {
    logStep(`Fresh embedded database in ${dataDir}`);
    runNpmScript("db:migrate", env, { quiet: true });
    runNpmScript("db:seed", env, { quiet: true });
    logStep(`next start (${distDir}) on ${base}`);
    server = startNextServer({ port, host: "127.0.0.1", env, stdio: ["ignore", "ignore", "inherit"] });
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error("The server did not start in time.");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    for (let i = 0; i < 5; i++) await timeHealth(base);

    const baseline = [];
    for (let i = 0; i < BASELINE_SAMPLES; i++) baseline.push(await timeHealth(base));
    logStep(`/api/health at rest: ${summarise(baseline)}`);

    const scenarios = [
      ["one account, one address", (i) => ({ email: "coordinator@palmares.demo", address: "10.0.0.1", i })],
      ["a different unknown account each, one address", (i) => ({ email: `nobody-${i}@bench.invalid`, address: "10.0.0.2" })],
      ["a different account and address each", (i) => ({ email: `nobody-${i}@bench.invalid`, address: `10.1.0.${i + 1}` })],
    ];
    for (const [name, makeAttempt] of scenarios) {
      const { times, counts, burstMs } = await measureDuringBurst(base, Array.from({ length: PARALLEL }, (_, i) => makeAttempt(i)));
      logStep(`${PARALLEL} parallel wrong sign-ins, ${name}: statuses ${JSON.stringify(counts)}, burst ${burstMs.toFixed(0)} ms`);
      console.log(`    /api/health meanwhile: ${summarise(times)}`);
    }
  } finally {
    if (server) await stopChild(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
