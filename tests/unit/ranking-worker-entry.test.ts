import { afterEach, describe, expect, it, vi } from "vitest";

/*
 * Which worker the ranking job starts. In Next's bundle import.meta.url still names the source file
 * (…/ranking-worker-client.ts), so telling "bundled" from it sent every production job through tsx, compiling the
 * worker's TypeScript again each time. Next's server sets NEXT_RUNTIME; tests and tsx scripts do not.
 */
const started: { entry: unknown; options: Record<string, unknown> }[] = [];

vi.mock("node:worker_threads", async () => {
  const { EventEmitter } = await import("node:events");
  class FakeWorker extends EventEmitter {
    constructor(entry: unknown, options: Record<string, unknown>) {
      super();
      started.push({ entry, options });
      queueMicrotask(() => {
        this.emit("message", { ok: true, version: 7, isComputed: true });
        this.emit("exit", 0);
      });
    }
  }
  return { Worker: FakeWorker };
});

const { computeRankingSnapshotInWorker } = await import("@/lib/results/ranking-worker-client");

describe("the ranking job's worker", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    started.length = 0;
  });

  it("runs the bundled worker in Next's server, though import.meta.url names the .ts source", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    expect(await computeRankingSnapshotInWorker({ url: "postgres://db", editionId: 3 })).toEqual({ version: 7, isComputed: true });
    const [{ entry, options }] = started as [(typeof started)[number]];
    expect(entry).toBeInstanceOf(URL);
    expect(options.eval).toBeUndefined();
    expect(options).toMatchObject({ workerData: { url: "postgres://db", editionId: 3 }, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  });

  it("runs the source through tsx outside Next (tests, scripts), with the same heap bound", async () => {
    vi.stubEnv("NEXT_RUNTIME", undefined);
    await computeRankingSnapshotInWorker({ url: "postgres://db", editionId: 3 });
    const [{ entry, options }] = started as [(typeof started)[number]];
    expect(String(entry)).toContain('require("tsx/cjs")');
    expect(options).toMatchObject({ eval: true, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  });
});
