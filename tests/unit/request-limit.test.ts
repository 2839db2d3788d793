import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRequestLimit } from "@/server/request-limit.mjs";

/* The server's limit on requests worked on at once, on a real node:http server with a stand-in for Next. */

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A server whose "Next" holds each answer open until the test releases it. */
async function serve(options: { concurrency: number; maxWaiting: number }) {
  const limit = createRequestLimit(options);
  const open: ServerResponse[] = [];
  const started: string[] = [];
  server = createServer((request, response) => {
    void limit.run(request, response, () => {
      started.push(request.url!);
      response.writeHead(200, { "content-type": "text/plain" });
      response.write("working");
      open.push(response);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  return { limit, open, started, settle, get: (path: string) => fetch(`${base}${path}`) };
}

describe("the limit on requests worked on at once", () => {
  it("starts the next request in arrival order only when an answer has been sent", async () => {
    const { open, started, settle, get, limit } = await serve({ concurrency: 2, maxWaiting: 10 });
    const answers = ["/a", "/b", "/c", "/d"].map((path) => get(path));
    await settle();
    expect(started).toEqual(["/a", "/b"]);
    expect(limit.stats()).toMatchObject({ active: 2, waiting: 2 });
    open.shift()!.end();
    await settle();
    expect(started).toEqual(["/a", "/b", "/c"]);
    open.shift()!.end();
    await settle();
    expect(started).toEqual(["/a", "/b", "/c", "/d"]);
    for (const response of open.splice(0)) response.end();
    expect((await Promise.all(answers)).map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
  });

  it("never queues the health checks or the ceremony's event streams", async () => {
    const { open, started, settle, get } = await serve({ concurrency: 1, maxWaiting: 10 });
    const answers = ["/results/2026", "/api/health", "/api/ready", "/api/v1/ceremony/2026/stream", "/archive"].map((path) => get(path));
    await settle();
    expect(started).toEqual(["/results/2026", "/api/health", "/api/ready", "/api/v1/ceremony/2026/stream"]);
    for (const response of open.splice(0)) response.end();
    await settle();
    expect(started.at(-1)).toBe("/archive");
    for (const response of open.splice(0)) response.end();
    await Promise.all(answers);
  });

  it("refuses with 503 and Retry-After past its queue, and frees the turn of a visitor who left", async () => {
    const { open, started, settle, get } = await serve({ concurrency: 1, maxWaiting: 1 });
    const first = get("/first");
    const second = get("/second");
    await settle();
    const refused = await get("/third");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    // The first visitor's connection drops: its turn ends and the second starts.
    open.shift()!.destroy();
    await first.catch(() => undefined);
    await settle();
    expect(started).toEqual(["/first", "/second"]);
    open.shift()!.end();
    expect((await second).status).toBe(200);
  });
});
