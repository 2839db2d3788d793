// @ts-check
/**
 * How many requests Next works on at once (server/start.mjs). A page is mostly CPU: with 100 jurors' pages taken in
 * together, each waits for the 99 others' turns and holds its render's memory meanwhile, so the heap grew to 700 MB
 * under `npm run bench:jury` while two cores could only ever work on two at a time. Past `concurrency` requests in
 * Next, the others wait their turn in arrival order (p-limit's queue), holding only their socket; the answers come
 * at the same rate, and memory follows the few renders under way instead of every connection.
 *
 * Not queued: the health checks (a load balancer must see a busy instance answer), the ceremony's event streams
 * (they stay open for minutes) and Next's built files. Past `maxWaiting` queued, a request is refused at once with
 * 503 and Retry-After instead of waiting without end.
 */
import pLimit from "p-limit";

const NOT_QUEUED = [/^\/api\/(health|ready)(\?|$)/, /^\/api\/v1\/ceremony\/[^/]+\/stream(\?|$)/, /^\/_next\/static\//];

/** Resolves once the answer is sent or its connection is gone. */
function whenClosed(/** @type {import("node:http").ServerResponse} */ response) {
  return new Promise((resolve) => {
    if (response.writableFinished || response.destroyed) return resolve(undefined);
    response.once("close", () => resolve(undefined));
  });
}

/**
 * @param {{ concurrency: number, maxWaiting: number }} options
 */
export function createRequestLimit({ concurrency, maxWaiting }) {
  const limit = pLimit(concurrency);
  const counts = { refused: 0, queued: 0 };
  return {
    /**
     * Runs `next` for the request now or in its turn; the turn ends when the answer has been sent.
     * @param {import("node:http").IncomingMessage} request
     * @param {import("node:http").ServerResponse} response
     * @param {() => unknown} next
     */
    run(request, response, next) {
      if (NOT_QUEUED.some((path) => path.test(request.url ?? ""))) return next();
      if (limit.pendingCount >= maxWaiting) {
        counts.refused += 1;
        response.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "5", "cache-control": "no-store" });
        response.end("The server is busy: please try again in a few seconds.");
        return undefined;
      }
      if (limit.activeCount >= concurrency) counts.queued += 1;
      return limit(async () => {
        // The visitor left while waiting: nothing to answer.
        if (response.destroyed || request.socket.destroyed) return;
        await next();
        await whenClosed(response);
      });
    },
    stats() {
      return { active: limit.activeCount, waiting: limit.pendingCount, ...counts };
    },
  };
}
