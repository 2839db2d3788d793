// npm run test:instances: two production instances on one PostgreSQL database behind nginx (round-robin), and what
// must hold across them: sessions, annexes, sign-in throttling, the job queue and the ceremony's live push.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { buildApp, createAppEnv, isBuildCurrent, logStep, startNextServer } from "./lib/app.mjs";
import { signIn, waitForHealth } from "./lib/bench-http.mjs";
import { cleanUp, createServerDatabase, getFreePort, onCleanUp, runTsx, sleep, trackChild } from "./lib/bench-process.mjs";
import { startNginx, writeNginxConfig } from "./lib/reveal-nginx.mjs";

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
// Its own build folder, unless the end-to-end suite's build of the same sources is there (as in CI, after npm test).
const DIST_DIR = [".next-instances", ".next-e2e"].find((dir) => isBuildCurrent(dir)) ?? ".next-instances";
const SECRET = `palmares-instances-test-${randomBytes(16).toString("hex")}`;
const TOTAL_TIMEOUT_MS = 10 * 60_000;
// Long, so that only the push (LISTEN/NOTIFY) can bring a step to the other instance within PUSH_BUDGET_MS.
const POLL_MS = 30_000;
const PUSH_BUDGET_MS = 2_000;
const CEREMONY_YEAR = 2038; // tests/e2e/seed/ceremony.seed.ts
const PASSWORD = "e2e-password-only-for-local-tests"; // tests/e2e/support/spec-accounts.ts
const ADMIN = { email: "instances.admin@e2e.test", password: PASSWORD }; // tests/instances/seed.ts
const COORDINATOR = { email: "annexes.coordinator.nl@e2e.test", password: PASSWORD };
const THROTTLED_EMAIL = "auth.throttled@e2e.test";
const ACCOUNT_FAILURES_ALLOWED = 5; // lib/auth/sign-in-throttle.ts

const results = [];

/** Runs one check, records its time, and stops the run at the first failure. */
async function check(name, body) {
  const started = performance.now();
  const detail = await body();
  const ms = performance.now() - started;
  results.push({ name, ms, detail });
  console.log(`  ok  ${name} (${(ms / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ""}`);
}

/** How many items fall under each key. */
function countBy(items, toKey) {
  const counts = {};
  for (const item of items) counts[toKey(item)] = (counts[toKey(item)] ?? 0) + 1;
  return counts;
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The step events of a ceremony stream, each with the moment it arrived. */
async function openStepStream(url, cookie) {
  const abort = new AbortController();
  onCleanUp(() => abort.abort());
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal });
  assert(response.status === 200, `the stream on ${url} answered ${response.status}`);
  const events = [];
  const waiters = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").find((line) => line.startsWith("data: "));
          if (!block.startsWith("event: step") || !data) continue;
          events.push({ at: performance.now(), step: JSON.parse(data.slice(6)) });
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();
  return {
    close: () => abort.abort(),
    /** The next step event after the count seen so far, or null after timeoutMs. */
    async next(seen, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (events.length <= seen && performance.now() < deadline) {
        await Promise.race([new Promise((resolve) => waiters.push(resolve)), sleep(deadline - performance.now())]);
      }
      return events[seen] ?? null;
    },
  };
}

async function attemptSignIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: base, json: "true" }),
  });
  await response.arrayBuffer();
  return response.status;
}

async function main() {
  const runStarted = performance.now();
  logStep(`Production build in ${DIST_DIR}`);
  const build = buildApp({ distDir: DIST_DIR, env: createAppEnv({ distDir: DIST_DIR }), force: process.env.INSTANCES_FORCE_BUILD === "1" });

  logStep("A fresh PostgreSQL database, migrated once (as a release would), seeded");
  const seedStarted = performance.now();
  const database = await createServerDatabase(ADMIN_URL, "palmares_instances");
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), "palmares-instances-uploads-"));
  onCleanUp(() => rmSync(uploadDir, { recursive: true, force: true }));
  const [portA, portB, proxyPort] = [await getFreePort(), await getFreePort(), await getFreePort()];
  const proxy = `http://127.0.0.1:${proxyPort}`;
  const env = createAppEnv({ databaseUrl: database.url, secret: SECRET, publicUrl: proxy, distDir: DIST_DIR });
  // Both instances share the annex store: one folder here, a bucket in production (STORAGE_DRIVER=s3).
  Object.assign(env, { UPLOAD_DIR: uploadDir, CEREMONY_POLL_MS: String(POLL_MS), LOG_LEVEL: "warn" });
  await runTsx("db/migrate.ts", [], { env, timeoutMs: 120_000 });
  const seeded = JSON.parse((await runTsx("tests/instances/seed.ts", [], { env, timeoutMs: 120_000 })).trim().split("\n").at(-1));
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  logStep(`Two instances (127.0.0.1:${portA} and :${portB}) started together, nginx round-robin on :${proxyPort}`);
  const startStarted = performance.now();
  const [a, b] = [portA, portB].map((port) => trackChild(startNextServer({ port, host: "127.0.0.1", env, stdio: ["ignore", "inherit", "inherit"] })));
  const baseA = `http://127.0.0.1:${portA}`;
  const baseB = `http://127.0.0.1:${portB}`;
  await Promise.all([waitForHealth(baseA, a), waitForHealth(baseB, b)]);
  const nginxDir = mkdtempSync(path.join(os.tmpdir(), "palmares-instances-nginx-"));
  onCleanUp(() => rmSync(nginxDir, { recursive: true, force: true }));
  const nginx = trackChild(await startNginx({ dir: nginxDir, configFile: writeNginxConfig({ dir: nginxDir, appPorts: [portA, portB], port: proxyPort, logUpstreams: true }) }));
  await waitForHealth(proxy, nginx);
  console.log(`Instances answering after ${((performance.now() - startStarted) / 1000).toFixed(1)} s (pids ${a.pid}, ${b.pid}).`);

  logStep("Checks");
  await check("readiness: each instance is ready (database reachable, no migration pending)", async () => {
    for (const base of [baseA, baseB]) {
      const response = await fetch(`${base}/api/ready`);
      const body = await response.json();
      assert(response.status === 200 && body.status === "ready", `${base}/api/ready answered ${response.status} ${JSON.stringify(body)}`);
    }
  });

  await check("nginx spreads requests over both instances", async () => {
    for (let i = 0; i < 10; i++) await (await fetch(`${proxy}/api/ready?probe=${i}`)).arrayBuffer();
    await sleep(200);
    const lines = readFileSync(path.join(nginxDir, "logs", "upstreams.log"), "utf8").split("\n").filter((l) => l.includes("probe="));
    const counts = countBy(lines, (line) => line.split(" ")[1]);
    const [onA, onB] = [counts[`127.0.0.1:${portA}`] ?? 0, counts[`127.0.0.1:${portB}`] ?? 0];
    assert(onA > 0 && onB > 0 && onA + onB === 10, `the probes reached ${JSON.stringify(counts)}`);
    return `${onA} on A + ${onB} on B of 10`;
  });

  const coordinator = await signIn(baseA, COORDINATOR);
  await check("a session started on instance A works on instance B (and through nginx)", async () => {
    for (const base of [baseB, proxy, proxy]) {
      const { account } = await (await fetch(`${base}/api/v1/session`, { headers: { cookie: coordinator } })).json();
      assert(account !== null, `${base} did not know the session started on A`);
    }
    const { account } = await (await fetch(`${baseB}/api/v1/session`)).json();
    assert(account === null, "B answered a signed-in account without a cookie");
  });

  await check("an annex uploaded through A downloads byte for byte through B", async () => {
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(4096), Buffer.from("\n%%EOF\n")]);
    const form = new FormData();
    form.append("file", new Blob([bytes], { type: "application/pdf" }), "instances.pdf");
    const upload = await fetch(`${baseA}/api/v1/nominations/${seeded.nominationId}/annexes`, { method: "POST", headers: { cookie: coordinator }, body: form });
    const uploaded = await upload.text();
    assert(upload.status === 201, `the upload through A answered ${upload.status}: ${uploaded}`);
    const { annex } = JSON.parse(uploaded);
    const download = await fetch(`${baseB}/api/v1/annexes/${annex.id}`, { headers: { cookie: coordinator } });
    assert(download.status === 200, `the download through B answered ${download.status}`);
    const got = Buffer.from(await download.arrayBuffer());
    const sha = (buffer) => createHash("sha256").update(buffer).digest("hex");
    assert(sha(got) === sha(bytes), "the annex B served differs from the one uploaded through A");
    return `${bytes.length} bytes, sha-256 ${sha(bytes).slice(0, 12)}…`;
  });

  await check(`sign-in throttling counts failures across instances (${ACCOUNT_FAILURES_ALLOWED} allowed per account)`, async () => {
    const statuses = [];
    for (let attempt = 0; attempt < ACCOUNT_FAILURES_ALLOWED + 2; attempt++) {
      statuses.push(await attemptSignIn(attempt % 2 === 0 ? baseA : baseB, THROTTLED_EMAIL, "not-the-password"));
    }
    // Counted per process, each instance would allow five of its own: the sixth and seventh would still be 401.
    const allowed = statuses.slice(0, ACCOUNT_FAILURES_ALLOWED);
    assert(allowed.every((s) => s === 401), `the first failures answered ${allowed.join(", ")}`);
    assert(statuses.slice(ACCOUNT_FAILURES_ALLOWED).every((s) => s === 429), `after ${ACCOUNT_FAILURES_ALLOWED} failures over A and B: ${statuses.join(", ")}`);
    return `A/B alternating: ${statuses.join(" ")}`;
  });

  await check(`${seeded.racedJobs} due jobs raced for by both runners each ran exactly once`, async () => {
    const deadline = performance.now() + 60_000;
    let rows = [];
    while (performance.now() < deadline) {
      rows = await database.sql`select state, attempts, locked_by from jobs where key like 'instances-race:%' and finished_at is not null`;
      if (rows.length >= seeded.racedJobs) break;
      await sleep(500);
    }
    assert(rows.length === seeded.racedJobs, `${rows.length} of ${seeded.racedJobs} raced jobs finished within 60 s`);
    const twice = rows.filter((row) => row.attempts !== 1 || row.state !== "done");
    assert(twice.length === 0, `${twice.length} raced jobs ran more than once or failed: ${JSON.stringify(twice.slice(0, 3))}`);
    const byRunner = Object.entries(countBy(rows, (row) => row.locked_by.split(":")[1])).map(([pid, count]) => `pid ${pid} ran ${count}`);
    // Both instances scheduled the recurring jobs at start-up; each must have run once, not once per instance.
    const countRecurringRuns = () =>
      database.sql`select kind, count(*) filter (where state in ('done', 'failed'))::int as runs from jobs where key = kind group by kind order by kind`;
    let recurring = await countRecurringRuns();
    while (recurring.some((row) => row.runs === 0) && performance.now() < deadline) {
      await sleep(500);
      recurring = await countRecurringRuns();
    }
    // A second run, had the other instance queued one, would follow at once.
    await sleep(2_000);
    recurring = await countRecurringRuns();
    assert(recurring.length > 0 && recurring.every((row) => row.runs === 1), `recurring jobs' runs at start-up: ${JSON.stringify(recurring)}`);
    return `${byRunner.join(", ")}; recurring jobs run at start-up: ${recurring.map((row) => `${row.kind} ×${row.runs}`).join(", ")}`;
  });

  await check(`the ceremony: a step moved on A reaches an audience stream on B within ${PUSH_BUDGET_MS} ms (poll ${POLL_MS} ms)`, async () => {
    const adminCookie = await signIn(baseA, ADMIN);
    const stream = await openStepStream(`${baseB}/api/v1/ceremony/${CEREMONY_YEAR}/stream?rehearsal=1`, adminCookie);
    let seen = 0;
    const first = await stream.next(seen++, 10_000);
    assert(first?.step?.view, "no first step event from B");
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
    onCleanUp(() => browser.close());
    const context = await browser.newContext();
    await context.addCookies(adminCookie.split("; ").map((pair) => ({ name: pair.split("=")[0], value: pair.slice(pair.indexOf("=") + 1), url: baseA })));
    const presenter = await context.newPage();
    presenter.on("dialog", (dialog) => void dialog.accept());
    await presenter.goto(`${baseA}/admin/editions/${CEREMONY_YEAR}/ceremony?rehearsal=1`);
    const latencies = [];
    const started = performance.now();
    await presenter.getByRole("button", { name: "Start a rehearsal" }).click();
    // The start is the page's first server action (its confirmation included), so it is reported, not judged.
    const afterStart = await stream.next(seen++, POLL_MS / 2);
    assert(afterStart, `the rehearsal's start did not reach B within ${POLL_MS / 2} ms`);
    const startMs = afterStart.at - started;
    const current = presenter.locator('[aria-current="step"]');
    for (let step = 0; step < 3; step++) {
      // The presenter sends the version it shows, so each press waits until its page has the last step.
      const before = await current.textContent();
      const pressed = performance.now();
      await presenter.keyboard.press("PageDown");
      const event = await stream.next(seen++, POLL_MS / 2);
      assert(event, `step ${step + 1} did not reach B within ${POLL_MS / 2} ms (before: ${latencies.map((ms) => ms.toFixed(0)).join(", ")} ms)`);
      latencies.push(event.at - pressed);
      await presenter.waitForFunction(
        ([selector, text]) => document.querySelector(selector)?.textContent !== text,
        ['[aria-current="step"]', before],
        { timeout: 10_000 },
      );
    }
    stream.close();
    const slow = latencies.filter((ms) => ms > PUSH_BUDGET_MS);
    assert(slow.length === 0, `steps reached B after ${latencies.map((ms) => ms.toFixed(0)).join(", ")} ms`);
    return `start click on A → event on B ${startMs.toFixed(0)} ms; key press on A → event on B: ${latencies.map((ms) => `${ms.toFixed(0)} ms`).join(", ")}`;
  });

  const totalSeconds = (performance.now() - runStarted) / 1000;
  logStep("Summary");
  console.log(`build ${build.isBuilt ? `${build.seconds.toFixed(0)} s` : "reused"}, database and seed ${seedSeconds.toFixed(0)} s, total ${totalSeconds.toFixed(0)} s`);
  for (const { name, ms, detail } of results) console.log(`  ${(ms / 1000).toFixed(1).padStart(5)} s  ${name}${detail ? ` — ${detail}` : ""}`);
  console.log(`${results.length} checks passed.`);
}

const timer = setTimeout(() => {
  console.error(`test:instances did not finish within ${TOTAL_TIMEOUT_MS / 60_000} min; stopping.`);
  void cleanUp().then(() => process.exit(1));
}, TOTAL_TIMEOUT_MS);
timer.unref();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => void cleanUp().then(() => process.exit(1)));
}

try {
  await main();
  await cleanUp();
  process.exit(0);
} catch (error) {
  console.error(`\ntest:instances FAILED: ${error instanceof Error ? error.message : error}`);
  await cleanUp();
  process.exit(1);
}
