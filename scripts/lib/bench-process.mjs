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

/** The PIDs of a process and all its descendants, from /proc (Linux only; just the root elsewhere). */
function listTree(rootPid) {
  const parents = new Map();
  let entries = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [rootPid];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we were reading; it no longer counts.
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** Resident memory in MiB of a process and all its descendants, from /proc (Linux only; 0 elsewhere). */
export function getTreeRssMiB(rootPid) {
  let kib = 0;
  for (const pid of listTree(rootPid)) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kib += match ? Number(match[1]) : 0;
    } catch {
      // Same as above.
    }
  }
  return kib / 1024;
}

// /proc counts CPU time in clock ticks, 100 a second on Linux (sysconf CLK_TCK; Node has no call for it).
const MS_PER_TICK = 10;

/** CPU time in ms (user + system) that a process and its living descendants have used so far (0 off Linux). */
export function getTreeCpuMs(rootPid) {
  let ticks = 0;
  for (const pid of listTree(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // Fields 14 and 15 of stat (utime, stime), counted from the state field, which is field 3.
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Same as above.
    }
  }
  return ticks * MS_PER_TICK;
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
