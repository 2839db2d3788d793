// Child processes of `npm run bench`: every one is tracked by its PID, bounded in time and stopped at the end,
// also on an error, a signal or the bench's global timeout.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import postgres from "postgres";
import { ROOT, stopChild } from "./app.mjs";

const TSX_CLI = createRequire(import.meta.url).resolve("tsx/cli");
const children = new Set();
const cleanups = [];

/** Remembers a child so cleanUp() stops it by its PID; forgets it once it has exited. */
export function trackChild(child) {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/** Registers work for cleanUp() (dropping a database, removing a folder); the last registered runs first. */
export function onCleanUp(task) {
  cleanups.push(task);
  return () => cleanups.splice(cleanups.indexOf(task) >>> 0, 1);
}

/** Stops every tracked child by its PID, then runs the registered clean-ups; safe to call more than once. */
export async function cleanUp() {
  await Promise.all([...children].map((child) => stopChild(child, 5_000)));
  while (cleanups.length > 0) {
    const task = cleanups.pop();
    try {
      await task();
    } catch (error) {
      console.error(`clean-up failed: ${error instanceof Error ? error.message : error}`);
    }
  }
}

/**
 * Runs a TypeScript script of the project with tsx as a tracked child, killed after timeoutMs. Resolves with its
 * standard output (also echoed line by line when echo is set); rejects when it fails or runs out of time.
 */
export function runTsx(script, args, { env, timeoutMs, echo = false }) {
  return new Promise((resolve, reject) => {
    const child = trackChild(spawn(process.execPath, [TSX_CLI, script, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] }));
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (echo) process.stdout.write(chunk);
    });
    const timer = setTimeout(() => {
      reject(new Error(`${script} did not finish within ${timeoutMs / 1000} s; stopped.`));
      stopChild(child, 2_000);
    }, timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${script} ${args.join(" ")} failed (exit ${code ?? signal}).`));
    });
  });
}

export function getFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory in MiB of a process and all its descendants, from /proc (Linux only; 0 elsewhere). */
export function getTreeRssMiB(rootPid) {
  const parents = new Map();
  let entries = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we were reading; it no longer uses memory.
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  let kib = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kib += match ? Number(match[1]) : 0;
    } catch {
      // Same as above.
    }
  }
  return kib / 1024;
}

/** Samples a process tree's RSS every intervalMs; stop() ends the sampling and returns the peak seen. */
export function sampleRss(pid, intervalMs = 250) {
  let peak = getTreeRssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, getTreeRssMiB(pid));
  }, intervalMs);
  return {
    getPeak: () => peak,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A new database on the PostgreSQL server at adminUrl, dropped by cleanUp(); its URL and one connection to it. */
export async function createServerDatabase(adminUrl, prefix) {
  const name = `${prefix}_${Date.now()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  await admin.unsafe(`create database "${name}"`);
  onCleanUp(async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  onCleanUp(() => sql.end({ timeout: 5 }));
  return { url: url.toString(), sql };
}
