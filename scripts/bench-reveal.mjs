// `npm run bench:reveal`: the public results page at the reveal, at 200 connections, three ways: a bare node:http
// server returning the same bytes, the app alone, and the app behind deploy/nginx/palmares.conf. It also checks that
// nginx serves the app's page, never serves a signed-in visitor from the cache, and follows the app within s-maxage.
// Loopback only; every run is bounded in time and every child is stopped by its PID, also on an error or Ctrl-C.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp, createAppEnv, logStep, runNpmScript, startNextServer, stopChild } from "./lib/app.mjs";
import { runAutocannon, runWrk } from "./lib/load-generators.mjs";
import { startNginx, writeNginxConfig } from "./lib/reveal-nginx.mjs";
import { getFreePort } from "./lib/bench-process.mjs";

const PAGE = "/results/2014";
const GOAL_RATIO = 0.5;
const GOAL_P99_MS = 100;
const START_TIMEOUT_MS = 120_000;
const TOTAL_TIMEOUT_MS = 20 * 60_000;
const SECRET = "palmares-bench-secret-only-for-local-runs-0123456789";
const SESSION_COOKIES = ["next-auth.session-token=bench", "__Secure-next-auth.session-token=bench", "next-auth.session-token.0=bench"];

// The bare server: the same bytes from memory, nothing else, in its own process so it does not share the load
// generator's event loop.
const BARE_SERVER = `
const { readFileSync } = require("node:fs");
const body = readFileSync(process.argv[1]);
require("node:http").createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
  res.end(body);
}).listen(Number(process.argv[2]), "127.0.0.1");
`;

async function get(url, headers = {}) {
  const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(15_000) });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

async function waitUntilUp(url, child, what) {
  const started = Date.now();
  while (Date.now() - started < START_TIMEOUT_MS) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it answered`);
    try {
      if ((await get(url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not answer ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

// Each response has its own CSP nonce (in attributes and in the RSC payload); apart from it, two renders of the same
// data are the same page.
function withoutNonce(body) {
  const nonce = getNonce(body);
  const text = body.toString("utf8");
  return nonce ? text.split(nonce).join("NONCE") : text;
}

function getNonce(body) {
  return /nonce="([^"]+)"/.exec(body.toString("utf8"))?.[1] ?? null;
}

function getSharedMaxAge(headers) {
  const match = /s-maxage=(\d+)/.exec(headers.get("cache-control") ?? "");
  return match ? Number(match[1]) : null;
}

/** The correctness checks; returns the failures (an empty list when nginx behaves). */
async function checkProxy({ appUrl, proxyUrl }) {
  const failures = [];
  const direct = await get(appUrl + PAGE);
  const first = await get(proxyUrl + PAGE);
  const second = await get(proxyUrl + PAGE);
  const seconds = getSharedMaxAge(direct.headers);
  console.log(`app: ${direct.status}, Cache-Control "${direct.headers.get("cache-control")}"; nginx: ${first.headers.get("x-cache-status")} then ${second.headers.get("x-cache-status")}`);
  if (seconds === null) failures.push(`the app sent no s-maxage on ${PAGE}`);
  if (second.headers.get("x-cache-status") !== "HIT") failures.push(`a second request for ${PAGE} was ${second.headers.get("x-cache-status")}, not a cache HIT`);
  if (!second.body.equals(first.body)) failures.push("the cached page differs from the one nginx fetched");
  if (second.status !== direct.status || withoutNonce(second.body) !== withoutNonce(direct.body)) {
    const [appFile, proxyFile] = ["app", "nginx"].map((name) => path.join(os.tmpdir(), `palmares-reveal-${name}.html`));
    writeFileSync(appFile, withoutNonce(direct.body));
    writeFileSync(proxyFile, withoutNonce(second.body));
    failures.push(`the page nginx serves differs from the app's beyond the nonce (diff ${appFile} ${proxyFile})`);
  }
  // The client router asks the same URL for its RSC payload; that answer must be kept beside the HTML, not over it.
  // Next answers a payload request without its cache-busting _rsc parameter with a redirect to the URL that has it.
  let payload = await get(proxyUrl + PAGE, { RSC: "1" });
  const location = payload.headers.get("location");
  if (payload.status >= 300 && payload.status < 400 && location) payload = await get(new URL(location, proxyUrl).href, { RSC: "1" });
  const afterPayload = await get(proxyUrl + PAGE);
  if (!payload.headers.get("content-type")?.startsWith("text/x-component")) failures.push(`an RSC request got ${payload.status} ${payload.headers.get("content-type")}`);
  if (!afterPayload.headers.get("content-type")?.startsWith("text/html") || afterPayload.headers.get("x-cache-status") !== "HIT") {
    failures.push("after an RSC request, the page was no longer the cached HTML");
  }
  for (const cookie of SESSION_COOKIES) {
    const signedIn = await get(proxyUrl + PAGE, { Cookie: `theme=dark; ${cookie}` });
    const status = signedIn.headers.get("x-cache-status");
    if (status !== "BYPASS") failures.push(`a request with ${cookie.split("=")[0]} was ${status}, not BYPASS`);
  }
  const signInPage = [await get(`${proxyUrl}/signin`), await get(`${proxyUrl}/signin`)].map((r) => r.headers.get("x-cache-status"));
  if (signInPage.includes("HIT")) failures.push("the sign-in page (private) was served from the cache");
  console.log(`session cookies: ${failures.some((f) => f.includes("BYPASS")) ? "not all bypassed" : "BYPASS each"}; /signin: ${signInPage.join(", ")}`);
  if (seconds !== null) failures.push(...(await checkFollowsApp({ proxyUrl, seconds, cachedNonce: getNonce(second.body) })));
  return failures;
}

// The app renders each answer anew (its nonce changes), so a new nonce through nginx means nginx went back to the app
// and now serves the app's current page; after a reveal that page is the new one (the app's cache is cleared at once).
async function checkFollowsApp({ proxyUrl, seconds, cachedNonce }) {
  const started = Date.now();
  const limitMs = (seconds + 3) * 1000;
  while (Date.now() - started < limitMs) {
    const response = await get(proxyUrl + PAGE);
    if (getNonce(response.body) !== cachedNonce) {
      console.log(`nginx served a fresh render of the app after ${((Date.now() - started) / 1000).toFixed(1)} s (s-maxage=${seconds})`);
      return [];
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return [`nginx still served its old copy ${seconds + 3} s later (s-maxage=${seconds})`];
}

// After a run against the app alone it is still rendering the requests that queued up; the next run waits for that,
// so it does not share the two cores with the backlog.
async function waitUntilIdle(appUrl, app) {
  const started = Date.now();
  while (Date.now() - started < 90_000 && app.exitCode === null && app.signalCode === null) {
    const before = performance.now();
    const isUp = await get(`${appUrl}/api/health`).then(() => true, () => false);
    if (isUp && performance.now() - before < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function printTable(runs, bare) {
  const rows = [["target", "round", "req/s", "p50", "p99", "errors", "ratio to bare (mean)", "goal"]];
  for (const run of runs) {
    const ratio = run.rps / bare;
    const isMet = run.target === "bare" || (ratio >= GOAL_RATIO && run.p99 < GOAL_P99_MS);
    const goal = run.target === "bare" ? "" : isMet ? "met" : "not met";
    rows.push([run.target, String(run.round), run.rps.toFixed(0), `${run.p50} ms`, `${run.p99} ms`, String(run.errors), `${ratio.toFixed(2)}×`, goal]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column])).join("  "));
    if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
  }
}

/**
 * Runs the whole bench and returns { runs, failures, stopReason }; children and the temporary folder are gone when it returns.
 * durationSeconds per run, rounds of bare → app → nginx, connections at once; loadGenerator "autocannon" (in this
 * process, as `npm run bench` uses) or "wrk".
 */
export async function benchReveal({ durationSeconds = 10, rounds = 2, connections = 200, distDir = ".next-reveal", loadGenerator = "autocannon" } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "palmares-reveal-"));
  const children = [];
  let stopReason = null;
  const stopAll = () => Promise.all(children.map((child) => stopChild(child, 5_000)));
  // A child started after a stop was asked for is stopped at once, and the run gives up through its finally below.
  const track = (child) => {
    children.push(child);
    if (stopReason) throw new Error(`stopped (${stopReason})`);
    return child;
  };
  const onStop = (reason) => {
    stopReason = reason;
    console.error(`\nStopping (${reason}): every child by its PID.`);
    void stopAll();
  };
  const onSignal = (signal) => onStop(signal);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const deadline = setTimeout(() => onStop(`the ${TOTAL_TIMEOUT_MS / 60_000} min limit`), TOTAL_TIMEOUT_MS);
  try {
    logStep(`Production build in ${distDir}`);
    buildApp({ distDir, env: createAppEnv({ distDir, secret: SECRET }) });
    logStep("The app on PGlite with the demo data");
    const env = createAppEnv({ dataDir: path.join(dir, "data"), secret: SECRET, distDir });
    runNpmScript("db:migrate", env, { quiet: true });
    runNpmScript("db:seed", env, { quiet: true });
    const [appPort, barePort, proxyPort] = [await getFreePort(), await getFreePort(), await getFreePort()];
    const appUrl = `http://127.0.0.1:${appPort}`;
    const proxyUrl = `http://127.0.0.1:${proxyPort}`;
    const bareUrl = `http://127.0.0.1:${barePort}`;
    const app = track(startNextServer({ port: appPort, host: "127.0.0.1", env: { ...env, NEXTAUTH_URL: appUrl }, stdio: ["ignore", "ignore", "inherit"] }));
    await waitUntilUp(`${appUrl}/api/health`, app, "the app");
    const page = await get(appUrl + PAGE);
    if (page.status !== 200) throw new Error(`${PAGE} answered ${page.status}`);
    writeFileSync(path.join(dir, "page.html"), page.body);
    const bare = track(spawn(process.execPath, ["-e", BARE_SERVER, path.join(dir, "page.html"), String(barePort)], { stdio: ["ignore", "ignore", "inherit"] }));
    await waitUntilUp(bareUrl, bare, "the bare server");
    const nginxDir = path.join(dir, "nginx");
    const nginx = track(await startNginx({ dir: nginxDir, configFile: writeNginxConfig({ dir: nginxDir, appPort, port: proxyPort }) }));
    await waitUntilUp(`${proxyUrl}/api/health`, nginx, "nginx");
    console.log(`app ${appUrl}, bare ${bareUrl}, nginx ${proxyUrl}; ${PAGE} is ${page.body.length} bytes`);

    logStep("Correctness through nginx");
    const failures = await checkProxy({ appUrl, proxyUrl });
    for (const failure of failures) console.log(`FAIL: ${failure}`);

    logStep(`Load (${loadGenerator}): ${connections} connections, ${durationSeconds} s each, alternated`);
    const targets = { bare: bareUrl, app: appUrl, nginx: proxyUrl };
    const runs = [];
    for (let round = 1; round <= rounds; round++) {
      for (const [target, base] of Object.entries(targets)) {
        await waitUntilIdle(appUrl, app);
        // The load generators ask for no encoding, a cache key of its own; fill it before the clock starts.
        await get(base + PAGE, { "Accept-Encoding": "identity" }).catch(() => {});
        if (stopReason) throw new Error(`stopped (${stopReason})`);
        const load = { url: base + PAGE, connections, durationSeconds, track };
        const result = loadGenerator === "wrk" ? await runWrk(load) : await runAutocannon(load);
        runs.push({ target, round, ...result });
        console.log(`${target} round ${round}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.errors} errors`);
      }
    }
    return { runs, failures, stopReason };
  } catch (error) {
    if (stopReason) return { runs: [], failures: [], stopReason };
    throw error;
  } finally {
    clearTimeout(deadline);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarise(runs) {
  const mean = (target, key) => {
    const values = runs.filter((run) => run.target === target).map((run) => run[key]);
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  const bare = mean("bare", "rps");
  return { bare, rows: ["bare", "app", "nginx"].map((target) => ({ target, round: "mean", rps: mean(target, "rps"), p50: mean(target, "p50"), p99: mean(target, "p99"), errors: mean(target, "errors") })) };
}

async function main() {
  const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const loadGenerator = process.env.BENCH_LOAD ?? "autocannon";
  const { runs, failures, stopReason } = await benchReveal({ durationSeconds, rounds, loadGenerator, distDir: process.env.NEXT_DIST_DIR ?? ".next-reveal" });
  if (stopReason) {
    console.error(`Stopped (${stopReason}); every child has exited.`);
    process.exit(130);
  }
  logStep(`Results: ${PAGE}, goal via nginx ≥ ${GOAL_RATIO}× bare and p99 < ${GOAL_P99_MS} ms`);
  const { bare, rows } = summarise(runs);
  printTable([...runs, ...rows.map((row) => ({ ...row, p50: Math.round(row.p50), p99: Math.round(row.p99), errors: Math.round(row.errors) }))], bare);
  const bareP99 = rows[0].p99;
  if (bareP99 >= GOAL_P99_MS) console.log(`\nThe bare server's own p99 is ${Math.round(bareP99)} ms: this machine is too loaded to judge the p99 goal.`);
  if (failures.length) {
    console.log(`\n${failures.length} correctness check(s) failed.`);
    process.exit(1);
  }
  console.log("\nCorrectness: the cached page is the app's, session cookies bypass the cache, nginx follows the app within s-maxage.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
