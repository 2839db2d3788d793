// @ts-check
/**
 * The production server (`npm start`): Next's own request handler behind the public answers' cache
 * (server/public-page-cache.mjs). Everything else is what `next start` does: the build in NEXT_DIST_DIR (or .next),
 * `-p`/`--port` (or PORT, 3000) and `-H`/`--hostname` (or HOSTNAME), SIGTERM and SIGINT close the server, let the
 * requests in flight finish (at most 10 s) and stop Next (its job runner among it).
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { createPublicPageCache, PUBLIC_PAGE_CACHE } from "./public-page-cache.mjs";
import { createRequestLimit } from "./request-limit.mjs";

/** The CDN's bound too (lib/api/cache-control.ts, PUBLIC_CACHE_SECONDS): a write no invalidation reaches is seen after it. */
const PUBLIC_CACHE_MS = 10_000;
const SHUTDOWN_GRACE_MS = 10_000;

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;

process.env.NODE_ENV = "production";
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// PALMARES_PUBLIC_CACHE=0 turns the app's copy off (a CDN in front keeps the pages instead, or to measure without it).
const cache = process.env.PALMARES_PUBLIC_CACHE === "0" ? null : createPublicPageCache({ ttlMs: PUBLIC_CACHE_MS });
// lib/results/public-invalidation.ts clears it with Next's data cache.
Object.assign(globalThis, { [PUBLIC_PAGE_CACHE]: cache });

// PALMARES_MAX_CONCURRENT_REQUESTS: how many requests Next works on at once (server/request-limit.mjs); 0 for no limit.
const concurrency = Number(process.env.PALMARES_MAX_CONCURRENT_REQUESTS ?? 16);
const limit = concurrency > 0 ? createRequestLimit({ concurrency, maxWaiting: 2_000 }) : null;

const server = createServer((request, response) => {
  const answer = limit ? () => limit.run(request, response, () => handle(request, response)) : () => handle(request, response);
  let handled;
  try {
    handled = cache ? cache.handle(request, response, answer) : answer();
  } catch (error) {
    handled = Promise.reject(error);
  }
  Promise.resolve(handled).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end("Internal Server Error");
  });
});
server.on("upgrade", (request, socket, head) => {
  app.getUpgradeHandler()(request, socket, head).catch(() => socket.destroy());
});
server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? `${address.address}:${address.port}` : String(port);
  console.log(`▲ Palmarès ready on http://${shown}${cache ? " (public answers cached)" : ""}`);
});

let isStopping = false;
async function stop(/** @type {NodeJS.Signals} */ signal) {
  if (isStopping) return;
  isStopping = true;
  const forced = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  forced.unref();
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeIdleConnections();
  });
  await app.close().catch((error) => console.error(error));
  process.exit(signal === "SIGINT" ? 130 : 143);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
