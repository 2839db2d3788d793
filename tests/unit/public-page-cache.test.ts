import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createPublicPageCache, MAX_ENTRY_BYTES } from "@/server/public-page-cache.mjs";

/*
 * The server's cache of public answers, in front of a stand-in for Next's handler on a real node:http server: what
 * it keeps, what it never keeps, and when it forgets.
 */

type Render = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

const PUBLIC = { "cache-control": "public, max-age=0, s-maxage=10", "content-type": "text/html; charset=utf-8" };

/** Writes a page in two chunks, as Next streams one. */
function streamPage(body: string, headers: Record<string, string> = PUBLIC, statusCode = 200): Render {
  return (_request, response) => {
    response.statusCode = statusCode;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.write(body.slice(0, 5));
    response.end(body.slice(5));
  };
}

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

async function serve(render: Render, options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
  const cache = createPublicPageCache({ ttlMs: options.ttlMs ?? 10_000, maxEntries: options.maxEntries, now: options.now });
  const renders: string[] = [];
  server = createServer((request, response) => {
    void cache.handle(request, response, () => {
      renders.push(request.url!);
      return render(request, response);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") => fetch(`${base}${path}`, { headers, method, redirect: "manual" });
  return { cache, renders, get };
}

describe("the server's cache of public answers", () => {
  it("answers a repeat of a public page from memory, with the same bytes and headers", async () => {
    const { renders, get } = await serve(streamPage("<html>the results</html>", { ...PUBLIC, "content-security-policy": "script-src 'nonce-abc'" }));
    const first = await get("/results/2014");
    const second = await get("/results/2014");
    expect(await first.text()).toBe("<html>the results</html>");
    expect(await second.text()).toBe("<html>the results</html>");
    expect(renders).toEqual(["/results/2014"]);
    expect(second.headers.get("x-palmares-cache")).toBe("hit");
    expect(first.headers.get("x-palmares-cache")).toBeNull();
    // The nonce of the render that made it, in the header as on the scripts: one copy, as a CDN keeps it.
    expect(second.headers.get("content-security-policy")).toBe("script-src 'nonce-abc'");
    expect(second.headers.get("cache-control")).toBe(PUBLIC["cache-control"]);
    expect(second.headers.get("content-length")).toBe(String("<html>the results</html>".length));
  });

  it("keeps headers given to writeHead, and compressed bytes as they were sent", async () => {
    const gzipped = gzipSync("<html>compressed</html>");
    const { renders, get } = await serve((_request, response) => {
      response.writeHead(200, { ...PUBLIC, "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
      response.end(gzipped);
    });
    const headers = { "accept-encoding": "gzip" };
    await (await get("/archive", headers)).text();
    const second = await get("/archive", headers);
    expect(await second.text()).toBe("<html>compressed</html>");
    expect(second.headers.get("content-encoding")).toBe("gzip");
    expect(renders).toHaveLength(1);
    // A client that does not take gzip is another variant, rendered for itself.
    await (await get("/archive")).text();
    expect(renders).toHaveLength(2);
  });

  it.each([
    ["private", { ...PUBLIC, "cache-control": "private, no-store" }, 200],
    ["no cache-control", { "content-type": "text/html" }, 200],
    ["a cookie set", { ...PUBLIC, "set-cookie": "palmares_locale=fr; Path=/" }, 200],
    ["not found", PUBLIC, 404],
    ["a redirect", { ...PUBLIC, location: "/" }, 307],
    ["varying on the cookie", { ...PUBLIC, vary: "Cookie" }, 200],
    ["an image", { ...PUBLIC, "content-type": "image/png" }, 200],
  ])("never keeps an answer with %s", async (_case, headers, status) => {
    const { renders, get } = await serve(streamPage("<html>page</html>", headers as Record<string, string>, status));
    await (await get("/")).text();
    await (await get("/")).text();
    expect(renders).toHaveLength(2);
  });

  it("sends HEAD, conditional and authorised requests, and Next's own files, to Next every time", async () => {
    const { renders, get } = await serve(streamPage("<html>page</html>"));
    await (await get("/")).text();
    for (const [headers, method, path] of [
      [{}, "HEAD", "/"],
      [{ "if-none-match": '"x"' }, "GET", "/"],
      [{ authorization: "Bearer x" }, "GET", "/"],
      [{}, "GET", "/_next/static/chunk.js"],
      [{}, "GET", "/_next/static/chunk.js"],
    ] as const) {
      await (await get(path, headers, method)).text();
    }
    expect(renders).toHaveLength(6);
  });

  it("keeps a page per language cookie, per URL, per RSC request and per forwarded protocol", async () => {
    const { renders, get } = await serve(streamPage("<html>page</html>"));
    for (let round = 0; round < 2; round += 1) {
      await (await get("/")).text();
      await (await get("/", { cookie: "palmares_locale=fr; other=1" })).text();
      await (await get("/?lang=fr")).text();
      await (await get("/", { rsc: "1" })).text();
      // Behind a TLS proxy the proxy adds HSTS: another copy.
      await (await get("/", { "x-forwarded-proto": "https" })).text();
    }
    expect(renders).toEqual(["/", "/", "/?lang=fr", "/", "/"]);
  });

  it("forgets everything at clear(), and never keeps a page whose render began before it", async () => {
    let release: () => void = () => {};
    let isSlow = false;
    const { cache, renders, get } = await serve(async (request, response) => {
      if (isSlow) await new Promise<void>((resolve) => (release = resolve));
      streamPage(`<html>render ${renders.length}</html>`)(request, response);
    });
    await (await get("/results/2014")).text();
    cache.clear();
    isSlow = true;
    const during = get("/results/2014");
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.clear();
    isSlow = false;
    release();
    expect(await (await during).text()).toBe("<html>render 2</html>");
    // The render that overlapped the clear was sent to its visitor but not kept.
    expect(await (await get("/results/2014")).text()).toBe("<html>render 3</html>");
    expect(renders).toHaveLength(3);
  });

  it("renders again once the time bound has passed", async () => {
    let clock = 1_000;
    const { renders, get } = await serve(streamPage("<html>page</html>"), { ttlMs: 10_000, now: () => clock });
    await (await get("/")).text();
    clock += 9_999;
    const kept = await get("/");
    expect(kept.headers.get("age")).toBe("9");
    await kept.text();
    clock += 1;
    await (await get("/")).text();
    expect(renders).toHaveLength(2);
  });

  it("renders once for a crowd arriving together at a page kept before", async () => {
    let release: () => void = () => {};
    let isSlow = false;
    const { cache, renders, get } = await serve(async (request, response) => {
      if (isSlow) await new Promise<void>((resolve) => (release = resolve));
      streamPage("<html>the reveal</html>")(request, response);
    });
    await (await get("/results/2026")).text();
    // The publication clears the copy just before the crowd arrives.
    cache.clear();
    isSlow = true;
    renders.length = 0;
    const crowd = Array.from({ length: 20 }, () => get("/results/2026"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    const bodies = await Promise.all(crowd.map(async (answer) => (await answer).text()));
    expect(new Set(bodies)).toEqual(new Set(["<html>the reveal</html>"]));
    expect(renders).toHaveLength(1);
    expect(cache.stats().joined).toBe(19);
  });

  it("answers the crowd with the old copy while the one visitor who found it old waits for its new render", async () => {
    let clock = 1_000;
    let release: () => void = () => {};
    let version = 1;
    let isSlow = false;
    const { cache, renders, get } = await serve(
      async (request, response) => {
        if (isSlow) await new Promise<void>((resolve) => (release = resolve));
        streamPage(`<html>version ${version}</html>`)(request, response);
      },
      { ttlMs: 10_000, now: () => clock },
    );
    await (await get("/results/2026")).text();
    clock += 10_000;
    version = 2;
    isSlow = true;
    renders.length = 0;
    const renderer = get("/results/2026");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const crowd = await Promise.all(Array.from({ length: 10 }, async () => (await get("/results/2026")).text()));
    // The crowd did not wait: its answers came while the render was still held.
    expect(new Set(crowd)).toEqual(new Set(["<html>version 1</html>"]));
    expect(cache.stats().stale).toBe(10);
    release();
    expect(await (await renderer).text()).toBe("<html>version 2</html>");
    expect(await (await get("/results/2026")).text()).toBe("<html>version 2</html>");
    expect(renders).toHaveLength(1);
  });

  it("never answers with an old copy after clear(), nor long past its time bound", async () => {
    let clock = 1_000;
    let release: () => void = () => {};
    let version = 1;
    let isSlow = false;
    const { cache, get } = await serve(
      async (request, response) => {
        if (isSlow) await new Promise<void>((resolve) => (release = resolve));
        streamPage(`<html>version ${version}</html>`)(request, response);
      },
      { ttlMs: 10_000, now: () => clock },
    );
    const crowdDuringRender = async () => {
      const renderer = get("/results/2026");
      await new Promise((resolve) => setTimeout(resolve, 50));
      const crowd = Array.from({ length: 5 }, async () => (await get("/results/2026")).text());
      await new Promise((resolve) => setTimeout(resolve, 50));
      release();
      return [await (await renderer).text(), ...(await Promise.all(crowd))];
    };
    await (await get("/results/2026")).text();
    // The publication clears the copy while it is still fresh: everyone waits for the new render.
    cache.clear();
    version = 2;
    isSlow = true;
    expect(new Set(await crowdDuringRender())).toEqual(new Set(["<html>version 2</html>"]));
    // Long past its time bound (beyond STALE_MS), the old copy is not served either.
    clock += 10_000 + 30_000;
    version = 3;
    expect(new Set(await crowdDuringRender())).toEqual(new Set(["<html>version 3</html>"]));
    expect(cache.stats().stale).toBe(0);
  });

  it("lets a second visitor of a private page or an event stream through at once, never waiting for the first", async () => {
    const openStreams: ServerResponse[] = [];
    const { renders, get } = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
      response.write("data: step 1\n\n");
      openStreams.push(response);
    });
    const first = await get("/api/v1/ceremony/2026/stream");
    const second = await get("/api/v1/ceremony/2026/stream");
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(renders).toHaveLength(2);
    for (const stream of openStreams) stream.end();
    await Promise.all([first.text(), second.text()]);
  });

  it("does not keep an answer larger than its limit, and drops the least recently used past the entry limit", async () => {
    const large = "x".repeat(MAX_ENTRY_BYTES + 1);
    const { renders, get } = await serve((request, response) => streamPage(request.url === "/large" ? large : `<html>${request.url}</html>`)(request, response), { maxEntries: 2 });
    await (await get("/large")).text();
    await (await get("/large")).text();
    expect(renders).toEqual(["/large", "/large"]);
    renders.length = 0;
    for (const path of ["/a", "/b", "/a", "/c", "/a", "/b"]) await (await get(path)).text();
    // /b was the least recently used when /c came in.
    expect(renders).toEqual(["/a", "/b", "/c", "/b"]);
  });
});
