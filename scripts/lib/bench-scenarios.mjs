// The measurements of `npm run bench` that need more than one page load: the juror's page and saves under load,
// the public page against a bare server, and the count of session lookups per page.
import { spawn } from "node:child_process";
import http from "node:http";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, stopChild } from "./app.mjs";
import { runLoad, timeRequest, waitForQuiet } from "./bench-http.mjs";
import { onCleanUp, sleep, trackChild } from "./bench-process.mjs";
import { hasWrk, runWrk } from "./load-generators.mjs";

// PostgreSQL flushes a backend's table statistics at most once a second, and an idle backend's after 10 s.
const STATS_FLUSH_MS = 11_500;

/** The id Next gave the juror's save action, read from the build's server-reference manifest. */
export function getSaveActionId(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, distDir, "server/server-reference-manifest.json"), "utf8"));
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === "app/jury/actions.ts" && action.exportedName === "saveScoreSheetAction");
  if (!entry) throw new Error("saveScoreSheetAction is not in the build's server-reference manifest.");
  return entry[0];
}

/** The juror's scoring page, each connection its own juror and dossier. */
export function loadScoringPage({ base, slots, cookies, connections, durationSeconds, requestsPerConnection }) {
  return runLoad({
    url: base,
    connections,
    durationSeconds,
    requestsPerConnection,
    setupClient: (client, index) => {
      const slot = slots[index % slots.length];
      client.setRequests([{ method: "GET", path: `/jury/nominations/${slot.nominationId}`, headers: { cookie: cookies.get(slot.email) } }]);
    },
  });
}

function toSaveBody(slot, criteria, turn) {
  const values = { nominationId: slot.nominationId, version: slot.version, intent: "draft", overallComment: "" };
  for (const [i, c] of criteria.entries()) {
    const span = c.scaleMax - c.scaleMin + 1;
    // The first criterion changes on every save, so each one writes (an unchanged draft would be skipped).
    values[`score_${c.id}`] = String(c.scaleMin + (i === 0 ? turn % span : Math.floor(span / 2)));
    values[`comment_${c.id}`] = "";
  }
  return JSON.stringify([values]);
}

function toSaveHeaders({ base, actionId, cookie }) {
  return { cookie, "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: base };
}

/** Reads the action's result from the RSC payload: the new version when it saved, or why it refused. */
function readSaveResult(body) {
  const saved = /"ok":true[\s\S]*?"version":(\d+)/.exec(body);
  if (saved) return { version: Number(saved[1]) };
  const message = /"message":"([^"]*)"/.exec(body);
  return { refusal: message ? message[1] : body.slice(0, 160) };
}

/** One save the way the score form sends it, to check the route before the load (and to learn the version). */
export async function saveOnce({ base, actionId, slot, cookie, criteria }) {
  const response = await fetch(`${base}/jury/nominations/${slot.nominationId}`, {
    method: "POST",
    headers: toSaveHeaders({ base, actionId, cookie }),
    body: toSaveBody(slot, criteria, 1),
    signal: AbortSignal.timeout(60_000),
  });
  const result = readSaveResult(await response.text());
  if (result.version) slot.version = result.version;
  return { status: response.status, ...result };
}

/** Draft saves (the autosave) at `connections` concurrent, each connection its own sheet and version. */
export async function loadSaves({ base, actionId, slots, cookies, criteria, connections, durationSeconds, requestsPerConnection }) {
  let saved = 0;
  const refusals = new Map();
  const load = await runLoad({
    url: base,
    connections: Math.min(connections, slots.length),
    durationSeconds,
    requestsPerConnection,
    setupClient: (client, index) => {
      const slot = { ...slots[index] };
      let turn = 2;
      client.setRequests([
        {
          method: "POST",
          path: `/jury/nominations/${slot.nominationId}`,
          headers: toSaveHeaders({ base, actionId, cookie: cookies.get(slot.email) }),
          setupRequest: (request) => ({ ...request, body: toSaveBody(slot, criteria, turn++) }),
          onResponse: (status, body) => {
            const result = status === 200 ? readSaveResult(body) : { refusal: `HTTP ${status}` };
            if (result.version) {
              slot.version = result.version;
              saved++;
            } else refusals.set(result.refusal, (refusals.get(result.refusal) ?? 0) + 1);
          },
        },
      ]);
    },
  });
  return { ...load, saved, savesPerSecond: saved / load.seconds, refusals: Object.fromEntries(refusals) };
}

function startBareServer(file, contentType, contentEncoding) {
  const args = [path.join(ROOT, "scripts/lib/bench-bare-server.mjs"), file, contentType, ...(contentEncoding ? [contentEncoding] : [])];
  const child = trackChild(spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] }));
  return new Promise((resolve, reject) => {
    child.stdout.once("data", (chunk) => resolve({ child, port: Number(String(chunk).trim()) }));
    child.once("exit", (code) => reject(new Error(`the bare server exited (${code}) before listening`)));
  });
}

const average = (runs, key) => runs.reduce((sum, run) => sum + run[key], 0) / runs.length;

/**
 * A browser or a CDN asks for a compressed page, and the app keeps its compressed copy for them: both servers are
 * asked the same way and answer the same gzip bytes. (Uncompressed, the 62 KB page crosses 64 KB with the app's
 * security headers, where loopback TCP alone gave even the bare server a p99 of 470 ms.)
 */
const PUBLIC_REQUEST_HEADERS = { "accept-encoding": "gzip" };

/** The raw bytes and headers of one answer, compressed as the server sent them (fetch would decompress them). */
function getRaw(url, headers) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, timeout: 60_000 }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`${url} did not answer within 60 s`)));
    request.on("error", reject);
  });
}

/**
 * One timed run of the public page: with wrk when it is installed, else autocannon. The cached page answers faster
 * than one Node thread can ask (autocannon tops out near 3,000 req/s here, and its own CPU then sets both servers'
 * p99); wrk, in C on one thread, leaves the other core to the server. Both servers are always measured with the same one.
 */
function runPublicLoad({ url, connections, durationSeconds, generator }) {
  if (generator === "autocannon") return runLoad({ url, connections, durationSeconds, headers: PUBLIC_REQUEST_HEADERS });
  return runWrk({ url, connections, durationSeconds, threads: 1, headers: PUBLIC_REQUEST_HEADERS, track: trackChild }).then((run) => ({
    requestsPerSecond: run.rps,
    p99Ms: run.p99,
    errors: run.errors,
    non2xx: 0,
    unfinished: 0,
  }));
}

/**
 * The public results page against a bare node:http server answering with the same bytes, alternated in one run
 * (bare, app, bare, app …) after a short warm-up of the app, so both see the same machine at nearly the same time.
 */
export async function comparePublicPage({ base, path: pagePath, connections, durationSeconds, rounds }) {
  const generator = hasWrk() ? "wrk" : "autocannon";
  const page = await getRaw(base + pagePath, PUBLIC_REQUEST_HEADERS);
  if (page.status !== 200) return { status: page.status, path: pagePath };
  const file = path.join(os.tmpdir(), `palmares-bench-public-${process.pid}.html`);
  writeFileSync(file, page.body);
  const removeFile = onCleanUp(() => rmSync(file, { force: true }));
  const bare = await startBareServer(file, page.headers["content-type"] ?? "text/html; charset=utf-8", page.headers["content-encoding"]);
  try {
    await runPublicLoad({ url: base + pagePath, connections, durationSeconds: Math.min(3, durationSeconds), generator });
    await waitForQuiet(base, 180_000);
    const appRuns = [];
    const bareRuns = [];
    for (let round = 0; round < rounds; round++) {
      bareRuns.push(await runPublicLoad({ url: `http://127.0.0.1:${bare.port}${pagePath}`, connections, durationSeconds, generator }));
      appRuns.push(await runPublicLoad({ url: base + pagePath, connections, durationSeconds, generator }));
      // Requests still in the app when the run stopped must not weigh on the bare server's next run.
      await waitForQuiet(base, 180_000);
    }
    const summarise = (runs) => ({
      requestsPerSecond: average(runs, "requestsPerSecond"),
      p99Ms: Math.max(...runs.map((run) => run.p99Ms)),
      errors: runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0),
      unfinished: runs.reduce((sum, run) => sum + run.unfinished, 0),
    });
    return { status: 200, path: pagePath, bytes: page.body.length, encoding: page.headers["content-encoding"] ?? "none", rounds, seconds: durationSeconds, generator, app: summarise(appRuns), bare: summarise(bareRuns), cacheControl: page.headers["cache-control"] };
  } finally {
    await stopChild(bare.child, 2_000);
    removeFile();
    rmSync(file, { force: true });
  }
}

/**
 * How many times one signed-in page reads the `users` table, on PostgreSQL: the table's scan counters before and
 * after `pages` quiet loads, each read once the app's connections have flushed their statistics. The page chosen
 * (the juror's list) reads no user row itself, so every read is the session lookup. The app's own background work
 * (its job runner, a ranking job) may read users meanwhile: a window of the same length with no page load, just
 * before, measures those reads, and they are taken off.
 */
export async function countSessionLookups({ base, sql, cookie, pagePath = "/jury", pages = 10 }) {
  // The generated editions' rankings are computed by a job just after the start, reading users 1,000 times and more:
  // the count waits for the job runner to have nothing due or running (at most 3 minutes).
  const quietBy = Date.now() + 180_000;
  while (Date.now() < quietBy) {
    const [busy] = await sql`select count(*)::int as n from jobs where state = 'running' or (state = 'pending' and run_at <= now())`;
    if (busy.n === 0) break;
    await sleep(1_000);
  }
  const read = async () => {
    await sql`select pg_stat_clear_snapshot()`;
    const [row] = await sql`select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) as reads from pg_stat_user_tables where relname = 'users'`;
    return Number(row.reads);
  };
  await sleep(STATS_FLUSH_MS);
  const atStart = await read();
  const startedAt = Date.now();
  for (let i = 0; i < pages; i++) {
    const page = await timeRequest(base + pagePath, { cookie, timeoutMs: 30_000 });
    if (page.status !== 200) throw new Error(`${pagePath} answered HTTP ${page.status} to a signed-in juror`);
  }
  const loadMs = Date.now() - startedAt;
  await sleep(STATS_FLUSH_MS);
  const afterPages = await read();
  // The control window: as long, with no page load.
  await sleep(loadMs + STATS_FLUSH_MS);
  const background = (await read()) - afterPages;
  const perPage = Math.max(0, afterPages - atStart - background) / pages;
  return { perPage, pages, path: pagePath, background };
}
