// `npm run bench:jury -- --url postgres://…/<scale database> [--year 2090] [--jurors 100] [--concurrency 100]
//   [--requests 2000] [--seconds 60] [--only page|save] [--cpu-prof DIR] [--node-flag=--some-v8-flag …]`: the juror's scoring page and the score save under concurrent jurors, on a
// production build (NEXT_DIST_DIR, default .next-bench-jury; built when its sources changed) against a database
// made by `npm run db:seed:scale`. Loopback only; every phase is bounded in requests and in time. --cpu-prof writes
// the server's V8 CPU profile into DIR when it stops (open it in Chrome DevTools' Performance panel).
//
// The scale edition is generated in deliberation; the bench opens its jury for the run (and turns one sheet per
// benchmarked juror back into a draft), then puts the edition back as it found it. runJuryLoadBench() is the core,
// for `npm run bench` to call against a server it started itself.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { buildApp, createAppEnv, logStep, ROOT, startNextServer, stopChild } from "./lib/app.mjs";
import { getFreePort, getTreeCpuMs, getTreeRssMiB, sampleRss, sleep } from "./lib/bench-process.mjs";

export const JURY_BENCH_DEFAULTS = { year: 2090, jurors: 100, concurrency: 100, requests: 2000, seconds: 60, phases: ["page", "save"] };
const SCALE_PASSWORD = "scale-password";
const REQUEST_TIMEOUT_MS = 30_000;
const SIGN_IN_PARALLEL = 8;
const START_TIMEOUT_MS = 120_000;
// RSS "after load" is read once the last requests' garbage has had a moment to be collected.
const AFTER_LOAD_WAIT_MS = 3_000;
// The reference: requests one at a time, after a warm-up, for the CPU each costs when nothing waits.
const REFERENCE_WARM_UP = 20;
const REFERENCE_REQUESTS = 100;
// The bench's own preparation (drafts reopened, the jury opened) queues the ranking's computation, seconds of CPU at
// 10,000 dossiers in the server's worker thread: the phases start once it is done, since the drafts the jurors then
// save queue nothing (only submitted sheets move the ranking).
const RANKING_JOB_WAIT_MS = 180_000;
const secret = "palmares-bench-secret-only-for-local-runs-0123456789";

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50, p95, max and throughput of one phase, from its samples ({ ms, ok }) and its wall time. */
function summarise(samples, wallMs) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const statuses = {};
  for (const sample of samples) statuses[sample.status] = (statuses[sample.status] ?? 0) + 1;
  const ok = samples.filter((s) => s.ok).length;
  return {
    requests: samples.length,
    ok,
    statuses,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1) ?? NaN,
    perSecond: (ok / wallMs) * 1000,
    seconds: wallMs / 1000,
  };
}

/**
 * Runs `worker(index)` on `concurrency` workers until `requests` calls in all or `seconds` have passed. With a
 * serverPid, the summary also tells the server's CPU time per request (its process tree's CPU delta over the phase).
 */
async function runBounded({ concurrency, requests, seconds, serverPid }, worker) {
  const samples = [];
  const cpuBefore = serverPid ? getTreeCpuMs(serverPid) : 0;
  const deadline = performance.now() + seconds * 1000;
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, index) => {
      while (issued < requests && performance.now() < deadline) {
        issued++;
        samples.push(await worker(index));
      }
    }),
  );
  const summary = summarise(samples, performance.now() - started);
  if (serverPid) summary.cpuMsPerRequest = (getTreeCpuMs(serverPid) - cpuBefore) / samples.length;
  return summary;
}

async function timed(run) {
  const started = performance.now();
  try {
    const { status, ok } = await run();
    return { ms: performance.now() - started, status, ok };
  } catch (error) {
    return { ms: performance.now() - started, status: error?.name === "TimeoutError" ? "timeout" : "error", ok: false };
  }
}

/** Signs a juror in the way next-auth's client does (CSRF token and cookie, then the credentials callback). */
async function signIn(baseUrl, email, address) {
  const headers = { "X-Forwarded-For": address };
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const { csrfToken } = await csrf.json();
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ email, password: SCALE_PASSWORD, csrfToken, callbackUrl: baseUrl, json: "true" });
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...headers, cookie: csrfCookie, "Content-Type": "application/x-www-form-urlencoded" },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  await response.arrayBuffer();
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in of ${email} failed (HTTP ${response.status}).`);
  return session.split(";")[0];
}

/** The id Next gave the save action in this build, from its server reference manifest. */
export function findSaveActionId(distDir) {
  const file = path.join(ROOT, distDir, "server", "server-reference-manifest.json");
  if (!existsSync(file)) throw new Error(`No server reference manifest in ${distDir}: build the app first.`);
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.exportedName === "saveScoreSheetAction") return id;
  }
  throw new Error("saveScoreSheetAction is not in the build's server reference manifest.");
}

/**
 * Opens the scale edition's jury for the run and gives each benchmarked juror one draft sheet; returns the jurors
 * (with their dossier and the sheet's version), the criteria and a restore() that puts the edition back.
 */
async function prepareEdition(sql, { year, jurors: count }) {
  const [edition] = await sql`select id, phase, jury_closed_at, jury_close_reason, theme from editions where year = ${year}`;
  if (!edition) throw new Error(`No edition of ${year}: run npm run db:seed:scale first.`);
  if (!edition.theme.startsWith("Scale test:")) throw new Error(`The edition of ${year} was not made by db:seed:scale; refusing to change it.`);
  const [frozen] = await sql`select 1 from frozen_results where edition_id = ${edition.id}`;
  if (frozen) throw new Error(`The edition of ${year} is frozen; seed a fresh one.`);
  const criteria = await sql`select id, scale_min, scale_max from criteria where edition_id = ${edition.id} order by position`;
  const jurors = await sql`
    select u.id, u.email, (select a.nomination_id from assignments a where a.juror_user_id = u.id and a.edition_id = ${edition.id} order by a.nomination_id limit 1) as nomination_id
    from users u join memberships m on m.user_id = u.id and m.edition_id = ${edition.id} and m.role = 'juror'
    where u.email like ${`scale-${year}-juror-%`} order by u.email limit ${count}`;
  if (jurors.length < count) throw new Error(`The edition of ${year} has only ${jurors.length} jurors.`);
  await sql`update editions set phase = 'jury_scoring', jury_closed_at = null, jury_close_reason = null where id = ${edition.id}`;
  for (const juror of jurors) {
    const [sheet] = await sql`
      update score_sheets set state = 'draft', submitted_at = null, version = version + 1, updated_at = now()
      where juror_user_id = ${juror.id} and nomination_id = ${juror.nomination_id} returning version`;
    juror.version = sheet ? sheet.version : 0;
  }
  const restore = async () => {
    await sql`update score_sheets set state = 'submitted', submitted_at = now(), unscored_comments = '{}'::jsonb
      where edition_id = ${edition.id} and state = 'draft' and juror_user_id in ${sql(jurors.map((j) => j.id))}`;
    await sql`update editions set phase = ${edition.phase}, jury_closed_at = ${edition.jury_closed_at}, jury_close_reason = ${edition.jury_close_reason} where id = ${edition.id}`;
  };
  return { editionId: edition.id, criteria, jurors, restore };
}

/**
 * Waits until no computation of the edition's ranking is queued (due now or later: computations are spaced) or
 * running in this server (its job runner's id holds its pid); one left running by a server stopped meanwhile is
 * another runner's to take over, after 15 minutes.
 */
async function waitForRankingJob(sql, editionId, serverPid) {
  const deadline = Date.now() + RANKING_JOB_WAIT_MS;
  for (;;) {
    const [queued] = await sql`
      select count(*)::int as n from jobs
      where kind = 'ranking.compute' and key = ${`edition:${editionId}`}
        and (state = 'pending' or (state = 'running' and locked_by like ${`%:${serverPid}:%`}))`;
    if (queued.n === 0) return;
    if (Date.now() > deadline) throw new Error(`The ranking of edition ${editionId} was still being computed after ${RANKING_JOB_WAIT_MS / 1000} s.`);
    await sleep(500);
  }
}

/**
 * The bench's core, against a running production server: signs in `jurors` jurors, then measures their scoring page
 * and their draft saves with `concurrency` at once. Returns { page, save } summaries (p50Ms, p95Ms, perSecond…);
 * given the server's serverPid, also its CPU ms per request and rss { idle, after, peak } in MiB (idle: once the
 * jurors are signed in; after: a few seconds after the last phase; peak: sampled throughout).
 */
export async function runJuryLoadBench({ baseUrl, databaseUrl, distDir, serverPid, ...options }) {
  const { year, jurors: jurorCount, concurrency, requests, seconds, phases } = { ...JURY_BENCH_DEFAULTS, ...options };
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(baseUrl)) throw new Error(`Loopback only: ${baseUrl} is not.`);
  const actionId = findSaveActionId(distDir);
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const { editionId, criteria, jurors, restore } = await prepareEdition(sql, { year, jurors: jurorCount });
    try {
      for (let i = 0; i < jurors.length; i += SIGN_IN_PARALLEL) {
        await Promise.all(
          jurors.slice(i, i + SIGN_IN_PARALLEL).map(async (juror, k) => {
            juror.cookie = await signIn(baseUrl, juror.email, `10.9.${Math.floor((i + k) / 250)}.${((i + k) % 250) + 1}`);
          }),
        );
      }
      const waitStarted = performance.now();
      if (serverPid) await waitForRankingJob(sql, editionId, serverPid);
      logStep(`The ranking queued by opening the jury was computed by the server's job runner (waited ${((performance.now() - waitStarted) / 1000).toFixed(1)} s after the sign-ins); the phases start now`);
      const idleMiB = serverPid ? getTreeRssMiB(serverPid) : NaN;
      const rss = serverPid ? sampleRss(serverPid) : null;
      const pageOf = (juror) => `${baseUrl}/jury/nominations/${juror.nomination_id}`;
      const getPage = (juror) =>
        timed(async () => {
          const response = await fetch(pageOf(juror), { headers: { cookie: juror.cookie }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
          const html = await response.text();
          return { status: response.status, ok: response.status === 200 && html.includes("Your scores") };
        });
      let page;
      if (phases.includes("page")) {
        for (const juror of jurors) await getPage(juror);
        page = await runBounded({ concurrency, requests, seconds, serverPid }, (index) => getPage(jurors[index % jurors.length]));
      }

      let round = 0;
      const save = (juror) =>
        timed(async () => {
          round++;
          const values = { nominationId: juror.nomination_id, version: juror.version, intent: "draft", overallComment: `Bench round ${round}` };
          criteria.forEach((c, k) => {
            values[`score_${c.id}`] = String(c.scale_min + ((round + k) % (c.scale_max - c.scale_min + 1)));
            values[`comment_${c.id}`] = k === 0 ? `Saved in round ${round}` : "";
          });
          const response = await fetch(pageOf(juror), {
            method: "POST",
            headers: { cookie: juror.cookie, "Next-Action": actionId, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: baseUrl },
            body: JSON.stringify([values]),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          });
          const text = await response.text();
          const version = /"ok":true,"data":\{[^]*?"version":(\d+)/.exec(text);
          if (version) juror.version = Number(version[1]);
          return { status: response.status, ok: response.status === 200 && version !== null };
        });
      let saves;
      if (phases.includes("save")) {
        for (const juror of jurors) await save(juror);
        // One worker per juror, so each juror's saves follow one another as an autosave's do.
        saves = await runBounded({ concurrency: Math.min(concurrency, jurors.length), requests, seconds, serverPid }, (index) => save(jurors[index]));
      }
      // The same pages one at a time beside two without the juror's work: the CPU a request costs with no queue.
      let reference;
      if (serverPid) {
        const oneAtATime = async (urlOf, headers = {}) => {
          for (let i = 0; i < REFERENCE_WARM_UP; i++) await fetch(urlOf(i), { headers }).then((r) => r.arrayBuffer());
          const cpuBefore = getTreeCpuMs(serverPid);
          for (let i = 0; i < REFERENCE_REQUESTS; i++) await fetch(urlOf(REFERENCE_WARM_UP + i), { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then((r) => r.arrayBuffer());
          return (getTreeCpuMs(serverPid) - cpuBefore) / REFERENCE_REQUESTS;
        };
        await sleep(AFTER_LOAD_WAIT_MS);
        reference = {
          healthMs: await oneAtATime(() => `${baseUrl}/api/health`),
          // A new query string each time, so the public answers' copy never answers it: Next renders it every time.
          privacyMs: await oneAtATime((i) => `${baseUrl}/privacy?reference=${i}`),
          pageMs: await oneAtATime(() => pageOf(jurors[0]), { cookie: jurors[0].cookie }),
        };
      }
      let memory;
      if (rss) {
        await sleep(AFTER_LOAD_WAIT_MS);
        memory = { idle: idleMiB, after: getTreeRssMiB(serverPid), peak: rss.stop() };
      }
      return { page, save: saves, rss: memory, reference, jurors: jurors.length, concurrency };
    } finally {
      await restore();
    }
  } finally {
    await sql.end();
  }
}

function describe(name, result) {
  const statuses = Object.entries(result.statuses).map(([status, n]) => `${status}×${n}`).join(" ");
  const cpu = result.cpuMsPerRequest === undefined ? "" : `  CPU ${result.cpuMsPerRequest.toFixed(1).padStart(5)} ms each`;
  return `${name.padEnd(14)} p50 ${result.p50Ms.toFixed(0).padStart(5)} ms  p95 ${result.p95Ms.toFixed(0).padStart(5)} ms  max ${result.maxMs.toFixed(0).padStart(5)} ms  ${result.perSecond.toFixed(1).padStart(6)}/s${cpu}  (${result.requests} in ${result.seconds.toFixed(1)} s: ${statuses})`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      year: { type: "string" },
      jurors: { type: "string" },
      concurrency: { type: "string" },
      requests: { type: "string" },
      seconds: { type: "string" },
      only: { type: "string" },
      "cpu-prof": { type: "string" },
      "node-flag": { type: "string", multiple: true },
    },
  });
  if (!values.url) throw new Error("--url postgres://… of a database made by npm run db:seed:scale is required.");
  const bounded = (name, max) => {
    const n = Number(values[name] ?? JURY_BENCH_DEFAULTS[name]);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}.`);
    return n;
  };
  const options = { year: bounded("year", 2200), jurors: bounded("jurors", 1000), concurrency: bounded("concurrency", 500), requests: bounded("requests", 20_000), seconds: bounded("seconds", 300), phases: values.only ? [values.only] : JURY_BENCH_DEFAULTS.phases };
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench-jury";
  const port = await getFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { ...createAppEnv({ databaseUrl: values.url, secret, publicUrl: baseUrl, distDir }), LOG_LEVEL: "error" };
  logStep(`Production build in ${distDir}`);
  buildApp({ distDir, env });
  logStep(`next start on ${baseUrl} against ${new URL(values.url).pathname.slice(1)}`);
  const nodeArgs = [...(values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values["cpu-prof"])}`] : []), ...(values["node-flag"] ?? [])];
  const server = startNextServer({ port, host: "127.0.0.1", env, nodeArgs, stdio: ["ignore", "ignore", "inherit"] });
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode}).`);
      try {
        if ((await fetch(`${baseUrl}/api/health`)).ok) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error("The server did not start in time.");
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    logStep(`${options.jurors} jurors, ${options.concurrency} at once, at most ${options.requests} requests or ${options.seconds} s per phase`);
    const result = await runJuryLoadBench({ baseUrl, databaseUrl: values.url, distDir, serverPid: server.pid, ...options });
    if (result.page) console.log(describe("scoring page", result.page) + "   goal p95 < 300 ms");
    if (result.save) console.log(describe("score save", result.save) + "   goal p95 < 500 ms");
    if (result.reference) {
      const { healthMs, privacyMs, pageMs } = result.reference;
      const budget = (1000 * 2) / ((options.concurrency * 1000) / 300);
      console.log(`${"one at a time".padEnd(14)} server CPU per request: /api/health ${healthMs.toFixed(1)} ms, /privacy rendered ${privacyMs.toFixed(1)} ms, scoring page ${pageMs.toFixed(1)} ms   (p95 < 300 ms at ${options.concurrency} at once needs ≤ ${budget.toFixed(1)} ms of CPU per page on 2 cores, all of it for the server)`);
    }
    const { idle, after, peak } = result.rss;
    console.log(`${"app RSS".padEnd(14)} idle ${idle.toFixed(0)} MB  after load ${after.toFixed(0)} MB  peak ${peak.toFixed(0)} MB   goal < 300 MB under load`);
  } finally {
    await stopChild(server);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
