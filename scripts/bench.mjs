// `npm run bench [-- --quick] [-- --engine postgres|pglite|both] [-- --dossiers N --jurors N --sheets N] [-- --write]`
// The rows of issue 10 measured over HTTP on a production build, on PostgreSQL and on PGlite, printed as one table
// with the goal beside each figure (--write also puts it in docs/performance.md). Loopback only; every load run,
// every child and the whole bench are bounded in time, and every child is stopped by its PID at the end.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { buildApp, createAppEnv, logStep, startNextServer, stopChild } from "./lib/app.mjs";
import { mapLimited, measurePage, signIn, timeRequest, waitForHealth, waitForQuiet } from "./lib/bench-http.mjs";
import { cleanUp, createServerDatabase, getFreePort, getTreeRssMiB, onCleanUp, runTsx, sampleRss, sleep, trackChild } from "./lib/bench-process.mjs";
import { formatTable, toFailedRow, toLoadRow, toPageRow, toPublicRow, toRankingRows, toRssRow, toSessionRow, writeToDoc } from "./lib/bench-report.mjs";
import { comparePublicPage, countSessionLookups, getSaveActionId, loadSaves, loadScoringPage, saveOnce } from "./lib/bench-scenarios.mjs";

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    engine: { type: "string", default: "both" },
    dossiers: { type: "string" },
    jurors: { type: "string" },
    sheets: { type: "string" },
    duration: { type: "string" },
    write: { type: "boolean", default: false },
    "skip-ranking": { type: "boolean", default: false },
    "timeout-minutes": { type: "string" },
  },
});

const DIST_DIR = ".next-bench";
const SECRET = "palmares-bench-secret-only-for-local-runs-0123456789";
const SCALE_PASSWORD = "scale-password";
const RANKING_YEAR = 2090;
const JURY_YEAR = 2091;
const PUBLIC_PATH = "/results/2014";
const SCORING_CONNECTIONS = 100;
const PUBLIC_CONNECTIONS = 200;
const SIGNED_IN_JURORS = 20;
// After a run, the app may still be answering the requests the load generator gave up on.
const QUIET_WAIT_MS = 180_000;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
// Seeding PGlite (WebAssembly, one connection) at 10,000 dossiers takes many minutes, so it runs smaller by default.
const DEFAULT_SIZES = flags.quick
  ? { postgres: { dossiers: 200, jurors: 40, sheets: 5 }, pglite: { dossiers: 200, jurors: 40, sheets: 5 } }
  : { postgres: { dossiers: 10_000, jurors: 1_000, sheets: 20 }, pglite: { dossiers: 2_000, jurors: 200, sheets: 20 } };
const durationSeconds = Number(flags.duration ?? (flags.quick ? 5 : 10));
// The juror's rows count answers instead (each connection waits for its own), bounded by a longer time.
const REQUESTS_PER_CONNECTION = flags.quick ? 3 : 10;
const COUNTED_RUN_BOUND_SECONDS = flags.quick ? 10 : 15;
const timeoutMinutes = Number(flags["timeout-minutes"] ?? (flags.quick ? 10 : 45));
const engines = flags.engine === "both" ? ["postgres", "pglite"] : [flags.engine];

if (!engines.every((engine) => engine === "postgres" || engine === "pglite")) throw new Error("--engine is postgres, pglite or both.");
if (!(durationSeconds > 0 && durationSeconds <= 15)) throw new Error("--duration is 1 to 15 seconds per load run.");

function getSizes(engine) {
  const sizes = { ...DEFAULT_SIZES[engine] };
  for (const key of ["dossiers", "jurors", "sheets"]) if (flags[key] !== undefined) sizes[key] = Number(flags[key]);
  return sizes;
}

const ENGINE_NAMES = { postgres: "PostgreSQL", pglite: "PGlite" };
const describeEngine = (engine, sizes) => `${ENGINE_NAMES[engine]} ${sizes.dossiers}/${sizes.jurors}/${sizes.sheets}`;

/** A fresh database for one engine, with its clean-up registered: a "bench" database on the server, or a temporary folder. */
async function createDatabase(engine) {
  if (engine === "pglite") {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "palmares-bench-"));
    onCleanUp(() => rmSync(dataDir, { recursive: true, force: true }));
    return { env: createAppEnv({ dataDir, secret: SECRET, distDir: DIST_DIR }), sql: null };
  }
  const { url, sql } = await createServerDatabase(ADMIN_URL, "palmares_bench_http");
  return { env: createAppEnv({ databaseUrl: url, secret: SECRET, distDir: DIST_DIR }), sql };
}

async function seed(env, sizes) {
  const seedTimeout = 20 * 60_000;
  await runTsx("db/seed.ts", [], { env, timeoutMs: seedTimeout });
  for (const year of [RANKING_YEAR, JURY_YEAR]) {
    const args = ["--dossiers", sizes.dossiers, "--jurors", sizes.jurors, "--sheets", sizes.sheets, "--year", year].map(String);
    if (env.DATABASE_URL) args.push("--url", env.DATABASE_URL);
    const started = performance.now();
    await runTsx("scripts/seed-scale.ts", args, { env, timeoutMs: seedTimeout });
    console.log(`Seeded the ${year} edition in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  }
  const jurors = Math.min(SIGNED_IN_JURORS, sizes.jurors);
  const output = await runTsx("scripts/lib/bench-prepare.ts", ["--year", String(JURY_YEAR), "--jurors", String(jurors), "--slots", String(SCORING_CONNECTIONS)], { env, timeoutMs: 120_000 });
  return JSON.parse(output.trim().split("\n").at(-1));
}

async function benchEngine(engine, actionId) {
  const sizes = getSizes(engine);
  const label = describeEngine(engine, sizes);
  logStep(`${label}: fresh database, demo data and two generated editions (${RANKING_YEAR} in deliberation, ${JURY_YEAR} open for scoring)`);
  const { env, sql } = await createDatabase(engine);
  const jury = await seed({ ...env, LOG_LEVEL: "warn" }, sizes);

  const port = await getFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = trackChild(startNextServer({ port, host: "127.0.0.1", env: { ...env, NEXTAUTH_URL: base, LOG_LEVEL: "warn" }, stdio: ["ignore", "ignore", "inherit"] }));
  const rows = [];
  try {
    logStep(`${label}: start and sign in`);
    const startMs = await waitForHealth(base, server);
    console.log(`Healthy after ${(startMs / 1000).toFixed(1)} s on ${base}.`);
    const rss = sampleRss(server.pid);
    const admin = await signIn(base, { email: `scale-${RANKING_YEAR}-admin@scale.invalid`, password: SCALE_PASSWORD });
    const emails = [...new Set(jury.slots.map((slot) => slot.email))];
    const cookies = new Map(await mapLimited(emails, 4, async (email) => [email, await signIn(base, { email, password: SCALE_PASSWORD })]));
    console.log(`Signed in the secretariat and ${cookies.size} jurors; ${jury.slots.length} sheets to score.`);

    let sessions = null;
    if (sql) {
      logStep(`${label}: session lookups per signed-in page (waits for PostgreSQL's statistics)`);
      sessions = await countSessionLookups({ base, sql, cookie: cookies.get(emails[0]) });
    } else await sleep(2_000);
    const idleMiB = getTreeRssMiB(server.pid);

    logStep(`${label}: secretariat pages of the ${RANKING_YEAR} edition, one request at a time`);
    const pages = [
      ["ranking / deliberation page", "ranking", { goalMs: 500, goal: "< 500 ms, no other request waits (health < 100 ms)", needsNoWait: true }],
      ["jury progress page", "progress", { goalMs: 1_000, goal: "< 1 s" }],
      ["nominations list", "nominations", { goalMs: 300, goal: "< 300 ms" }],
    ];
    for (const [row, page, goal] of pages) {
      const result = await measurePage(base, `/admin/editions/${RANKING_YEAR}/${page}`, { cookie: admin });
      console.log(`${row}: HTTP ${result.status}, median ${result.medianMs.toFixed(0)} ms`);
      rows.push(toPageRow(row, label, result, goal));
      // A load that timed out may still be rendering; the next row must not measure its tail.
      await waitForQuiet(base, QUIET_WAIT_MS);
    }

    logStep(`${label}: the juror's scoring page and draft saves, ${SCORING_CONNECTIONS} connections × ${REQUESTS_PER_CONNECTION} requests (at most ${COUNTED_RUN_BOUND_SECONDS} s)`);
    const counted = { connections: SCORING_CONNECTIONS, durationSeconds: COUNTED_RUN_BOUND_SECONDS, requestsPerConnection: REQUESTS_PER_CONNECTION };
    const first = jury.slots[0];
    const scoringRow = `juror's scoring page @${SCORING_CONNECTIONS} concurrent`;
    const saveRow = `score save @${Math.min(SCORING_CONNECTIONS, jury.slots.length)} concurrent`;
    // One page and one save while the app is quiet check both routes (and give the first sheet its version).
    const check = await timeRequest(`${base}/jury/nominations/${first.nominationId}`, { cookie: cookies.get(first.email), timeoutMs: 60_000 });
    const probe = await saveOnce({ base, actionId, slot: first, cookie: cookies.get(first.email), criteria: jury.criteria }).catch((error) => ({ refusal: error.message }));
    if (check.status !== 200) rows.push(toFailedRow(scoringRow, label, `the page answered HTTP ${check.status}`, "p95 < 300 ms"));
    else {
      const scoring = await loadScoringPage({ base, slots: jury.slots, cookies, ...counted });
      rows.push(toLoadRow(scoringRow, label, scoring, { goalMs: 300, goal: "p95 < 300 ms" }));
      await waitForQuiet(base, QUIET_WAIT_MS);
    }
    if (!probe.version) rows.push(toFailedRow(saveRow, label, `a single draft save failed: ${probe.refusal}`, "p95 < 500 ms"));
    else {
      const saves = await loadSaves({ base, actionId, slots: jury.slots, cookies, criteria: jury.criteria, ...counted });
      const refused = Object.entries(saves.refusals).map(([why, n]) => `${n}× ${why}`).join("; ");
      rows.push(
        toLoadRow(saveRow, label, { ...saves, statuses: { 200: saves.saved } }, {
          goalMs: 500,
          goal: "p95 < 500 ms",
          extra: `; ${saves.savesPerSecond.toFixed(0)} saves/s${refused ? `; refused: ${refused}` : ""}`,
        }),
      );
      await waitForQuiet(base, QUIET_WAIT_MS);
    }

    logStep(`${label}: public results page @${PUBLIC_CONNECTIONS} connections, alternated with a bare node:http server`);
    const publicPage = await comparePublicPage({ base, path: PUBLIC_PATH, connections: PUBLIC_CONNECTIONS, durationSeconds, rounds: 2 }).catch((error) => ({ error }));
    if (publicPage.error) rows.push(toFailedRow(`public results page @${PUBLIC_CONNECTIONS} connections`, label, publicPage.error.message, "≥ 0.5× the bare server, p99 < 100 ms"));
    else rows.push(toPublicRow(label, publicPage));

    await sleep(3_000);
    rows.push(toRssRow(label, { idle: idleMiB, afterLoad: getTreeRssMiB(server.pid), peak: rss.stop() }));
    rows.push(toSessionRow(label, sessions));
    return rows;
  } finally {
    await stopChild(server);
    await cleanUp();
  }
}

async function describeMachine() {
  const cpus = os.cpus();
  let postgresVersion = "not used";
  if (engines.includes("postgres")) {
    const sql = postgres(ADMIN_URL, { max: 1, connect_timeout: 5 });
    try {
      postgresVersion = (await sql`show server_version`)[0].server_version;
    } finally {
      await sql.end({ timeout: 5 });
    }
  }
  return `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, load average ${os.loadavg()[0].toFixed(2)} at start; Node ${process.version}, PostgreSQL ${postgresVersion}; \`npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\`; load runs of ${durationSeconds} s. Engine sizes: dossiers/jurors/sheets per dossier.`;
}

async function main() {
  const machine = await describeMachine();
  logStep(`Production build in ${DIST_DIR}`);
  buildApp({ distDir: DIST_DIR, env: createAppEnv({ secret: SECRET, distDir: DIST_DIR }) });
  const actionId = getSaveActionId(DIST_DIR);

  const rows = [];
  if (!flags["skip-ranking"]) {
    logStep("In-process ranking (scripts/bench-ranking.ts), with no server running");
    rows.push(...toRankingRows(await runTsx("scripts/bench-ranking.ts", [], { env: process.env, timeoutMs: 5 * 60_000, echo: true }).catch((error) => error.message)));
  }
  for (const engine of engines) rows.push(...(await benchEngine(engine, actionId)));

  const table = formatTable(rows);
  logStep("Results");
  console.log(`${machine}\n\n${table}`);
  if (flags.write) writeToDoc(table, machine);
}

const deadline = setTimeout(() => {
  console.error(`\nThe bench ran past its ${timeoutMinutes} minutes; stopping every child.`);
  cleanUp().finally(() => process.exit(1));
}, timeoutMinutes * 60_000);
deadline.unref();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping every child.`);
    cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(() => cleanUp())
  .catch(async (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await cleanUp();
    process.exit(1);
  });
