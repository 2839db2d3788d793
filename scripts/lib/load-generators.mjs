// The two load generators of scripts/bench-reveal.mjs, each bounded in time and reporting req/s, p50, p99 and errors.
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";

/** autocannon in this process, as `npm run bench` uses it: simple, but one Node thread tops out near 3,000 req/s here. */
export function runAutocannon({ url, connections, durationSeconds }) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: durationSeconds, timeout: 10 }, (error, result) => {
      if (error) reject(error);
      else resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx });
    });
  });
}

function toMs(value, unit) {
  return Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit];
}

/** Whether wrk is installed (`apt-get install wrk`, or WRK_BIN): it prints its version and usage and exits 1. */
export function hasWrk() {
  const result = spawnSync(process.env.WRK_BIN ?? "wrk", ["--version"], { encoding: "utf8" });
  return !result.error && /^wrk /m.test(result.stdout + result.stderr);
}

/**
 * wrk (Debian's package) is written in C and runs `threads` threads (2 by default), so it can load nginx or a cached
 * page harder than autocannon can. track(child) records the child so it is stopped by its PID.
 */
export function runWrk({ url, connections, durationSeconds, track, threads = 2, headers = {} }) {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = [`-t${threads}`, `-c${connections}`, `-d${durationSeconds}s`, "--latency", "--timeout", "10s", ...headerArgs, url];
  const child = track(spawn(process.env.WRK_BIN ?? "wrk", args, { stdio: ["ignore", "pipe", "inherit"] }));
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      const latency = (p) => {
        const match = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
        return match ? Math.round(toMs(match[1], match[2])) : NaN;
      };
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]);
      const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
      const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
      const errors = non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
      if (code !== 0 || !Number.isFinite(rps)) reject(new Error(`wrk failed (exit ${code}):\n${output}`));
      else resolve({ rps, p50: latency(50), p99: latency(99), errors });
    });
  });
}
