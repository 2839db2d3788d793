import { asc, eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import { jobs } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";
import { registerJobHandler } from "@/lib/jobs/registry";
import { getBackoffSeconds, runDueJobs, scheduleRecurringJob } from "@/lib/jobs/runner";
import { describeEachEngine } from "../helpers/db";

const runs = new Map<string, number>();
const countRun = (key: string) => runs.set(key, (runs.get(key) ?? 0) + 1);

// A job that takes a moment, so two runners really overlap; and one that fails until its third attempt.
registerJobHandler("test.count", {
  run: async ({ job }) => {
    countRun(job.key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  },
});
registerJobHandler("test.flaky", {
  run: async ({ job }) => {
    countRun(job.key);
    if (job.attempts < 3) throw new Error(`Flaky failure ${job.attempts}`);
  },
});
registerJobHandler("test.broken", {
  run: async () => {
    throw new Error("Always broken");
  },
});

// A recurring job during whose run another instance starts and schedules its recurring jobs.
registerJobHandler("test.recurring", {
  repeatEverySeconds: 3600,
  run: async ({ db, job }) => {
    countRun(job.key);
    await scheduleRecurringJob({ db, kind: "test.recurring" });
  },
});

describeEachEngine("the job runner", (t) => {
  it("runs a recurring job once when another instance starts while it runs, and schedules its next run once", async () => {
    await t.db.delete(jobs).where(eq(jobs.kind, "test.recurring"));
    runs.delete("test.recurring");
    // Two instances starting together: one row.
    await Promise.all([scheduleRecurringJob({ db: t.db, kind: "test.recurring" }), scheduleRecurringJob({ db: t.db, kind: "test.recurring" })]);
    expect(await t.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.kind, "test.recurring"))).toHaveLength(1);
    await runDueJobs({ db: t.db, runnerId: "runner-a" });
    expect(runs.get("test.recurring")).toBe(1);
    const rows = await t.db.select({ state: jobs.state }).from(jobs).where(eq(jobs.kind, "test.recurring")).orderBy(asc(jobs.id));
    expect(rows.map((row) => row.state)).toEqual(["done", "pending"]);
  });

  it("runs each due job exactly once when two runners claim at the same time", async () => {
    const keys = Array.from({ length: 8 }, (_, i) => `${t.engine}-once-${i}`);
    for (const key of keys) await enqueueJob({ db: t.db, kind: "test.count", key });
    // On the server each runner works through its own pooled connection; PGlite serialises their transactions.
    const [first, second] = await Promise.all([
      runDueJobs({ db: t.db, runnerId: "runner-a" }),
      runDueJobs({ db: t.db, runnerId: "runner-b" }),
    ]);
    expect(first.done.length + second.done.length).toBe(keys.length);
    expect(new Set([...first.done, ...second.done]).size).toBe(keys.length);
    for (const key of keys) expect(runs.get(key)).toBe(1);
    const rows = await t.db.select({ state: jobs.state, attempts: jobs.attempts }).from(jobs).where(inArray(jobs.key, keys));
    expect(rows.every((row) => row.state === "done" && row.attempts === 1)).toBe(true);
    // Nothing is left to run.
    expect(await runDueJobs({ db: t.db })).toEqual({ done: [], failed: [] });
  });

  it("does not run a job before its time", async () => {
    const key = `${t.engine}-later`;
    await enqueueJob({ db: t.db, kind: "test.count", key, runAt: new Date(Date.now() + 3600_000) });
    await runDueJobs({ db: t.db });
    expect(runs.get(key)).toBeUndefined();
    await runDueJobs({ db: t.db, now: new Date(Date.now() + 2 * 3600_000) });
    expect(runs.get(key)).toBe(1);
  });

  it("records a failure and retries with backoff until the job succeeds", async () => {
    const key = `${t.engine}-flaky`;
    await enqueueJob({ db: t.db, kind: "test.flaky", key });
    const readJob = async () => (await t.db.select().from(jobs).where(eq(jobs.key, key)).orderBy(asc(jobs.id)))[0]!;

    const first = await runDueJobs({ db: t.db });
    expect(first.failed).toHaveLength(1);
    const afterFirst = await readJob();
    expect(afterFirst).toMatchObject({ state: "pending", attempts: 1, lastError: "Flaky failure 1", lockedBy: null });
    // The retry waits for its backoff: a run straight away leaves it alone.
    expect(afterFirst.runAt.getTime()).toBeGreaterThan(Date.now() + (getBackoffSeconds(1) - 5) * 1000);
    await runDueJobs({ db: t.db });
    expect(runs.get(key)).toBe(1);

    await runDueJobs({ db: t.db, now: new Date(Date.now() + 3600_000) });
    expect(await readJob()).toMatchObject({ state: "pending", attempts: 2, lastError: "Flaky failure 2" });
    expect((await readJob()).runAt.getTime() - afterFirst.runAt.getTime()).toBeGreaterThan(0);
    await runDueJobs({ db: t.db, now: new Date(Date.now() + 2 * 3600_000) });
    expect(await readJob()).toMatchObject({ state: "done", attempts: 3, lastError: null });
    expect(runs.get(key)).toBe(3);
  });

  it("gives up after the job's last attempt and keeps the error", async () => {
    const key = `${t.engine}-broken`;
    await enqueueJob({ db: t.db, kind: "test.broken", key, maxAttempts: 2 });
    await runDueJobs({ db: t.db });
    await runDueJobs({ db: t.db, now: new Date(Date.now() + 3600_000) });
    await runDueJobs({ db: t.db, now: new Date(Date.now() + 2 * 3600_000) });
    const [row] = await t.db.select().from(jobs).where(eq(jobs.key, key));
    expect(row).toMatchObject({ state: "failed", attempts: 2, lastError: "Always broken" });
    expect(row?.finishedAt).toBeInstanceOf(Date);
  });

  it("backs off 30 s, then doubling, up to an hour", () => {
    expect([1, 2, 3, 4].map(getBackoffSeconds)).toEqual([30, 60, 120, 240]);
    expect(getBackoffSeconds(20)).toBe(3600);
  });
});
