// `npm run demo`: migrate and seed the embedded database, build, and serve the app with demo data on port 3000.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildApp, createAppEnv, logStep, ROOT, runNpmScript, startNextServer, tieToChild } from "./lib/app.mjs";

const port = Number(process.env.PORT ?? 3000);
// Loopback only by default: the demo accounts have published passwords. HOST=0.0.0.0 opens it to the network.
const host = process.env.HOST ?? "127.0.0.1";
const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? ".data");
const publicUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;

/** A random session secret made once per data folder, so demo sessions survive a restart. */
function getDemoSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "demo-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

try {
  mkdirSync(dataDir, { recursive: true });
  const env = createAppEnv({
    dataDir,
    databaseUrl: process.env.DATABASE_URL,
    secret: getDemoSecret(),
    publicUrl,
  });
  const where = process.env.DATABASE_URL ? "the PostgreSQL server in DATABASE_URL" : `the embedded database in ${dataDir}`;

  logStep(`Migrating and seeding ${where}`);
  runNpmScript("db:migrate", env);
  runNpmScript("db:seed", env);

  logStep("Building the app");
  buildApp({ distDir: ".next", env });

  logStep(`Starting Palmarès at ${publicUrl} (Ctrl+C stops it)`);
  console.log("Sign in with one of the demo accounts listed above.");
  const server = startNextServer({ port, host, env });
  console.log(`Server PID ${server.pid}.`);
  tieToChild(server);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
