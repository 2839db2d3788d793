// Playwright's web server: a fresh seeded embedded database, a production build in .next-e2e, then `next start`.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildApp, createAppEnv, logStep, ROOT, runNpmScript, startNextServer, tieToChild } from "./lib/app.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const host = "127.0.0.1";
const dataDir = path.join(ROOT, ".data", "e2e");
const distDir = ".next-e2e";
// A fixed secret is fine here: this server only ever listens on the loopback address during a test run.
const secret = "palmares-e2e-secret-only-for-local-tests-0123456789";

const env = createAppEnv({ dataDir, secret, publicUrl: `http://${host}:${port}`, distDir });
// The outbox masks account links, so the specs read invitation links from this capture (tests/e2e/support/mail.ts).
env.E2E_MAIL_CAPTURE_FILE = path.join(dataDir, "mail-capture.jsonl");

try {
  logStep(`Fresh embedded database in ${path.relative(ROOT, dataDir)}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  runNpmScript("db:migrate", env);
  runNpmScript("db:seed", env);
  runNpmScript("db:seed:e2e", env);

  logStep(`Production build in ${distDir}`);
  // CI always builds from scratch; locally an unchanged source tree reuses the last build.
  buildApp({ distDir, env, force: Boolean(process.env.CI) || process.env.E2E_FORCE_BUILD === "1" });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

logStep(`Starting next start on http://${host}:${port}`);
const server = startNextServer({ port, host, env });
console.log(`Server PID ${server.pid}.`);
tieToChild(server);
