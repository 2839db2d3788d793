// A throwaway PostgreSQL cluster of the fault test's own: initdb into a temporary folder, the postmaster started as
// a direct child on a free loopback port (so its PID is known), killed with SIGKILL and started again on the same
// folder, stopped and removed at the end. The machine's shared server is never touched.
import { spawn, spawnSync } from "node:child_process";
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { sleep } from "./bench-process.mjs";

const START_TIMEOUT_MS = 60_000;

/** The newest PostgreSQL whose server binaries are installed (Debian's layout: /usr/lib/postgresql/<major>/bin). */
export function findPostgresBin() {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))) : [];
  majors.sort((a, b) => Number(b) - Number(a));
  if (majors.length === 0) throw new Error("No PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql).");
  return path.join(root, majors[0], "bin");
}

/** initdb and postgres refuse to run as root: as root, the cluster runs as the postgres system account. */
function getRunAs() {
  if (process.getuid?.() !== 0) return {};
  const line = readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("Running as root needs the postgres system account (it comes with Debian's postgresql package).");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** The PIDs whose parent is `pid` (the postmaster's backends and helpers), from /proc. */
function listChildren(pid) {
  const children = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) children.push(Number(entry));
    } catch {
      // Gone while we read.
    }
  }
  return children;
}

function isAlive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/**
 * Makes a cluster with initdb (default settings: fsync and synchronous_commit on) and returns its controls. `log`
 * names the file the postmaster's stderr goes to (statement logs for the deadline run are read from it).
 */
export function createCluster({ port }) {
  const bin = findPostgresBin();
  const runAs = getRunAs();
  const dir = mkdtempSync(path.join(os.tmpdir(), "palmares-faults-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");
  if (runAs.uid !== undefined) chownSync(dir, runAs.uid, runAs.gid);
  // --no-sync only skips flushing initdb's own files; the server it makes runs with fsync on (checked by the test).
  const init = spawnSync(path.join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"], {
    ...runAs,
    encoding: "utf8",
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);

  let server = null;
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;

  async function waitUntilReady(child) {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`postgres exited (${child.exitCode}); see ${logFile}`);
      const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
      try {
        await sql`select 1`;
        return;
      } catch {
        // Not listening yet, or still in crash recovery ("the database system is starting up").
      } finally {
        await sql.end({ timeout: 1 });
      }
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections within ${START_TIMEOUT_MS / 1000} s`);
      await sleep(100);
    }
  }

  return {
    dir,
    url,
    port,
    logFile,
    get pid() {
      return server?.pid;
    },
    /** Starts the postmaster (after a kill, this is its crash recovery) and waits until it answers a query. */
    async start() {
      const out = openSync(logFile, "a");
      const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dir}`];
      args.push("-c", "log_line_prefix=%n [%p] ", "-c", "log_timezone=UTC", "-c", "max_connections=100");
      server = spawn(path.join(bin, "postgres"), args, { ...runAs, stdio: ["ignore", out, out] });
      closeSync(out);
      await waitUntilReady(server);
      return server.pid;
    },
    /**
     * SIGKILL to the postmaster, then to every process it had left (as a crashed machine would lose them: no
     * backend finishes a commit after this); resolves once all are gone. No shutdown checkpoint is written.
     */
    async kill() {
      if (!server || server.exitCode !== null || server.signalCode !== null) throw new Error("postgres is not running");
      const postmaster = server.pid;
      const children = listChildren(postmaster);
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(postmaster, "SIGKILL");
      for (const pid of children) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
      await exited;
      while (children.some(isAlive)) await sleep(20);
      return { postmaster, children: children.length };
    },
    /** A fast shutdown (SIGINT) by PID, SIGKILL if it lingers; then the folder is removed (but for its logs, if asked). */
    async remove({ isKeepingLogs = false } = {}) {
      if (server && server.exitCode === null && server.signalCode === null) {
        const child = server;
        const exited = new Promise((resolve) => child.once("exit", resolve));
        const leftovers = listChildren(child.pid);
        process.kill(child.pid, "SIGINT");
        const timer = setTimeout(() => {
          if (child.exitCode === null) process.kill(child.pid, "SIGKILL");
        }, 10_000);
        await exited;
        clearTimeout(timer);
        const until = Date.now() + 10_000;
        while (leftovers.some(isAlive) && Date.now() < until) await sleep(50);
        for (const pid of leftovers.filter(isAlive)) process.kill(pid, "SIGKILL");
      }
      if (!isKeepingLogs) rmSync(dir, { recursive: true, force: true });
      else {
        rmSync(dataDir, { recursive: true, force: true });
        console.log(`Logs kept in ${dir}`);
      }
    },
  };
}
