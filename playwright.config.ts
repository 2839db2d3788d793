import { existsSync } from "node:fs";
import { chromium, defineConfig } from "@playwright/test";

// Several checkouts on one machine can run their suites side by side on ports of their own.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** The first Chromium found: CHROMIUM_PATH, Debian's package, then Playwright's own download. */
function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", chromium.executablePath()];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate!));
  if (!found) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium` " +
        "or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  return found;
}

// Flags that keep a headless browser from reaching out to the network or needing a sandbox/GPU under root.
const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "tests/e2e",
  // One server and one embedded database for all specs (each spec seeds its own edition), so one worker and no retries: a flaky test should show.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: findChromium(), args: LAUNCH_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "chromium", testMatch: /\.spec\.ts$/, dependencies: ["setup"] },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    env: { E2E_PORT: String(E2E_PORT) },
    url: `${E2E_BASE_URL}/api/health`,
    // A fresh database plus a production build on two shared cores can take several minutes.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
