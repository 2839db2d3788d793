// `npm run test:faults [-- --short] [--only crash|deadline]`: proof that an acknowledged write survives a crash of
// PostgreSQL, and that the submission deadline holds by the database clock. The test makes its own cluster (initdb
// on a free loopback port, default durability settings), migrates and seeds it, starts the production app on it
// (NEXT_DIST_DIR, default .next-faults; built when its sources changed) and drives it with server actions as the
// browser sends them. Exits non-zero on any lost, duplicated or half-written write, any 500, any wrong answer during
// the outage, or any submission judged wrongly against the close. Every process it starts is stopped by its PID and
// its folder removed, also on failure. `npm run test:deadline` is the deadline run alone.
import { closeSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { buildApp, createAppEnv, logStep, runNpmScript, startNextServer, waitForHealthy } from "./lib/app.mjs";
import { cleanUp, getFreePort, onCleanUp, runTsx, trackChild } from "./lib/bench-process.mjs";
import { checkCrashOutcome } from "./lib/fault-crash-check.mjs";
import { runCrashWorkload } from "./lib/fault-crash.mjs";
import { runDeadlineRun } from "./lib/fault-deadline.mjs";
import { findActionIds, mintSessionCookie } from "./lib/fault-http.mjs";
import { createCluster } from "./lib/pg-cluster.mjs";

// A fixed secret is fine: this server only listens on the loopback address for the length of the test.
const secret = "palmares-faults-secret-only-for-local-tests-0123456789";
const ACTIONS = {
  saveDossier: "app/coordinator/actions.ts#saveNominationAction",
  submitDossier: "app/coordinator/actions.ts#submitNominationAction",
  saveSheet: "app/jury/actions.ts#saveScoreSheetAction",
};
const SIZES = {
  full: { coordinators: 16, dossiers: 3, jurors: 16, sheets: 3, saves: 4, downMs: [2000, 5000], timeLimitMs: 150_000, deadline: 1000, deadlineWarmUp: 60, deadlineConcurrency: 8 },
  short: { coordinators: 8, dossiers: 2, jurors: 8, sheets: 2, saves: 3, downMs: [1500, 3000], timeLimitMs: 60_000, deadline: 200, deadlineWarmUp: 30, deadlineConcurrency: 8 },
};

async function checkDurabilitySettings(sql) {
  const settings = {};
  for (const name of ["fsync", "synchronous_commit", "full_page_writes", "wal_sync_method"]) {
    const [row] = await sql.unsafe(`show ${name}`);
    settings[name] = row[name];
  }
  console.log(Object.entries(settings).map(([k, v]) => `${k}=${v}`).join("  "));
  if (settings.fsync !== "on" || settings.synchronous_commit !== "on") throw new Error("The test cluster must run with fsync and synchronous_commit on.");
}

function printCrash(run, outcome) {
  const { log, outage } = run;
  const sorted = [...log.latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const lines = [
    `killed postmaster ${outage.killed.postmaster} (and ${outage.killed.children} backends) after ${run.killAfter} of ${run.planned} planned writes were acknowledged; down ${(outage.downMs / 1000).toFixed(1)} s, accepting queries again ${((outage.readyAt - outage.killAt) / 1000).toFixed(1)} s after the kill`,
    `requests ${log.requests} in ${run.seconds.toFixed(1)} s: ok ${log.ok}, try-again answers ${log.tryAgain}, no answer ${log.noAnswer.length}, 500s ${log.faults.length}; answer time p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)} ms`,
    `acknowledged writes ${outcome.acknowledged}, found ${outcome.found}, lost ${outcome.lost.length + log.lost.length}, duplicated ${outcome.duplicated.length}, half-written ${outcome.halfWritten.length}`,
    `a page during the outage: HTTP ${outage.page?.status ?? "no answer"}, ${outage.page?.saysTryAgain ? "says to try again" : "does NOT say to try again"}`,
    `acknowledged after the restart ${run.acks.filter((a) => a.at > outage.readyAt).length}; landed without an answer (found on reload) ${log.landedUnacknowledged}; wrong answers during the outage ${log.duringOutage.length}; unexpected refusals ${log.refusals.length}`,
  ];
  for (const line of lines) console.log(line);
  const examples = [...outcome.lost, ...log.lost, ...outcome.duplicated, ...outcome.halfWritten, ...log.faults, ...log.duringOutage, ...log.refusals, ...log.noAnswer];
  for (const example of examples.slice(0, 10)) console.log(`  ! ${example}`);
  return (
    outcome.lost.length + log.lost.length + outcome.duplicated.length + outcome.halfWritten.length + log.faults.length + log.noAnswer.length + log.duringOutage.length + log.refusals.length === 0 &&
    outcome.found === outcome.acknowledged &&
    log.tryAgain > 0 &&
    outage.page?.saysTryAgain === true &&
    run.acks.some((a) => a.at > outage.readyAt)
  );
}

function printDeadline(result) {
  const c = result.counts;
  console.log(`closes at ${result.closesAt} (deadline + 1 min grace) by the database clock, set from a warm-up at ${result.perSecond.toFixed(1)} submissions/s`);
  console.log(`${c.fired} submissions of distinct dossiers by distinct coordinators in ${result.seconds.toFixed(1)} s, ${result.concurrency} in flight: ${c.sentBefore} sent before the close, ${c.sentAfter} after`);
  console.log(`accepted ${c.accepted}, refused ${c.refused}, wrongly accepted ${c.wronglyAccepted}, wrongly refused ${c.wronglyRefused}, within the log's 1 ms of the close ${c.atTheBoundary}, other answers ${c.otherAnswers}, refusals not found in the statement log ${c.unmatched}`);
  console.log(`answer time p50 ${result.latency.p50} ms, p95 ${result.latency.p95} ms, max ${result.latency.max} ms`);
  for (const example of result.examples.slice(0, 10)) console.log(`  ! ${example}`);
  return c.wronglyAccepted + c.wronglyRefused + c.otherAnswers + c.unmatched === 0 && c.accepted > 0 && c.refused > 0;
}

async function main() {
  const { values } = parseArgs({ options: { short: { type: "boolean" }, only: { type: "string" }, "keep-logs": { type: "boolean" } } });
  if (values.only && !["crash", "deadline"].includes(values.only)) throw new Error("--only must be crash or deadline.");
  const size = SIZES[values.short ? "short" : "full"];
  const runs = values.only ? [values.only] : ["crash", "deadline"];
  const distDir = process.env.NEXT_DIST_DIR || ".next-faults";
  const started = Date.now();

  const cluster = createCluster({ port: await getFreePort() });
  // --keep-logs keeps the folder's postgres.log and app.log (the cluster is stopped all the same) for a failure's study.
  onCleanUp(() => cluster.remove({ isKeepingLogs: values["keep-logs"] }));
  logStep(`Own PostgreSQL cluster in ${cluster.dir} on port ${cluster.port}`);
  console.log(`postmaster PID ${await cluster.start()}`);
  const sql = postgres(cluster.url, { max: 4, onnotice: () => {} });
  onCleanUp(() => sql.end({ timeout: 2 }));
  await checkDurabilitySettings(sql);

  const appPort = await getFreePort();
  const base = `http://127.0.0.1:${appPort}`;
  const env = { ...createAppEnv({ databaseUrl: cluster.url, secret, publicUrl: base, distDir }), LOG_LEVEL: "warn" };
  logStep("Migrations and seed");
  runNpmScript("db:migrate", env, { quiet: true });
  const seedArgs = ["--coordinators", size.coordinators, "--dossiers", size.dossiers, "--jurors", size.jurors, "--sheets", size.sheets];
  seedArgs.push("--deadline", runs.includes("deadline") ? size.deadline + size.deadlineWarmUp : 0);
  const world = JSON.parse((await runTsx("scripts/lib/faults-seed.ts", seedArgs.map(String), { env, timeoutMs: 120_000 })).trim().split("\n").at(-1));

  logStep(`Production build in ${distDir}`);
  buildApp({ distDir, env });
  const actionIds = Object.fromEntries(Object.entries(findActionIds(distDir, Object.values(ACTIONS))).map(([key, id]) => [Object.keys(ACTIONS).find((k) => ACTIONS[k] === key), id]));
  const appLog = path.join(cluster.dir, "app.log");
  const out = openSync(appLog, "a");
  const server = trackChild(startNextServer({ port: appPort, host: "127.0.0.1", env, stdio: ["ignore", out, out] }));
  closeSync(out);
  logStep(`next start on ${base} (PID ${server.pid})`);
  await waitForHealthy(base, server);
  const testStarted = Date.now();

  const userIds = [
    ...world.dossiers.coordinators.map((c) => c.userId),
    ...world.jury.jurors.map((j) => j.userId),
    ...world.deadline.dossiers.map((d) => d.userId),
  ];
  const cookies = new Map(await Promise.all(userIds.map(async (id) => [id, await mintSessionCookie(id, secret)])));

  let isPassed = true;
  try {
    if (runs.includes("crash")) {
      logStep(`Crash: ${world.dossiers.coordinators.length} coordinators and ${world.jury.jurors.length} jurors writing; PostgreSQL SIGKILLed and restarted`);
      const run = await runCrashWorkload({ base, world, cookies, actionIds, cluster, sql, options: size });
      const outcome = await checkCrashOutcome({ sql, world, acks: run.acks, landed: run.landed });
      isPassed = printCrash(run, outcome) && isPassed;
    }
    if (runs.includes("deadline")) {
      logStep(`Deadline: ${size.deadline} submissions around the close, after ${size.deadlineWarmUp} to measure the pace`);
      isPassed = printDeadline(await runDeadlineRun({ base, sql, cluster, world, cookies, actionIds, options: size })) && isPassed;
    }
  } catch (error) {
    console.error(`The app's log ends:\n${readFileSync(appLog, "utf8").split("\n").slice(-30).join("\n")}`);
    throw error;
  }
  console.log(`\n${isPassed ? "PASSED" : "FAILED"}: test:faults ${runs.join(" + ")} in ${((Date.now() - testStarted) / 1000).toFixed(0)} s (${((Date.now() - started) / 1000).toFixed(0)} s with set-up)`);
  console.log(`${isPassed ? 1 : 0} passed, ${isPassed ? 0 : 1} failed`);
  return isPassed;
}

process.on("unhandledRejection", (error) => {
  console.error(error instanceof Error ? error.stack : error);
  cleanUp().finally(() => process.exit(1));
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    cleanUp().finally(() => process.exit(1));
  });
}

main()
  .then(async (isPassed) => {
    await cleanUp();
    process.exit(isPassed ? 0 : 1);
  })
  .catch(async (error) => {
    console.error(error instanceof Error ? error.stack : error);
    await cleanUp();
    process.exit(1);
  });
