// Helpers shared by the demo, end-to-end and benchmark scripts: prepare a database, build, start and stop the app.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const STAMP_FILE = "palmares-build-stamp";
// Everything that changes what `next build` produces.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "types",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

/** Prints a visible section header so long logs can be scanned. */
export function logStep(message) {
  console.log(`\n==> ${message}`);
}

/**
 * The environment for the app and its npm scripts: DATABASE_URL only when given (otherwise the embedded
 * database in dataDir), plus the auth settings a production server refuses to start without.
 */
export function createAppEnv({ dataDir, databaseUrl, secret, publicUrl, distDir }) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  if (dataDir) env.DATA_DIR = dataDir;
  if (secret) env.NEXTAUTH_SECRET = secret;
  if (publicUrl) env.NEXTAUTH_URL = publicUrl;
  if (distDir) env.NEXT_DIST_DIR = distDir;
  else delete env.NEXT_DIST_DIR;
  return env;
}

/** Runs `npm run <name>` in the project and throws if it fails; quiet hides its output but not its errors. */
export function runNpmScript(name, env, { quiet = false } = {}) {
  const stdio = quiet ? ["ignore", "ignore", "inherit"] : "inherit";
  const result = spawnSync(NPM, ["run", "--silent", name], { cwd: ROOT, env, stdio });
  if (result.status !== 0) throw new Error(`npm run ${name} failed (exit ${result.status ?? result.signal}).`);
}

function hashInputs(hash, relative) {
  const absolute = path.join(ROOT, relative);
  if (!existsSync(absolute)) return;
  if (statSync(absolute).isDirectory()) {
    for (const entry of readdirSync(absolute).sort()) hashInputs(hash, path.join(relative, entry));
    return;
  }
  hash.update(relative).update("\0").update(readFileSync(absolute)).update("\0");
}

/** A fingerprint of the build inputs, so an unchanged tree is not rebuilt. */
export function getSourceStamp() {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) hashInputs(hash, input);
  return hash.digest("hex");
}

/** Reads the build id of a finished build in distDir, or null when there is none. */
export function getBuildId(distDir) {
  const file = path.join(ROOT, distDir, "BUILD_ID");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

/** Remembers files as they are now; the returned function puts them back (removing those that did not exist). */
function snapshotFiles(relativePaths) {
  const saved = relativePaths.map((relative) => {
    const absolute = path.join(ROOT, relative);
    return { absolute, content: existsSync(absolute) ? readFileSync(absolute) : null };
  });
  return () => {
    for (const { absolute, content } of saved) {
      if (content === null) rmSync(absolute, { force: true });
      else if (!existsSync(absolute) || !readFileSync(absolute).equals(content)) writeFileSync(absolute, content);
    }
  };
}

/** Whether distDir holds a finished build of the sources as they are now. */
export function isBuildCurrent(distDir, stamp = getSourceStamp()) {
  const stampPath = path.join(ROOT, distDir, STAMP_FILE);
  return Boolean(getBuildId(distDir)) && existsSync(stampPath) && readFileSync(stampPath, "utf8") === stamp;
}

/** Builds into distDir unless a build of the same sources is already there (always builds when force is set). */
export function buildApp({ distDir, env, force = false }) {
  const stampPath = path.join(ROOT, distDir, STAMP_FILE);
  const stamp = getSourceStamp();
  if (isBuildCurrent(distDir, stamp) && !force) {
    console.log(`Build in ${distDir} is current; not rebuilding.`);
    return { isBuilt: false, seconds: 0 };
  }
  const started = Date.now();
  // next build points tsconfig.json and next-env.d.ts at its own folder; a side build must not change the
  // developer's type check (two folders of generated route types conflict), so they are put back afterwards.
  const restore = distDir === ".next" ? () => {} : snapshotFiles(["tsconfig.json", "next-env.d.ts"]);
  let result;
  try {
    result = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env, stdio: "inherit" });
  } finally {
    restore();
  }
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal}).`);
  writeFileSync(stampPath, stamp);
  const seconds = (Date.now() - started) / 1000;
  console.log(`Build finished in ${seconds.toFixed(1)} s.`);
  return { isBuilt: true, seconds };
}

/** The production server (`npm start`): Next's handler behind the public answers' cache. */
const SERVER_ENTRY = path.join(ROOT, "server", "start.mjs");

/** Starts the production server (server/start.mjs) as a direct child, so the child's PID is the server's own; nodeArgs go to its node. */
export function startNextServer({ port, host, env, stdio = "inherit", nodeArgs = [] }) {
  const args = [...nodeArgs, SERVER_ENTRY, "-p", String(port)];
  if (host) args.push("-H", host);
  return spawn(process.execPath, args, { cwd: ROOT, env: { ...env, NODE_ENV: "production" }, stdio });
}

/** Stops a child by its PID: SIGTERM, then SIGKILL if it has not exited within graceMs. */
export function stopChild(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, "SIGKILL");
    }, graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    process.kill(child.pid, "SIGTERM");
  });
}

/** Waits until the server child answers /api/health with 200; throws if it exits first or timeoutMs passes. */
export async function waitForHealthy(baseUrl, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}).`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error("The server did not start in time.");
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Makes this script live and die with its server child: signals go to the child by PID, its exit ends us. */
export function tieToChild(child) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, signal);
    });
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
