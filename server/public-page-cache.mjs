// @ts-check
/**
 * The app's own shared cache of public answers, in front of Next's request handler (server/start.mjs).
 *
 * The public pages and the public API are one copy for every visitor: the proxy (proxy.ts) marks them
 * `Cache-Control: public, s-maxage=…` so a CDN may keep them. Without a CDN, every visitor of the reveal still made
 * Next render the page again (about 60 answers a second on 2 cores for the results page). This cache keeps what a CDN
 * would keep — only answers Next itself marked public — in this process's memory, and answers a repeat from there
 * without Next: about the speed of a bare `node:http` server (`npm run bench`, "public results page").
 *
 * What it keeps, and for how long:
 * - GET answers with status 200, `Cache-Control` public (never private or no-store), no `Set-Cookie`, HTML or JSON,
 *   at most MAX_ENTRY_BYTES, whose `Vary` names only request headers the key holds;
 * - for `ttlMs` (the CDN's s-maxage), and never after `clear()`, which lib/results/public-invalidation.ts calls with
 *   Next's own data cache at publication, at an embargo's end and on every public change;
 * - keyed by host, URL, the language cookie (the only cookie a public page reads: a French visitor's plain URL is
 *   rendered in French and marked private, so it never reaches a visitor without that cookie) and the request
 *   headers Next varies on (RSC requests, compression).
 * A page kept here carries the CSP nonce of the render that made it, in its header and on its scripts alike, exactly
 * as a CDN's copy does; pages read with a session are private and never kept, so they keep a nonce of their own.
 * Concurrent misses of one key wait for the one render in flight instead of each rendering (the reveal's crowd
 * arrives at once). When a copy has only grown old (its time bound passed, no clear() since), the one request that
 * finds it so renders it again and the others are answered with the old copy meanwhile, as the CDN is allowed to
 * (`stale-while-revalidate`): under load a render takes longer, and a crowd waiting for it was the slowest 1 %
 * of the answers. A copy is never served stale past `staleMs`, nor at all after clear().
 */

/** The symbol under which the running server's cache is reachable from the app's bundle (globalThis). */
export const PUBLIC_PAGE_CACHE = Symbol.for("palmares.publicPageCache");

/**
 * Request headers that are part of the key: Next varies its pages on these, the API on Origin, and the proxy sends
 * HSTS and `upgrade-insecure-requests` only behind a TLS proxy (X-Forwarded-Proto).
 */
const KEY_HEADERS = ["accept-encoding", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "origin", "x-forwarded-proto"];

/** Headers of a kept answer that belong to one connection or one moment, and are set afresh on each replay. */
const CONNECTION_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

const LOCALE_COOKIE = /(?:^|;\s*)palmares_locale=([^;]*)/;

/** How many keys are remembered as kept once (forgotten all at once past it). */
const MAX_KNOWN_KEYS = 10_000;

/** One kept answer above this is not kept (a large public snapshot is read from Next's data cache instead). */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/**
 * @typedef {{ headers: string[], body: Buffer, storedAt: number, generation: number }} Entry
 * (headers: name, value, name, value …, as writeHead takes them, so a hit copies no object)
 * @typedef {import("node:http").IncomingMessage} Request
 * @typedef {import("node:http").ServerResponse} Response
 */

/** Whether a request may be answered from the cache at all (before its key is looked at). */
function isCandidate(/** @type {Request} */ request) {
  if (request.method !== "GET" || !request.url) return false;
  if (request.url.startsWith("/_next/")) return false;
  const headers = request.headers;
  // Conditional, partial and authenticated reads go to Next, which answers them properly.
  return !headers["if-none-match"] && !headers["if-modified-since"] && !headers.range && !headers.authorization;
}

/**
 * The key's parts joined by NUL, which no URL or header value may hold: a hit is the one path that must be cheap.
 * @param {Request} request
 */
function getKey(request) {
  const headers = request.headers;
  let key = `${headers.host ?? ""}\0${request.url}\0${headers.cookie?.match(LOCALE_COOKIE)?.[1] ?? ""}`;
  for (const name of KEY_HEADERS) key += `\0${headers[name] ?? ""}`;
  return key;
}

/** @param {Record<string, unknown>} headers */
function readHeader(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value);
}

/** Whether a finished answer may be kept for everyone (what a shared cache may keep, RFC 9111, narrowed). */
export function isShareable(/** @type {number} */ statusCode, /** @type {Record<string, unknown>} */ headers) {
  if (statusCode !== 200 || headers["set-cookie"] !== undefined) return false;
  const cacheControl = readHeader(headers, "cache-control").toLowerCase();
  if (!/(^|,)\s*public\s*(,|$)/.test(cacheControl) || /private|no-store|no-cache/.test(cacheControl)) return false;
  if (!/^(text\/html|application\/json)/.test(readHeader(headers, "content-type"))) return false;
  const vary = readHeader(headers, "vary").toLowerCase().split(",").map((name) => name.trim()).filter(Boolean);
  return vary.every((name) => KEY_HEADERS.includes(name));
}

/**
 * Follows what Next writes to `response` and hands the whole answer to `done` once sent, or null when it cannot be
 * kept (too large, or the connection closed before the end).
 * @param {Response} response
 * @param {(answer: { statusCode: number, headers: Record<string, unknown>, body: Buffer } | null) => void} done
 */
function captureAnswer(response, done) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let isTooLarge = false;
  /** @type {Record<string, unknown>} */
  let writtenHeaders = {};
  const keep = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
    if (isTooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8") : Buffer.from(/** @type {Uint8Array} */ (chunk));
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) {
      isTooLarge = true;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };
  const { writeHead, write, end } = response;
  let isDone = false;
  const finish = (/** @type {boolean} */ isComplete) => {
    if (isDone) return;
    isDone = true;
    if (!isComplete || isTooLarge) return done(null);
    done({ statusCode: response.statusCode, headers: { ...response.getHeaders(), ...writtenHeaders }, body: Buffer.concat(chunks) });
  };
  // Node calls writeHead before the first byte, also for a write without one. Headers given to it are sent without
  // being stored on the response: they are noted here. An answer that cannot be kept (a private page, an event
  // stream) is let go at once, so nothing is held and nobody waits for its end.
  response.writeHead = /** @type {typeof writeHead} */ (
    function (/** @type {number} */ statusCode, /** @type {unknown[]} */ ...rest) {
      const headers = rest.find((argument) => argument !== null && typeof argument === "object");
      if (headers && !Array.isArray(headers)) {
        writtenHeaders = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
      }
      if (!isShareable(statusCode, { ...response.getHeaders(), ...writtenHeaders })) {
        isTooLarge = true;
        chunks.length = 0;
        finish(false);
      }
      return writeHead.call(this, statusCode, ...rest);
    }
  );
  response.write = /** @type {typeof write} */ (
    function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
      keep(chunk, rest[0]);
      return write.call(this, chunk, ...rest);
    }
  );
  response.end = /** @type {typeof end} */ (
    function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
      keep(chunk, rest[0]);
      return end.call(this, chunk, ...rest);
    }
  );
  response.once("finish", () => finish(true));
  response.once("close", () => finish(response.writableFinished));
}

/** How long past its time bound an old copy may still answer while its new render is in flight. */
export const STALE_MS = 30_000;

/**
 * @param {{ ttlMs: number, staleMs?: number, maxEntries?: number, maxBytes?: number, now?: () => number }} options
 */
export function createPublicPageCache({ ttlMs, staleMs = STALE_MS, maxEntries = 1000, maxBytes = 64 * 1024 * 1024, now = Date.now }) {
  /** Insertion order is use order: the first entry is the least recently used. @type {Map<string, Entry>} */
  const entries = new Map();
  /** @type {Map<string, Promise<Entry | null>>} */
  const inFlight = new Map();
  /** The keys whose answer was kept at least once: a crowd missing one of these waits for one render. */
  const knownShareable = new Set();
  let bytes = 0;
  // Moved by clear(): a render that started before a clear never stores its (maybe older) answer after it.
  let generation = 0;
  const counts = { hits: 0, misses: 0, stored: 0, joined: 0, stale: 0 };

  const drop = (/** @type {string} */ key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  };

  /**
   * The kept answer of a key: fresh, or stale (past its time bound, within staleMs of it, and of this generation).
   * @returns {{ entry: Entry, isFresh: boolean } | undefined}
   */
  const lookUp = (/** @type {string} */ key) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const age = now() - entry.storedAt;
    if (entry.generation !== generation || age >= ttlMs + staleMs) {
      drop(key);
      return undefined;
    }
    entries.delete(key);
    entries.set(key, entry);
    return { entry, isFresh: age < ttlMs };
  };

  const store = (/** @type {string} */ key, /** @type {Entry} */ entry) => {
    if (knownShareable.size >= MAX_KNOWN_KEYS) knownShareable.clear();
    knownShareable.add(key);
    drop(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    counts.stored += 1;
    for (const [oldest] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      drop(oldest);
    }
  };

  const send = (/** @type {Entry} */ entry, /** @type {Response} */ response) => {
    const age = Math.floor((now() - entry.storedAt) / 1000);
    response.writeHead(200, [...entry.headers, "content-length", String(entry.body.length), "age", String(age), "x-palmares-cache", "hit"]);
    response.end(entry.body);
  };

  return {
    /**
     * Answers `request` from the cache, or lets `next` (Next's handler) answer it and keeps the answer if it may.
     * @param {Request} request
     * @param {Response} response
     * @param {() => unknown} next
     * @returns {unknown} what `next` returned, or a promise while it waits for a render; nothing for a hit
     */
    handle(request, response, next) {
      if (!isCandidate(request)) return next();
      const key = getKey(request);
      const kept = lookUp(key);
      if (kept?.isFresh) {
        counts.hits += 1;
        return send(kept.entry, response);
      }
      // Only a URL already kept once is waited for: another (a private page, a stream) goes to Next straight away.
      const pending = knownShareable.has(key) ? inFlight.get(key) : undefined;
      // An old copy answers while its new render is in flight; the first to find it old is the one who renders.
      if (kept && pending) {
        counts.stale += 1;
        return send(kept.entry, response);
      }
      if (pending) {
        counts.joined += 1;
        return pending.then((entry) => (entry && entry.generation === generation ? send(entry, response) : next()));
      }
      counts.misses += 1;
      const startedIn = generation;
      /** @type {(entry: Entry | null) => void} */
      let settle = () => {};
      const rendering = new Promise((resolve) => (settle = resolve));
      inFlight.set(key, rendering);
      captureAnswer(response, (answer) => {
        if (inFlight.get(key) === rendering) inFlight.delete(key);
        if (!answer || startedIn !== generation || !isShareable(answer.statusCode, answer.headers)) return settle(null);
        /** @type {string[]} */
        const headers = [];
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value === undefined || CONNECTION_HEADERS.has(name)) continue;
          for (const one of Array.isArray(value) ? value : [value]) headers.push(name, String(one));
        }
        const entry = { headers, body: answer.body, storedAt: now(), generation: startedIn };
        store(key, entry);
        settle(entry);
      });
      return next();
    },
    /** Forgets every kept answer, and every answer being rendered now. */
    clear() {
      generation += 1;
      entries.clear();
      bytes = 0;
    },
    stats() {
      return { entries: entries.size, bytes, ...counts };
    },
  };
}
