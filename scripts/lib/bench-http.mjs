// The HTTP side of `npm run bench`: sign-in over next-auth, timed page loads, and bounded autocannon runs.
// Every URL is built from a 127.0.0.1 base, so nothing leaves the machine.
import autocannon from "autocannon";
import { sleep } from "./bench-process.mjs";

const START_TIMEOUT_MS = 120_000;

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One GET, timed to the last byte; a failure comes back as a status string instead of throwing. */
export async function timeRequest(url, { cookie, timeoutMs = 10_000 } = {}) {
  const started = performance.now();
  try {
    const response = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(timeoutMs) });
    const body = Buffer.from(await response.arrayBuffer());
    return { ms: performance.now() - started, status: response.status, body, headers: response.headers };
  } catch (error) {
    return { ms: performance.now() - started, status: error?.name === "TimeoutError" ? "timeout" : "error", body: Buffer.alloc(0) };
  }
}

export async function waitForHealth(base, server) {
  const started = performance.now();
  while (performance.now() - started < START_TIMEOUT_MS) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode} before it was healthy`);
    if ((await timeRequest(`${base}/api/health`, { timeoutMs: 2_000 })).status === 200) return performance.now() - started;
    await sleep(200);
  }
  throw new Error(`/api/health was not healthy within ${START_TIMEOUT_MS / 1000} s`);
}

function toCookieHeader(response, previous = "") {
  const jar = new Map(previous.split("; ").filter(Boolean).map((pair) => [pair.split("=")[0], pair]));
  for (const cookie of response.headers.getSetCookie()) {
    const pair = cookie.split(";")[0];
    jar.set(pair.split("=")[0], pair);
  }
  return [...jar.values()].join("; ");
}

/** Signs in the way next-auth's client does (CSRF token and cookie, then the credentials callback); returns the cookies. */
export async function signIn(base, { email, password }) {
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(20_000) });
  const { csrfToken } = await csrf.json();
  const cookie = toCookieHeader(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: base, json: "true" }),
    signal: AbortSignal.timeout(30_000),
  });
  await response.arrayBuffer();
  const session = toCookieHeader(response, cookie);
  if (!session.includes("session-token=")) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  return session;
}

/** Runs tasks with at most `limit` at a time, keeping their order in the result. */
export async function mapLimited(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Loads a signed-in page one request at a time (one warm-up, then `runs` timed loads, fewer when a load is slow)
 * while a health check is asked every 100 ms: the slowest health answer shows whether other requests waited.
 */
export async function measurePage(base, path, { cookie, runs = 3, timeoutMs = 120_000, budgetMs = 60_000 }) {
  let isLoading = true;
  const healthTimes = [];
  const prober = (async () => {
    while (isLoading) {
      healthTimes.push((await timeRequest(`${base}/api/health`, { timeoutMs })).ms);
      await sleep(100);
    }
  })();
  const started = performance.now();
  const loads = [];
  try {
    const warmUp = await timeRequest(base + path, { cookie, timeoutMs });
    loads.push(warmUp);
    for (let i = 0; i < runs && warmUp.status === 200 && performance.now() - started < budgetMs; i++) {
      loads.push(await timeRequest(base + path, { cookie, timeoutMs }));
    }
  } finally {
    isLoading = false;
    await prober;
  }
  const timed = loads.length > 1 ? loads.slice(1) : loads;
  const times = timed.map((load) => load.ms);
  const failed = timed.find((load) => load.status !== 200);
  return {
    status: failed ? failed.status : 200,
    medianMs: percentile(times, 50),
    maxMs: Math.max(...times),
    count: times.length,
    bytes: timed.at(-1).body.length,
    healthMaxMs: Math.max(0, ...healthTimes),
  };
}

/**
 * A bounded autocannon run against one URL: for durationSeconds, or, with requestsPerConnection, until each
 * connection has had that many answers (durationSeconds then only bounds it). setupClient(client, index) gives
 * each connection its own requests (its own session cookie, dossier or sheet); every response time is kept so any
 * percentile can be read.
 */
export function runLoad({ url, connections, durationSeconds, requestsPerConnection, setupClient, headers, timeoutSeconds = 15 }) {
  const times = [];
  const statuses = new Map();
  let clientIndex = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationSeconds,
        maxConnectionRequests: requestsPerConnection,
        timeout: timeoutSeconds,
        headers,
        setupClient: setupClient ? (client) => setupClient(client, clientIndex++) : undefined,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.total / result.duration,
          total: result.requests.total,
          seconds: result.duration,
          // Answers still awaited when the time bound stopped the run (a count-bounded run that ran out of time).
          unfinished: Math.max(0, result.requests.sent - result.requests.total),
          p50Ms: percentile(times, 50),
          p95Ms: percentile(times, 95),
          p99Ms: percentile(times, 99),
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          statuses: Object.fromEntries(statuses),
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    });
  });
}

/** Waits (at most maxMs) until the app answers its health check within 100 ms: the previous run's backlog is gone. */
export async function waitForQuiet(base, maxMs = 30_000) {
  const started = performance.now();
  while (performance.now() - started < maxMs) {
    const health = await timeRequest(`${base}/api/health`, { timeoutMs: maxMs });
    if (health.status === 200 && health.ms < 100) return;
    await sleep(250);
  }
}
